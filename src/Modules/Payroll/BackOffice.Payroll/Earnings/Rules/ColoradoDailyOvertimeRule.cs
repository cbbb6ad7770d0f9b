namespace BackOffice.Payroll.Earnings.Rules;

/// <summary>
/// Colorado Overtime and Minimum Pay Standards (COMPS) Order, rule 4.1.1 (7 CCR 1103-1; unchanged from Order #38 of
/// 2024 through the current order): time and one-half for work over 40 hours per workweek, over 12 hours per workday,
/// or over 12 consecutive hours regardless of the start and end of the workday, "whichever calculation results in the
/// greater payment of wages". This rule figures the workday and the consecutive-hours calculations and keeps the one
/// with more overtime hours (with one regular rate, more hours means more pay); the weekly test then runs on the hours
/// left regular, which yields the greatest of the three. Consecutive hours are known only through
/// <see cref="WorkEntry.ShiftKey"/>: entries sharing a key are one continuous shift, even across midnight; an entry
/// without a key is a shift of its own.
/// </summary>
internal sealed class ColoradoDailyOvertimeRule : IDailyOvertimeRule
{
    public const decimal OvertimeAfter = 12m;

    public string Description => "ColoradoDailyOvertimeRule (COMPS Order rule 4.1.1: >12 h/workday or >12 consecutive hours 1.5x, greater of the two)";

    public HourTiers[] Classify(Workweek week, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(notes);
        notes.Add(Description);

        var byWorkday = new HourTiers[week.Entries.Count];
        foreach (var day in week.Days)
        {
            DailyThresholds.SliceDay(day, OvertimeAfter, null, byWorkday);
        }

        var byShift = new HourTiers[week.Entries.Count];
        foreach (var shift in week.Entries.GroupBy(e => e.ShiftKey ?? $"\u0000entry{e.Index}"))
        {
            DailyThresholds.SliceDay(shift, OvertimeAfter, null, byShift);
        }

        var workdayOvertime = byWorkday.Sum(t => t.Overtime);
        var shiftOvertime = byShift.Sum(t => t.Overtime);
        if (shiftOvertime > workdayOvertime)
        {
            notes.Add("Colorado 12-consecutive-hours calculation gave more overtime than the 12-hour workday calculation");
            return byShift;
        }

        return byWorkday;
    }
}
