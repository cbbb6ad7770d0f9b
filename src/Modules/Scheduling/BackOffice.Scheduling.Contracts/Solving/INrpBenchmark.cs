using BackOffice.SharedKernel;

namespace BackOffice.Scheduling.Contracts.Solving;

/// <summary>
/// Runs the roster engine on Curtois–Qu benchmark instances (schedulingbenchmarks.org/nrp format) and
/// judges rosters with the engine's independent evaluator. Invalid files come back as a failed <see cref="Result{T}"/>.
/// </summary>
public interface INrpBenchmark
{
    Result<NrpSolveReport> Solve(string instancePath, SolveOptions options, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a roster CSV (<c>EmployeeID,Day,ShiftID</c>, no header) and evaluates it against the instance.</summary>
    Result<NrpEvaluation> Evaluate(string instancePath, string rosterPath);

    /// <summary>Writes the solved roster in the roster CSV format.</summary>
    void WriteRoster(NrpSolveReport report, TextWriter writer);

    /// <summary>Writes a synthetic instance in the same format, for scale tests beyond the published files.</summary>
    void WriteSyntheticInstance(SyntheticInstanceSpec spec, TextWriter writer);
}

public sealed record NrpAssignment(string EmployeeId, int Day, string ShiftId);

/// <param name="Objective">Recomputed by the independent evaluator (equal to the solver's own value).</param>
/// <param name="Bound">The solver's proved lower bound, if any.</param>
/// <param name="Seconds">Wall time of the whole call, model building included.</param>
/// <param name="FirstFeasibleSeconds">When the first roster was found, from the start of the call.</param>
/// <param name="Explanation">For an infeasible instance: the conflicting rules, in words.</param>
/// <param name="Violations">Hard violations the evaluator found in the returned roster; always empty unless the engine has a bug.</param>
public sealed record NrpSolveReport(
    string Instance,
    RosterSolveStatus Status,
    long? Objective,
    long? Bound,
    double Seconds,
    double? FirstFeasibleSeconds,
    double BuildSeconds,
    IReadOnlyList<NrpAssignment> Assignments,
    IReadOnlyList<string> Explanation,
    IReadOnlyList<string> Violations,
    ModelStatistics Model);

public sealed record NrpEvaluation(bool Feasible, long Objective, IReadOnlyList<string> Violations);

/// <summary>Size of the model that was solved.</summary>
public sealed record ModelStatistics(int Employees, int Days, int ShiftTypes, int Variables, int Constraints);

/// <summary>Shape of a generated instance: <paramref name="Days"/> from Monday, <paramref name="Staff"/> employees, <paramref name="ShiftTypes"/> shift types.</summary>
public sealed record SyntheticInstanceSpec(int Days, int Staff, int ShiftTypes, int Seed = 1);
