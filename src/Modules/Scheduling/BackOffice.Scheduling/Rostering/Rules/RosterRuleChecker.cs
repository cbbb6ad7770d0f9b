namespace BackOffice.Scheduling.Rostering.Rules;

/// <summary>Runs every roster rule over one agent's week. Used by the board on each edit, by swaps, and before publishing.</summary>
internal static class RosterRuleChecker
{
    private static readonly IRosterRule[] All =
    [
        new OverlappingShiftsRule(),
        new MinimumRestRule(),
        new DailyMaximumRule(),
        new WeeklyContractRule(),
        new ConsecutiveDaysRule(),
        new BlockedDayRule(),
        new AvailabilityRule(),
        new OvertimeFlagRule(),
    ];

    public static IReadOnlyList<RuleViolation> Check(AgentWeek agent, RuleSettings settings) =>
        All.SelectMany(rule => rule.Check(agent, settings)).ToList();
}
