using System.Globalization;
using BackOffice.Scheduling.Solving.Model;
using Google.OrTools.Sat;

namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// One CP-SAT run on the compact model of a small problem, on one worker with <c>linearization_level:2</c>
/// (which lets sub-problems of a few rows be proved optimal): the row LNS's neighbourhoods and the column
/// generation's fixed models are both solved this way.
/// </summary>
internal static class SmallModelSolve
{
    /// <param name="restrict">Called after the model is built and before solving, e.g. to fix variables.</param>
    public static (CpSolverStatus Status, Roster? Roster) Run(
        RosterProblem problem,
        Roster? hint,
        double seconds,
        int seed,
        CancellationToken cancellationToken,
        bool firstSolution = false,
        Action<RosterModel, CpSatSink>? restrict = null)
    {
        var sink = new CpSatSink();
        var model = RosterModelBuilder.Build(problem, sink);
        restrict?.Invoke(model, sink);
        if (hint is not null)
        {
            sink.AddHint(model.HintFrom(hint));
        }

        using var solver = new CpSolver();
        solver.StringParameters = string.Create(CultureInfo.InvariantCulture,
            $"max_time_in_seconds:{Math.Max(0.05, seconds):0.###} num_workers:1 random_seed:{seed} log_search_progress:false linearization_level:2 stop_after_first_solution:{(firstSolution ? "true" : "false")}");
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(sink.Model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (status, null);
        }

        var solution = solver.Response!.Solution;
        return (status, model.ToRoster(v => solution[v]));
    }
}
