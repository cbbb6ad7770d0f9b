namespace BackOffice.Payroll.Earnings.Rules;

/// <summary>
/// Alaska Stat. 23.10.060(b): one and one-half times the regular rate for hours over 8 in a day (and over 40 in a week,
/// left to <see cref="FlsaWeeklyOvertimeRule"/>). The statute's small-employer exemption (fewer than four employees)
/// is an employer setting outside this engine.
/// </summary>
internal sealed class AlaskaDailyOvertimeRule : IDailyOvertimeRule
{
    public const decimal OvertimeAfter = 8m;

    public string Description => "AlaskaDailyOvertimeRule (Alaska Stat. 23.10.060(b): >8 h/day 1.5x)";

    public HourTiers[] Classify(Workweek week, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(notes);
        notes.Add(Description);
        var tiers = new HourTiers[week.Entries.Count];
        foreach (var day in week.Days)
        {
            DailyThresholds.SliceDay(day, OvertimeAfter, null, tiers);
        }

        return tiers;
    }
}
