namespace BackOffice.Payroll.Earnings.Rules;

/// <summary>
/// A state's daily (or consecutive-hours) overtime rule. It only promotes hours out of the regular tier; the weekly
/// 40-hour test runs afterwards on the hours still regular, so no hour is paid a premium twice (no pyramiding).
/// </summary>
internal interface IDailyOvertimeRule
{
    /// <summary>Class name and legal citation, reported with every result the rule shaped.</summary>
    string Description { get; }

    /// <param name="notes">Receives the rule's description and any sub-rule or condition that decided the result.</param>
    /// <returns>Tiers aligned with <see cref="Workweek.Entries"/>.</returns>
    HourTiers[] Classify(Workweek week, ICollection<string> notes);
}

internal static class DailyThresholds
{
    /// <summary>Walks one workday's entries in order, cutting the running total of the day's hours at the thresholds.</summary>
    public static void SliceDay(IEnumerable<WorkEntry> dayEntries, decimal overtimeAfter, decimal? doubleTimeAfter, HourTiers[] into)
    {
        var clock = 0m;
        foreach (var entry in dayEntries)
        {
            into[entry.Index] = HourTiers.Slice(clock, clock + entry.Hours, overtimeAfter, doubleTimeAfter);
            clock += entry.Hours;
        }
    }
}
