namespace BackOffice.Scheduling.Solving.Evaluation;

/// <summary>One broken hard rule, worded for a scheduler.</summary>
/// <param name="Rule">Stable rule name, e.g. <c>max-consecutive-shifts</c>.</param>
/// <param name="EmployeeId">The employee concerned, when the rule is about one person.</param>
/// <param name="Message">What is wrong, with days and numbers.</param>
internal sealed record Violation(string Rule, string? EmployeeId, string Message)
{
    public override string ToString() => Message;
}

/// <summary>The evaluator's verdict on a roster: its objective from the soft rules and every hard violation.</summary>
internal sealed record Evaluation(long Objective, IReadOnlyList<Violation> Violations, IReadOnlyDictionary<string, long> CostByRule)
{
    public bool Feasible => Violations.Count == 0;
}
