namespace BackOffice.Scheduling.Rostering.Domain;

/// <summary>
/// Places a shift's meal and rest breaks from a template's rules: the meal near mid-shift inside its allowed window, and
/// one paid rest break per full block of paid time, centred in the stretches of work around the meal. Offsets land on a
/// 15-minute grid so interval coverage stays readable.
/// </summary>
internal static class BreakPlanner
{
    private const int Grid = 15;

    public static IReadOnlyList<ShiftBreak> Plan(ShiftTemplateDefinition template, int paidMinutes)
    {
        ArgumentNullException.ThrowIfNull(template);
        var breaks = new List<ShiftBreak>();
        var lunch = template.LunchMinutes > 0 && paidMinutes >= template.LunchFromPaidMinutes ? template.LunchMinutes : 0;
        var span = paidMinutes + lunch;
        var lunchStart = 0;
        if (lunch > 0)
        {
            lunchStart = Math.Clamp(Floor((span - lunch) / 2), template.LunchEarliestAfterMinutes, template.LunchLatestAfterMinutes);
            lunchStart = Math.Min(lunchStart, span - lunch - Grid);
            breaks.Add(new ShiftBreak(lunchStart, lunch, Paid: false));
        }

        var restBreaks = template.PaidBreakMinutes > 0 && template.PaidBreakEveryMinutes > 0 ? paidMinutes / template.PaidBreakEveryMinutes : 0;
        if (restBreaks == 0)
        {
            return breaks;
        }

        // Work stretches the rest breaks are spread over: the whole shift, or before and after the meal (the first gets the odd one).
        var stretches = lunch > 0 ? new List<(int From, int To)> { (0, lunchStart), (lunchStart + lunch, span) } : [(0, span)];
        for (var s = 0; s < stretches.Count; s++)
        {
            var (from, to) = stretches[s];
            var count = (restBreaks / stretches.Count) + (s < restBreaks % stretches.Count ? 1 : 0);
            for (var j = 1; j <= count; j++)
            {
                var offset = Floor(from + (j * (to - from) / (count + 1)) - (template.PaidBreakMinutes / 2));
                offset = Math.Max(offset, from + Grid);
                if (offset + template.PaidBreakMinutes <= to - Grid)
                {
                    breaks.Add(new ShiftBreak(offset, template.PaidBreakMinutes, Paid: true));
                }
            }
        }

        return breaks.OrderBy(b => b.OffsetMinutes).ToList();
    }

    private static int Floor(int minutes) => minutes - (((minutes % Grid) + Grid) % Grid);
}
