using System.Diagnostics;
using System.Globalization;
using BackOffice.Scheduling.Solving.CpSat;
using BackOffice.Scheduling.Solving.Model;
using Google.OrTools.Sat;

namespace BackOffice.Scheduling.Solving.Explanation;

/// <summary>
/// Explains an infeasible problem in a scheduler's terms. Every employee's hard rule families (minutes,
/// days off, runs, weekends, …) are put behind assumption literals; CP-SAT returns a set of assumptions
/// that cannot hold together, which is then shrunk by deletion to a minimal conflicting set and worded as
/// "Employee X cannot satisfy all of: …".
/// </summary>
internal static class InfeasibilityExplainer
{
    private const int MaxConflicts = 5;

    public static IReadOnlyList<string> Explain(RosterProblem problem, double seconds)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var deadline = new Deadline(Stopwatch.StartNew(), seconds);
        var sink = new CpSatSink();
        var model = RosterModelBuilder.Build(problem, sink, explain: true);
        sink.Model.Model.Objective = null;
        var active = model.Groups.ToList();
        var messages = new List<string>();

        while (messages.Count < MaxConflicts && active.Count > 0)
        {
            var check = Check(sink.Model, active, Left(deadline));
            if (check.Status != CpSolverStatus.Infeasible)
            {
                break;
            }

            var core = check.Core.Count > 0 ? check.Core : active;
            var minimal = Minimize(sink.Model, core, deadline);
            messages.Add(Describe(problem, minimal));

            // Look for further, independent conflicts: drop this one's rules and ask again.
            var used = minimal.Select(g => g.Literal).ToHashSet();
            active = active.Where(g => !used.Contains(g.Literal)).ToList();
        }

        if (messages.Count == 0)
        {
            var check = Check(sink.Model, [], Left(deadline));
            messages.Add(check.Status == CpSolverStatus.Infeasible
                ? "The roster is infeasible even with every per-employee rule relaxed: check the locked assignments and the shift definitions."
                : "The roster is infeasible, but no explanation was found in the time available.");
        }

        return messages;
    }

    private static double Left(Deadline deadline) => Math.Max(1, deadline.Left);

    /// <summary>Drops each assumption in turn and keeps the drop whenever the rest is still infeasible.</summary>
    private static List<AssumptionGroup> Minimize(CpModel model, IReadOnlyList<AssumptionGroup> core, Deadline deadline)
    {
        var kept = core.ToList();
        for (var i = 0; i < kept.Count && kept.Count > 1;)
        {
            var without = kept.Where((_, j) => j != i).ToList();
            var seconds = Math.Min(2, deadline.Left);
            if (seconds > 0.05 && Check(model, without, seconds).Status == CpSolverStatus.Infeasible)
            {
                kept = without;
            }
            else
            {
                i++;
            }
        }

        return kept;
    }

    private static (CpSolverStatus Status, IReadOnlyList<AssumptionGroup> Core) Check(CpModel model, IReadOnlyList<AssumptionGroup> assumptions, double seconds)
    {
        model.Model.Assumptions.Clear();
        model.Model.Assumptions.AddRange(assumptions.Select(g => g.Literal));
        using var solver = new CpSolver();

        // One worker: the core of failed assumptions is filled by the sequential search.
        solver.StringParameters = string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{seconds:0.###} num_workers:1");
        var status = solver.Solve(model);
        if (status != CpSolverStatus.Infeasible)
        {
            return (status, []);
        }

        var byLiteral = assumptions.ToDictionary(g => g.Literal);
        var core = solver.SufficientAssumptionsForInfeasibility().Where(byLiteral.ContainsKey).Select(l => byLiteral[l]).ToList();
        return (status, core);
    }

    private static string Describe(RosterProblem problem, IReadOnlyList<AssumptionGroup> groups)
    {
        var byEmployee = groups.OrderBy(g => g.Literal).GroupBy(g => g.Employee).ToList();
        if (byEmployee.Count == 1)
        {
            var employee = problem.Employees[byEmployee[0].Key].Id;
            var rules = byEmployee[0].OrderBy(g => g.Literal).Select(g => g.Description);
            return $"Employee {employee} cannot satisfy all of: {string.Join("; ", rules)}.";
        }

        return "These rules conflict: " + string.Join("; ", groups.Select(g => $"employee {problem.Employees[g.Employee].Id} {g.Description}")) + ".";
    }

    private sealed record Deadline(Stopwatch Clock, double Seconds)
    {
        public double Left => Seconds - Clock.Elapsed.TotalSeconds;
    }
}
