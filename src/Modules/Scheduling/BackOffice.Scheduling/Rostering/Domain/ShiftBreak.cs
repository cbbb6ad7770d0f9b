using System.Globalization;
using BackOffice.SharedKernel;

namespace BackOffice.Scheduling.Rostering.Domain;

/// <summary>A break inside a shift: <see cref="OffsetMinutes"/> after the shift starts, paid (a rest break) or unpaid (a meal).</summary>
internal readonly record struct ShiftBreak(int OffsetMinutes, int Minutes, bool Paid)
{
    /// <summary>Breaks as stored in one column: <c>120+15p;240+30u</c>, ordered by offset.</summary>
    public static string Format(IEnumerable<ShiftBreak> breaks) =>
        string.Join(';', breaks.OrderBy(b => b.OffsetMinutes).Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.OffsetMinutes}+{b.Minutes}{(b.Paid ? 'p' : 'u')}")));

    public static IReadOnlyList<ShiftBreak> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        return text.Split(';').Select(part =>
        {
            var plus = part.IndexOf('+', StringComparison.Ordinal);
            var offset = int.Parse(part[..plus], CultureInfo.InvariantCulture);
            var minutes = int.Parse(part[(plus + 1)..^1], CultureInfo.InvariantCulture);
            return new ShiftBreak(offset, minutes, part[^1] == 'p');
        }).ToList();
    }

    /// <summary>Every break lies wholly inside the span and no two overlap.</summary>
    public static Result Validate(IReadOnlyList<ShiftBreak> breaks, int spanMinutes)
    {
        var end = 0;
        foreach (var b in breaks.OrderBy(b => b.OffsetMinutes))
        {
            if (b.Minutes <= 0 || b.OffsetMinutes <= 0 || b.OffsetMinutes + b.Minutes >= spanMinutes || b.OffsetMinutes < end)
            {
                return new Error("roster.invalid_breaks", "Breaks must lie inside the shift, after its start and before its end, without overlapping.");
            }

            end = b.OffsetMinutes + b.Minutes;
        }

        return Result.Success();
    }
}
