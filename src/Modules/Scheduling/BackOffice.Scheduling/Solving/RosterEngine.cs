using System.Diagnostics;
using System.Globalization;
using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Solving.ColumnGeneration;
using BackOffice.Scheduling.Solving.CpSat;
using BackOffice.Scheduling.Solving.Evaluation;
using BackOffice.Scheduling.Solving.Explanation;
using BackOffice.Scheduling.Solving.Model;
using BackOffice.SharedKernel;
using Google.OrTools.Sat;

namespace BackOffice.Scheduling.Solving;

/// <summary>What the engine should do beyond the public <see cref="SolveOptions"/>.</summary>
/// <param name="UnderCoverFirst">
/// Solve lexicographically: first minimize the under-cover penalty alone (its proved bound is reported),
/// then minimize the full objective without letting under-cover grow. Used for the call-center week.
/// </param>
/// <param name="Hint">A roster to start from (e.g. the published one, or a greedy one).</param>
/// <param name="ExtraParameters">Extra CP-SAT parameters in text format, for measurements.</param>
internal sealed record EngineOptions(SolveOptions Solve, bool UnderCoverFirst = false, Roster? Hint = null, string? ExtraParameters = null);

internal sealed record EngineOutcome(
    RosterSolveStatus Status,
    Roster? Roster,
    long? Objective,
    long? Bound,
    double Seconds,
    double? FirstFeasibleSeconds,
    double BuildSeconds,
    Evaluation.Evaluation? Evaluation,
    IReadOnlyList<string> Explanation,
    long? UnderCoverPenalty,
    long? UnderCoverPenaltyBound,
    ModelStatistics Model);

/// <summary>
/// Builds the model of a <see cref="RosterProblem"/>, solves it within the time limit and checks the answer
/// with the independent <see cref="RosterEvaluator"/>: the objective it returns is the evaluator's, and it
/// must equal the solver's own value.
/// </summary>
internal sealed class RosterEngine
{
    public EngineOutcome Solve(RosterProblem problem, EngineOptions options, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        if (options.Solve.Backend != SolverBackend.CpSat)
        {
            return SolveWithMip(problem, options, clock);
        }

        var underCovers = problem.DayCovers.Any(c => c.UnderWeight > 0) || problem.IntervalCovers.Any(c => c.UnderWeight > 0);
        if (!options.UnderCoverFirst || !underCovers)
        {
            return SolveWithCpSat(problem, options, progress, clock, cancellationToken);
        }

        // Lexicographic: under-cover alone first (its proved bound is what the scheduler is shown), then the
        // full objective starting from that roster. Both phases run the whole search machinery.
        var phaseOneOptions = options with { Solve = options.Solve with { Seconds = options.Solve.Seconds * 0.5 } };
        var one = SolveWithCpSat(UnderCoverOnly(problem), phaseOneOptions, null, clock, cancellationToken);
        if (one.Roster is null)
        {
            return one;
        }

        var underBound = one.Status == RosterSolveStatus.Optimal ? one.Objective : one.Bound;
        Log(options, $"phase one (under-cover only): {one.Objective} (bound {underBound}) at {clock.Elapsed.TotalSeconds:0.0}s");
        // Phase two prices under-cover a thousand times higher, so no saving elsewhere can buy back under-cover
        // (a full week of one agent's overtime is far below one interval's 1,000× weight); its answer is then
        // re-evaluated with the real weights. Its bound belongs to the scaled problem, so none is reported.
        var two = SolveWithCpSat(UnderCoverScaled(problem, 1000), options with { Hint = one.Roster }, progress, clock, cancellationToken);
        var evaluation = two.Roster is { } roster ? RosterEvaluator.Evaluate(problem, roster) : null;
        return two with
        {
            Status = two.Status == RosterSolveStatus.Optimal && one.Status != RosterSolveStatus.Optimal ? RosterSolveStatus.Feasible : two.Status,
            Objective = evaluation?.Objective,
            Bound = null,
            Evaluation = evaluation,
            FirstFeasibleSeconds = one.FirstFeasibleSeconds ?? two.FirstFeasibleSeconds,
            BuildSeconds = one.BuildSeconds,
            UnderCoverPenalty = one.Objective,
            UnderCoverPenaltyBound = underBound,
        };
    }

