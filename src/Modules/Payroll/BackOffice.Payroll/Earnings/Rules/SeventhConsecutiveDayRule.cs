using NodaTime;

namespace BackOffice.Payroll.Earnings.Rules;

/// <summary>
/// Finds "the seventh consecutive day of work in a workweek" (Cal. Labor Code 510(a); IWC Wage Order 4-2001, section
/// 3(A)(1)): it exists only when the employee worked on all seven days of the employer's fixed workweek, and it is then
/// the workweek's last day. A run of days that straddles two workweeks does not count, because the count restarts with
/// each workweek.
/// </summary>
internal sealed class SeventhConsecutiveDayRule
{
    public const string Description = "SeventhConsecutiveDayRule (Cal. Labor Code 510(a): all seven days of the workweek worked)";

    public LocalDate? FindSeventhDay(Workweek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var workedDays = week.Entries.Where(e => e.Hours > 0m).Select(e => e.Date).Distinct().Count();
        return workedDays == 7 ? week.End : null;
    }
}
