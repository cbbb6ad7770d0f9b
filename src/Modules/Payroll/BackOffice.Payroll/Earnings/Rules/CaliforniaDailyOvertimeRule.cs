namespace BackOffice.Payroll.Earnings.Rules;

/// <summary>
/// Cal. Labor Code 510(a) (and IWC wage orders, section 3(A)): in a workday, hours over 8 up to 12 at one and one-half
/// times the regular rate and hours over 12 at double the regular rate; on the seventh consecutive day of work in the
/// workweek the first 8 hours at one and one-half times and the rest at double. Weekly hours over 40 are left to
/// <see cref="FlsaWeeklyOvertimeRule"/>, which counts only the hours this rule left regular.
/// </summary>
internal sealed class CaliforniaDailyOvertimeRule(SeventhConsecutiveDayRule seventhDay) : IDailyOvertimeRule
{
    public const decimal OvertimeAfter = 8m;
    public const decimal DoubleTimeAfter = 12m;
    public const decimal SeventhDayDoubleTimeAfter = 8m;

    public string Description => "CaliforniaDailyOvertimeRule (Cal. Labor Code 510(a): >8 h/day 1.5x, >12 h/day 2x, 7th consecutive day 1.5x first 8 h then 2x)";

    public HourTiers[] Classify(Workweek week, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(notes);
        notes.Add(Description);
        var tiers = new HourTiers[week.Entries.Count];
        var seventh = seventhDay.FindSeventhDay(week);
        foreach (var day in week.Days)
        {
            if (day.Key == seventh)
            {
                notes.Add(SeventhConsecutiveDayRule.Description);
                DailyThresholds.SliceDay(day, 0m, SeventhDayDoubleTimeAfter, tiers);
            }
            else
            {
                DailyThresholds.SliceDay(day, OvertimeAfter, DoubleTimeAfter, tiers);
            }
        }

        return tiers;
    }
}