    /// <summary>The same problem with every under-cover weight multiplied by <paramref name="factor"/>.</summary>
    internal static RosterProblem UnderCoverScaled(RosterProblem problem, int factor) =>
        new(problem.Name, problem.HorizonDays, problem.Shifts, problem.ForbiddenNext, problem.Employees, problem.FirstDayOfWeek)
        {
            Requests = problem.Requests,
            DayCovers = problem.DayCovers.Select(c => c with { UnderWeight = c.UnderWeight * factor }).ToList(),
            IntervalCovers = problem.IntervalCovers.Select(c => c with { UnderWeight = c.UnderWeight * factor }).ToList(),
            ReferenceAssignments = problem.ReferenceAssignments,
        };

    /// <summary>The same problem with every objective term except under-cover removed (locks kept).</summary>
    internal static RosterProblem UnderCoverOnly(RosterProblem problem) =>
        new(problem.Name, problem.HorizonDays, problem.Shifts, problem.ForbiddenNext, problem.Employees.Select(e => e with { OvertimeWeightPerMinute = 0 }).ToList(), problem.FirstDayOfWeek)
        {
            DayCovers = problem.DayCovers.Select(c => c with { OverWeight = 0 }).ToList(),
            IntervalCovers = problem.IntervalCovers.Select(c => c with { OverWeight = 0 }).ToList(),
            ReferenceAssignments = problem.ReferenceAssignments.Where(r => r.ChangeWeight is null).ToList(),
        };

    private static EngineOutcome SolveWithCpSat(RosterProblem problem, EngineOptions options, IProgress<SolveProgress>? progress, Stopwatch clock, CancellationToken cancellationToken)
    {
        var sink = new CpSatSink();
        var model = RosterModelBuilder.Build(problem, sink);
        if (options.Hint is { } hint)
        {
            sink.AddHint(model.HintFrom(hint));
        }

        var buildSeconds = clock.Elapsed.TotalSeconds;
        var statistics = Statistics(problem, sink.Model.Model.Variables.Count, sink.Model.Model.Constraints.Count);
        Log(options, $"model built in {buildSeconds:0.00}s: {statistics.Variables} variables, {statistics.Constraints} constraints");
        var validation = sink.Model.Validate();
        if (!string.IsNullOrEmpty(validation))
        {
            return new EngineOutcome(RosterSolveStatus.ModelInvalid, null, null, null, clock.Elapsed.TotalSeconds, null, buildSeconds, null, [validation], null, null, statistics);
        }

        var incumbent = new Incumbent(clock, progress);
        var run = Search(problem, model, sink.Model, options, incumbent, () => options.Solve.Seconds - clock.Elapsed.TotalSeconds, cancellationToken);
        return Finish(problem, model, run, clock, buildSeconds, incumbent, statistics, null, null, options);
    }

    private static EngineOutcome Finish(
        RosterProblem problem,
        RosterModel model,
        CpSatRun run,
        Stopwatch clock,
        double buildSeconds,
        Incumbent incumbent,
        ModelStatistics statistics,
        long? underPenalty,
        long? underBound,
        EngineOptions options)
    {
        var status = run.Status switch
        {
            CpSolverStatus.Optimal => RosterSolveStatus.Optimal,
            CpSolverStatus.Feasible => RosterSolveStatus.Feasible,
            CpSolverStatus.Infeasible => RosterSolveStatus.Infeasible,
            CpSolverStatus.ModelInvalid => RosterSolveStatus.ModelInvalid,
            _ => RosterSolveStatus.TimedOut,
        };

        if (run.Solution is null)
        {
            var explanation = status == RosterSolveStatus.Infeasible
                ? InfeasibilityExplainer.Explain(run.InfeasibleCore ?? problem, Math.Max(5, options.Solve.Seconds / 2))
                : status == RosterSolveStatus.ModelInvalid ? [run.ValidationError ?? "The solver rejected the model."] : (IReadOnlyList<string>)[];
            return new EngineOutcome(status, null, null, null, clock.Elapsed.TotalSeconds, null, buildSeconds, null, explanation, null, null, statistics);
        }

        var roster = run.Solution;
        var evaluation = RosterEvaluator.Evaluate(problem, roster);
        if (evaluation.Objective != run.Objective)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Model and evaluator disagree on '{problem.Name}': solver objective {run.Objective}, evaluator {evaluation.Objective}."));
        }

