using System.Globalization;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Rostering.Setup;

/// <summary>
/// Collects every invalid field of a setup request, so one answer lists all of them (RFC 7807 <c>errors</c>) and the
/// forms can show each message next to its input.
/// </summary>
internal sealed class SetupFields
{
    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Records an error unless <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public void Range(string field, int value, int min, int max, string what)
    {
        if (value < min || value > max)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"{what} must be between {min} and {max}."));
        }
    }

    public LocalTime? Time(string field, string? text, string what, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(field, $"{what} is required (HH:mm).");
            }

            return null;
        }

        // Browsers' <input type="time"> may send seconds; accept them but keep minute precision.
        var parsed = ShortTime.Parse(text.Trim());
        if (!parsed.Success && LocalTimePattern.ExtendedIso.Parse(text.Trim()) is { Success: true } iso)
        {
            return iso.Value;
        }

        if (!parsed.Success)
        {
            Add(field, $"{what}: '{text}' is not a time (HH:mm).");
            return null;
        }

        return parsed.Value;
    }

    public IsoDayOfWeek? Day(string field, string? text)
    {
        if (text is not null && !int.TryParse(text, out _) && Enum.TryParse<IsoDayOfWeek>(text.Trim(), ignoreCase: true, out var day) && day != IsoDayOfWeek.None)
        {
            return day;
        }

        Add(field, $"'{text}' is not a day of the week (Monday … Sunday).");
        return null;
    }

    public LocalDate? Date(string field, string? text, string what)
    {
        if (text is not null && LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        Add(field, $"{what}: '{text}' is not a date (yyyy-MM-dd).");
        return null;
    }

    public SetupResult<T> Fail<T>(string code, string message) =>
        SetupResult<T>.Fail(new Error(code, message), errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

    public static string Format(LocalTime time) => ShortTime.Format(time);
}
