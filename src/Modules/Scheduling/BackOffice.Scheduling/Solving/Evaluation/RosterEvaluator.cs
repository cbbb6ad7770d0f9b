using BackOffice.Scheduling.Solving.Model;

namespace BackOffice.Scheduling.Solving.Evaluation;

/// <summary>
/// The independent judge of a roster: recomputes the objective from the soft rules and lists every hard
/// violation, straight from the rules and sharing no code with the solver's model. The solver's reported
/// objective must equal this one.
/// </summary>
internal static class RosterEvaluator
{
    public static IReadOnlyList<IHardRosterRule> HardRules { get; } =
    [
        new AvailabilityRule(),
        new ForbiddenSuccessionRule(),
        new MaxShiftsPerTypeRule(),
        new MaxTotalShiftsRule(),
        new TotalMinutesRule(),
        new WeeklyMaxMinutesRule(),
        new WeeklyMinMinutesRule(),
        new WeeklyMaxShiftsRule(),
        new MaxConsecutiveShiftsRule(),
        new MinConsecutiveShiftsRule(),
        new MinConsecutiveDaysOffRule(),
        new MaxWeekendsRule(),
        new LockedAssignmentRule(),
    ];

    public static IReadOnlyList<ISoftRosterRule> SoftRules { get; } =
    [
        new ShiftRequestCost(),
        new DayShiftCoverCost(),
        new IntervalCoverCost(),
        new WeeklyOvertimeCost(),
        new ChangeCost(),
    ];

    /// <param name="structural">Violations found while reading the roster (e.g. two shifts on one day), which a <see cref="Roster"/> cannot hold.</param>
    public static Evaluation Evaluate(RosterProblem problem, Roster roster, IEnumerable<Violation>? structural = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(roster);
        var violations = new List<Violation>(structural ?? []);
        foreach (var rule in HardRules)
        {
            violations.AddRange(rule.Check(problem, roster));
        }

        var costs = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var rule in SoftRules)
        {
            costs[rule.Name] = rule.Cost(problem, roster);
        }

        return new Evaluation(costs.Values.Sum(), violations, costs);
    }
}