        return new EngineOutcome(
            status,
            roster,
            evaluation.Objective,
            run.Bound,
            clock.Elapsed.TotalSeconds,
            incumbent.FirstSeconds ?? clock.Elapsed.TotalSeconds,
            buildSeconds,
            evaluation,
            [],
            underPenalty,
            underBound,
            statistics);
    }

    /// <summary>
    /// With two or more workers: CP-SAT on the full model (its LP gives the bound, and it may prove
    /// optimality) runs beside a row LNS that starts from the first roster found and re-optimizes a few
    /// employees' rows at a time; both share one incumbent. With one worker: CP-SAT alone.
    /// </summary>
    private static CpSatRun Search(RosterProblem problem, RosterModel model, CpModel cpModel, EngineOptions options, Incumbent incumbent, Func<double> secondsLeft, CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, options.Solve.Workers);
        var useLns = workers >= 2 && !options.Solve.NoNeighbourhoodSearch && model.Objective.Count > 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var main = options with { Solve = options.Solve with { Workers = useLns ? workers - 1 : workers } };
        var mainExtra = useLns && workers == 2 ? "linearization_level:2" : null;

        if (options.Hint is { } given && RosterEvaluator.Evaluate(problem, given) is { Feasible: true } start)
        {
            incumbent.Offer(given.Clone(), start.Objective);
        }

        // Very large models (a year, 150 staff, dozens of shift types): CP-SAT's presolve alone would take the
        // whole time limit, so every worker runs the row LNS instead, from rows built independently.
        if (useLns && cpModel.Model.Variables.Count > HugeModelVariables)
        {
            return SearchHuge(problem, options, incumbent, secondsLeft, stop.Token);
        }

        var columnGeneration = useLns && !options.Solve.NoColumnGeneration ? ColumnGenerationSearch.TryCreate(problem, options.Solve.RandomSeed + 2) : null;
        Task? lns = null;
        if (useLns)
        {
            lns = Task.Factory.StartNew(
                () =>
                {
                    var search = new RowNeighbourhoodSearch(problem, options.Solve.RandomSeed + 1, columnGeneration?.Guide);

                    // Greedy construction costs one small solve per employee: worth it on small staffs, while
                    // large ones start from the column generation's (or CP-SAT's) first roster instead.
                    if ((problem.Employees.Count <= 100 || incumbent.Snapshot().Roster is null)
                        && search.Construct(secondsLeft, stop.Token, () => problem.Employees.Count > 100 && incumbent.Snapshot().Roster is not null) is { } constructed)
                    {
                        incumbent.Offer(constructed, RosterEvaluator.Evaluate(problem, constructed).Objective);
                    }

                    search.Run(incumbent, secondsLeft, stop.Token);
                    Log(options, $"row LNS: {search.Iterations} neighbourhoods, {search.Improvements} improvements, first roster at {incumbent.FirstSeconds:0.00}s");
                },
                stop.Token,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        // Beside the LNS: column generation when the pricing programme handles the problem, then (or else) CP-SAT on the compact model.
        if (columnGeneration is not null)
        {
            columnGeneration.Run(incumbent, secondsLeft, stop.Token, line => Log(options, line));
            Log(options, $"column generation: {columnGeneration.Iterations} iterations, {columnGeneration.ColumnCount} rows, {columnGeneration.GroupCount} classes, bound {columnGeneration.LowerBound:0.###}");
        }

        // Column generation that stopped early (its integer heuristics stalled) leaves time: a second row LNS
        // uses it, keeping the last seconds for CP-SAT on the compact model as before.
        if (columnGeneration is not null && lns is not null && secondsLeft() > 15 && !incumbent.Closed && !stop.IsCancellationRequested)
        {
            var second = new RowNeighbourhoodSearch(problem, options.Solve.RandomSeed + 3, columnGeneration.Guide);
            second.Run(incumbent, () => secondsLeft() - 10, stop.Token);
            Log(options, $"second row LNS: {second.Iterations} neighbourhoods, {second.Improvements} improvements");
        }

        if (columnGeneration is not null && incumbent.Snapshot().Roster is { } best)
        {
            cpModel.Model.SolutionHint = null;
            var hint = model.HintFrom(best);
            var assignment = new PartialVariableAssignment();
            foreach (var (variable, value) in hint)
            {
                assignment.Vars.Add(variable);
                assignment.Values.Add(value);
            }

            cpModel.Model.SolutionHint = assignment;
        }

        var run = incumbent.Closed || secondsLeft() <= 0.1
            ? new CpSatRun(CpSolverStatus.Unknown, null, null, null, null)
            : RunCpSat(cpModel, model, main, mainExtra, secondsLeft(), incumbent, stop.Token);
        Log(options, $"CP-SAT on the compact model returned {run.Status}, {secondsLeft():0.00}s left");
        stop.Cancel();
        try
        {
            lns?.Wait(CancellationToken.None);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
        {
            // The LNS thread was stopped before it started: nothing to collect.
        }

        if (run.Status is CpSolverStatus.Infeasible or CpSolverStatus.ModelInvalid)
        {
            return run;
        }

        var (roster, objective) = incumbent.Snapshot();
        if (roster is null)
        {
            return run;
        }

        var bound = incumbent.Bound;
        var optimal = (run.Status == CpSolverStatus.Optimal && run.Objective == objective) || (bound is { } b && b >= objective);
        return new CpSatRun(optimal ? CpSolverStatus.Optimal : CpSolverStatus.Feasible, roster, objective, optimal ? objective : bound, null);
    }

    private const int HugeModelVariables = 250_000;

    private static CpSatRun SearchHuge(RosterProblem problem, EngineOptions options, Incumbent incumbent, Func<double> secondsLeft, CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, options.Solve.Workers);
        var (constructed, infeasible) = RowNeighbourhoodSearch.ConstructIndependently(problem, workers, secondsLeft, cancellationToken);
        if (infeasible is { } e)
        {
            return new CpSatRun(CpSolverStatus.Infeasible, null, null, null, null, SubProblem.Alone(problem, e));
        }

        if (constructed is not null)
        {
            incumbent.Offer(constructed, RosterEvaluator.Evaluate(problem, constructed).Objective);
        }

        Log(options, $"independent rows built at {incumbent.FirstSeconds:0.00}s");
        var searches = Enumerable.Range(0, workers).Select(w => new RowNeighbourhoodSearch(problem, options.Solve.RandomSeed + 10 + w)).ToList();
        Task.WaitAll(searches.Select(search => Task.Factory.StartNew(
            () => search.Run(incumbent, secondsLeft, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray(), CancellationToken.None);
        Log(options, $"row LNS on {workers} workers: {searches.Sum(x => x.Iterations)} neighbourhoods, {searches.Sum(x => x.Improvements)} improvements");
        var (roster, objective) = incumbent.Snapshot();
        return roster is null
            ? new CpSatRun(CpSolverStatus.Unknown, null, null, null, null)
            : new CpSatRun(CpSolverStatus.Feasible, roster, objective, incumbent.Bound, null);
    }

    private static CpSatRun RunCpSat(CpModel model, RosterModel rosterModel, EngineOptions options, string? extra, double seconds, Incumbent incumbent, CancellationToken cancellationToken)
    {
        var parameters = Parameters(options with { ExtraParameters = extra + " " + options.ExtraParameters }, Math.Max(0.1, seconds));
        if (!parameters.IsSuccess)
        {
            return new CpSatRun(CpSolverStatus.ModelInvalid, null, null, null, parameters.Error!.Message);
        }

        using var solver = new CpSolver();
        solver.StringParameters = CpSatParameters.ToText(parameters.Value!);
        if (options.Solve.Log)
        {
            solver.SetLogCallback(line => Console.Error.WriteLine(line));
        }

        solver.SetBestBoundCallback(bound =>
        {
            incumbent.RaiseBound((long)Math.Ceiling(bound - 1e-6));
            if (incumbent.Closed)
            {
                solver.StopSearch();
            }
        });
        using var callback = new IncumbentCallback(rosterModel, incumbent, solver.StopSearch);
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model, callback);
        var response = solver.Response ?? throw new InvalidOperationException("CP-SAT returned no response.");
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            var objective = (long)Math.Round(response.ObjectiveValue, MidpointRounding.AwayFromZero);
            var bound = (long)Math.Ceiling(response.BestObjectiveBound - 1e-6);
            var roster = rosterModel.ToRoster(v => response.Solution[v]);
            incumbent.Offer(roster, objective);
            incumbent.RaiseBound(bound);
            return new CpSatRun(status, roster, objective, bound, null);
        }

        return new CpSatRun(status, null, null, null, null);
    }

    /// <summary>The CP-SAT parameters of a run: time limit, workers and seed, then the caller's own additions.</summary>
    public static Result<SatParameters> Parameters(EngineOptions options, double seconds)
    {
        ArgumentNullException.ThrowIfNull(options);
        var parameters = new SatParameters
        {
            MaxTimeInSeconds = seconds,
            NumWorkers = Math.Max(1, options.Solve.Workers),
            RandomSeed = options.Solve.RandomSeed,
            LogSearchProgress = options.Solve.Log,
            LogToStdout = false,
        };
        var withUser = CpSatParameters.Apply(parameters, options.Solve.CpSatParameters);
        return withUser.IsSuccess ? CpSatParameters.Apply(withUser.Value!, options.ExtraParameters) : withUser;
    }

    private static EngineOutcome SolveWithMip(RosterProblem problem, EngineOptions options, Stopwatch clock)
    {
        var backend = options.Solve.Backend switch
        {
            SolverBackend.Scip => "SCIP",
            SolverBackend.Highs => "HIGHS",
            SolverBackend.Cbc => "CBC",
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Solve.Backend, "Not a MIP backend."),
        };
        using var sink = new MipSink(backend);
        var model = RosterModelBuilder.Build(problem, sink);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var statistics = Statistics(problem, sink.Solver.NumVariables(), sink.Solver.NumConstraints());
        sink.Solver.SuppressOutput();
        sink.Solver.SetTimeLimit((long)(Remaining(options, clock) * 1000));
        sink.Solver.SetNumThreads(Math.Max(1, options.Solve.Workers));
        var result = sink.Solver.Solve();
        var status = result switch
        {
            Google.OrTools.LinearSolver.Solver.ResultStatus.OPTIMAL => RosterSolveStatus.Optimal,
            Google.OrTools.LinearSolver.Solver.ResultStatus.FEASIBLE => RosterSolveStatus.Feasible,
            Google.OrTools.LinearSolver.Solver.ResultStatus.INFEASIBLE => RosterSolveStatus.Infeasible,
            Google.OrTools.LinearSolver.Solver.ResultStatus.MODEL_INVALID => RosterSolveStatus.ModelInvalid,
            _ => RosterSolveStatus.TimedOut,
        };
        if (status is not (RosterSolveStatus.Optimal or RosterSolveStatus.Feasible))
        {
            return new EngineOutcome(status, null, null, null, clock.Elapsed.TotalSeconds, null, buildSeconds, null, [], null, null, statistics);
        }

        var roster = model.ToRoster(v => (long)Math.Round(sink.Variables[v].SolutionValue(), MidpointRounding.AwayFromZero));
        var evaluation = RosterEvaluator.Evaluate(problem, roster);
        var bound = (long)Math.Ceiling(sink.Solver.Objective().BestBound() - 1e-6);
        return new EngineOutcome(status, roster, evaluation.Objective, bound, clock.Elapsed.TotalSeconds, null, buildSeconds, evaluation, [], null, null, statistics);
    }

    private static void Log(EngineOptions options, string line)
    {
        if (options.Solve.Log)
        {
            Console.Error.WriteLine(line);
        }
    }

    private static double Remaining(EngineOptions options, Stopwatch clock) =>
        Math.Max(0.5, options.Solve.Seconds - clock.Elapsed.TotalSeconds);

    private static ModelStatistics Statistics(RosterProblem problem, int variables, int constraints) =>
        new(problem.Employees.Count, problem.HorizonDays, problem.Shifts.Count, variables, constraints);

    /// <param name="InfeasibleCore">When known, a smaller problem that is already infeasible on its own (one employee's rules), to explain instead of the whole.</param>
    private sealed record CpSatRun(CpSolverStatus Status, Roster? Solution, long? Objective, long? Bound, string? ValidationError, RosterProblem? InfeasibleCore = null);

    /// <summary>Hands each improving roster of the main search to the shared incumbent; stops once the incumbent meets the bound.</summary>
    private sealed class IncumbentCallback(RosterModel model, Incumbent incumbent, Action stop) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback()
        {
            var solution = Response().Solution;
            incumbent.Offer(model.ToRoster(v => solution[v]), (long)Math.Round(ObjectiveValue(), MidpointRounding.AwayFromZero));
            incumbent.RaiseBound((long)Math.Ceiling(BestObjectiveBound() - 1e-6));
            if (incumbent.Closed)
            {
                stop();
            }
        }
    }
}
