using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Organization.Domain;

/// <summary>The company's own employee number: letters, digits and dashes, stored upper-case so look-ups ignore case.</summary>
internal readonly partial record struct EmployeeNumber
{
    private EmployeeNumber(string value) => Value = value;

    public string Value { get; }

    public static Result<EmployeeNumber> Parse(string? text)
    {
        var value = text?.Trim().ToUpperInvariant() ?? "";
        if (value.Length == 0)
        {
            return new Error("employee.number_required", "An employee number is required.");
        }

        return value.Length <= 20 && Pattern().IsMatch(value)
            ? new EmployeeNumber(value)
            : new Error("employee.number_invalid", "An employee number has 1 to 20 letters, digits or dashes.");
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>A first or last name as written by the person, trimmed.</summary>
internal readonly record struct PersonName
{
    private PersonName(string value) => Value = value;

    public string Value { get; }

    public static Result<PersonName> Parse(string? text, string which)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return new Error($"employee.{which}_required", $"A {which.Replace('_', ' ')} is required.");
        }

        return value.Length <= 100 && !value.Any(char.IsControl)
            ? new PersonName(value)
            : new Error($"employee.{which}_invalid", $"A {which.Replace('_', ' ')} has at most 100 printable characters.");
    }

    public override string ToString() => Value;
}

/// <summary>An e-mail address, the employee's login. Stored lower-case, so uniqueness ignores case.</summary>
internal readonly record struct EmailAddress
{
    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static Result<EmailAddress> Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return new Error("employee.email_required", "An e-mail address is required.");
        }

        // MailAddress accepts display-name forms ("Jo <jo@x>"); only a bare address equal to the input is a login.
        var valid = value.Length <= 254
            && MailAddress.TryCreate(value, out var parsed)
            && string.Equals(parsed.Address, value, StringComparison.Ordinal)
            && parsed.Host.Contains('.', StringComparison.Ordinal);
        return valid
            ? new EmailAddress(value.ToLowerInvariant())
            : new Error("employee.email_invalid", $"'{value}' is not an e-mail address.");
    }

    public override string ToString() => Value;
}

/// <summary>An IANA time zone id known to the tzdb that NodaTime ships.</summary>
internal static class TimeZoneIds
{
    public static Result<string> Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        return value.Length > 0 && DateTimeZoneProviders.Tzdb.GetZoneOrNull(value) is not null
            ? value
            : new Error("site.time_zone_invalid", $"'{value}' is not an IANA time zone id (for example America/Chicago).");
    }
}

/// <summary>A queue an agent can take, as a lower-case slug (<c>billing</c>, <c>tech-support</c>, <c>spanish</c>).</summary>
internal static partial class Skills
{
    public const char Separator = ';';

    public static Result<IReadOnlyList<string>> Parse(IEnumerable<string>? skills)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in skills ?? [])
        {
            var skill = raw.Trim().ToLowerInvariant();
            if (skill.Length == 0)
            {
                continue;
            }

            if (skill.Length > 40 || !Pattern().IsMatch(skill))
            {
                return new Error("employee.skill_invalid", $"'{raw.Trim()}' is not a skill name: use lower-case letters, digits and dashes.");
            }

            result.Add(skill);
        }

        return result.ToList();
    }

    public static string Join(IEnumerable<string> skills) => string.Join(Separator, skills);

    public static IReadOnlyList<string> Split(string stored) =>
        stored.Length == 0 ? [] : stored.Split(Separator);

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>Dollar amounts typed by people: never negative and at most whole cents.</summary>
internal static class Dollars
{
    public static Result<decimal> Parse(decimal value, string code, string what)
    {
        if (value < 0m)
        {
            return new Error(code, $"{what} cannot be negative.");
        }

        return decimal.Round(value, 2, MidpointRounding.AwayFromZero) == value
            ? value
            : new Error(code, $"{what} is in whole cents.");
    }

    public static string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Drops trailing zeros a numeric(18,6) column adds (19.710000 → 19.71), so the API shows the same figure on
    /// PostgreSQL and SQLite. The value is unchanged: dividing by one only lowers the scale.
    /// </summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
