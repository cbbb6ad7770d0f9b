using System.Globalization;
using BackOffice.Scheduling.Solving.CpSat;
using BackOffice.Scheduling.Solving.Evaluation;
using BackOffice.Scheduling.Solving.Model;
using Google.OrTools.LinearSolver;
using Google.OrTools.Sat;
using Constraint = Google.OrTools.LinearSolver.Constraint;

namespace BackOffice.Scheduling.Solving.ColumnGeneration;

/// <summary>
/// Dantzig–Wolfe decomposition by employee. The master LP (GLOP) chooses a convex combination of whole
/// roster rows per employee against the cover rows; the pricing problem (<see cref="RowPricer"/>) finds
/// each employee's row of most negative reduced cost. Every employee's rules live inside the rows, so the
/// master's LP bound is far tighter than the compact model's, and the Lagrangian bound
/// LP + Σ min(0, reduced cost) is a valid lower bound at every iteration. Integer rosters come from
/// solving the restricted master as an integer programme with CP-SAT over the rows generated so far
/// ("price and branch"); rows the row LNS finds are fed back into the master.
/// </summary>
internal sealed class ColumnGenerationSearch
{
    private const double Epsilon = 1e-6;
    private readonly RosterProblem problem;
    private readonly RowPricer[] pricers;
    private readonly double[][,] staticCost;
    private readonly List<int>[,] dayCoverRows;
    private readonly List<int>[,] intervalRows;
    private readonly List<Column>[] columns;
    private readonly HashSet<string>[] signatures;
    private readonly Random random;
    private readonly RosterProblem?[] singles;

    private ColumnGenerationSearch(RosterProblem problem, RowPricer[] pricers, int seed)
    {
        this.problem = problem;
        this.pricers = pricers;
        random = new Random(seed);
        var employees = problem.Employees.Count;
        var days = problem.HorizonDays;
        var shifts = problem.Shifts.Count;
        staticCost = new double[employees][,];
        singles = new RosterProblem?[employees];
        columns = new List<Column>[employees];
        signatures = new HashSet<string>[employees];
        for (var e = 0; e < employees; e++)
        {
            staticCost[e] = new double[days, shifts + 1];
            columns[e] = [];
            signatures[e] = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var request in problem.Requests)
        {
            for (var choice = 0; choice <= shifts; choice++)
            {
                var works = choice < shifts;
                var matches = request.Shift is { } s ? choice == s : works;
                if (matches != request.On)
                {
                    staticCost[request.Employee][request.Day, choice] += request.Weight;
                }
            }
        }

        foreach (var reference in problem.ReferenceAssignments)
        {
            if (reference.ChangeWeight is { } weight)
            {
                var kept = reference.Shift ?? shifts;
                for (var choice = 0; choice <= shifts; choice++)
                {
                    staticCost[reference.Employee][reference.Day, choice] += choice == kept ? 0 : weight;
                }
            }
        }

        dayCoverRows = new List<int>[days, shifts];
        intervalRows = new List<int>[days, shifts];
        for (var d = 0; d < days; d++)
        {
            for (var s = 0; s < shifts; s++)
            {
                dayCoverRows[d, s] = [];
                intervalRows[d, s] = [];
            }
        }

        for (var c = 0; c < problem.DayCovers.Count; c++)
        {
            dayCoverRows[problem.DayCovers[c].Day, problem.DayCovers[c].Shift].Add(c);
        }

        for (var i = 0; i < problem.IntervalCovers.Count; i++)
        {
            var cover = problem.IntervalCovers[i];
            var lastDay = Math.Min(days - 1, cover.StartMinute / 1440);
            for (var d = Math.Max(0, lastDay - 2); d <= lastDay; d++)
            {
                for (var s = 0; s < shifts; s++)
                {
                    if (problem.Shifts[s].Covers(d, cover.StartMinute, cover.LengthMinutes))
                    {
                        intervalRows[d, s].Add(i);
                    }
                }
            }
        }
    }

    public int Iterations { get; private set; }

    public int Dives { get; private set; }

    /// <summary>The latest LP solution, for the row LNS running beside this search.</summary>
    public LpGuide Guide { get; } = new();

    public int ColumnCount => columns.Sum(c => c.Count);

    public double LowerBound { get; private set; } = double.NegativeInfinity;

    /// <summary>The last master LP value.</summary>
    public double LastLp { get; private set; } = double.NegativeInfinity;

    /// <summary>Null when the problem is outside what the pricing programme handles (then the compact model is used).</summary>
    public static ColumnGenerationSearch? TryCreate(RosterProblem problem, int seed)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.HorizonDays > 42 || problem.Employees.Count == 0)
        {
            return null;
        }

        try
        {
            var pricers = Enumerable.Range(0, problem.Employees.Count).Select(e => new RowPricer(problem, e) { MaxAlternatives = 3 }).ToArray();
            return new ColumnGenerationSearch(problem, pricers, seed);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Runs until the time is up, the incumbent is proved optimal, or the search is stopped. False if pricing gave up.</summary>
    public bool Run(Incumbent incumbent, Func<double> secondsLeft, CancellationToken cancellationToken, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(incumbent);
        ArgumentNullException.ThrowIfNull(secondsLeft);
        var employees = problem.Employees.Count;
        var shifts = problem.Shifts.Count;
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var master = new Master(problem, lp);

        // Seed: each employee's cheapest row ignoring cover, which also gives a first feasible roster.
        var seed = new Roster(employees, problem.HorizonDays);
        for (var e = 0; e < employees; e++)
        {
            var found = Price(e, staticCost[e]);
            if (found is null)
            {
                return true; // this employee's rules cannot be met: the compact model will prove and explain it
            }

            AddColumn(master, e, found.Value.Row);
            SetRow(seed, e, found.Value.Row);
        }

        incumbent.Offer(seed, RosterEvaluator.Evaluate(problem, seed).Objective);
        var lastIp = 0;
        double? handOver = null;
        var converged = false;
        var exactRound = false;
        var lastLp = double.PositiveInfinity;
        var duals = new double[problem.HorizonDays, shifts + 1];
        while (secondsLeft() > 0.1 && !cancellationToken.IsCancellationRequested && !incumbent.Closed)
        {
            AddIncumbentColumns(master, incumbent);
            if (!converged)
            {
                Iterations++;
                var iterationClock = System.Diagnostics.Stopwatch.StartNew();
                if (lp.Solve() != Solver.ResultStatus.OPTIMAL)
                {
                    log?.Invoke("column generation: the master LP did not solve to optimality; stopping it.");
                    return true;
                }

                var lpValue = lp.Objective().Value();
                LastLp = lpValue;
                Guide.Publish(master.DominantRows(columns, out var weights), weights);
                master.CacheDuals(dayCoverRows, intervalRows);

                // Heuristic pricing while the LP moves; an exact round (every employee, exact search) when it
                // stalls or every tenth iteration: only exact rounds give a valid Lagrangian bound.
                var stalled = lastLp - lpValue < Math.Max(1e-3, Math.Abs(lpValue) * 1e-4);
                exactRound = exactRound || stalled || Iterations % 10 == 0;
                lastLp = lpValue;
                var reducedSum = 0.0;
                var added = 0;
                var complete = exactRound;
                for (var e = 0; e < employees && !cancellationToken.IsCancellationRequested; e++)
                {
                    for (var d = 0; d < problem.HorizonDays; d++)
                    {
                        for (var c = 0; c <= shifts; c++)
                        {
                            duals[d, c] = staticCost[e][d, c] - master.SharedDual(d, c);
                        }
                    }

                    var convexity = master.ConvexityDual(e);
                    bool Stop() => secondsLeft() <= 0.1 || cancellationToken.IsCancellationRequested;
                    var found = Price(e, duals, convexity - Epsilon, Stop, perBucket: exactRound ? 0 : 1);
                    if (found is null)
                    {
                        // No row prices below the convexity dual: nothing to add to the Lagrangian sum
                        // (unless pricing was cut short, which proves nothing).
                        complete &= !pricers[e].Stopped;
                        continue;
                    }

                    reducedSum += found.Value.Cost - convexity;
                    var any = false;
                    foreach (var (row, _) in pricers[e].Alternatives)
                    {
                        any |= AddColumn(master, e, row);
                    }

                    added += any ? 1 : 0;
                }

                var bound = lpValue + reducedSum;
                if (Environment.GetEnvironmentVariable("BO_CG_DEBUG") is not null)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cg {Iterations}: LP {lpValue:0.00} lagrange {bound:0.00} exact {complete} added {added} in {iterationClock.Elapsed.TotalMilliseconds:0} ms"));
                }

                if (complete && !cancellationToken.IsCancellationRequested && bound > LowerBound)
                {
                    LowerBound = bound;
                    incumbent.RaiseBound((long)Math.Ceiling(bound - 1e-6));
                }

                converged = complete && added == 0;
                exactRound = exactRound && added > 0 && added < employees / 4;
                if (converged)
                {
                    log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"column generation converged: LP {lpValue:0.###} after {Iterations} iterations, {ColumnCount} rows"));
                }
            }

            // Integer rosters: before convergence now and then from the rows so far; after it, alternate
            // LP-guided dives (which keep generating rows) with the integer programme over all rows.
            if (converged)
            {
                // Leave the second half of what remains to CP-SAT on the compact model, which can close
                // the gap the LP bound leaves by search.
                handOver ??= secondsLeft() / 2;
                if (secondsLeft() < handOver)
                {
                    return true;
                }

                Dives++;
                var dive = Dive(master, lp, duals, secondsLeft, cancellationToken);
                if (dive is not null)
                {
                    var value = RosterEvaluator.Evaluate(problem, dive).Objective;
                    var better = incumbent.Offer(dive, value);
                    log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"dive {Dives}: {value}{(better ? " (new best)" : string.Empty)}; left {secondsLeft():0.0}s"));
                }

                if (Dives % 3 == 0)
                {
                    var ip = SolveRestrictedMaster(master, incumbent, Math.Min(5, secondsLeft()), cancellationToken);
                    log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"restricted master IP ({ColumnCount} rows): {ip}; left {secondsLeft():0.0}s"));
                }
            }
            else if (Iterations - lastIp >= 40)
            {
                lastIp = Iterations;
                var ip = SolveRestrictedMaster(master, incumbent, Math.Min(2, secondsLeft()), cancellationToken);
                log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"restricted master IP ({ColumnCount} rows): {ip}; left {secondsLeft():0.0}s"));
            }
        }

        return true;
    }

    /// <summary>
    /// Depth-first dive: repeatedly fix every employee whose LP weight sits on one row, plus the most
    /// decided fractional one (chosen at random among the top three, so dives differ), re-solving the LP and
    /// generating rows for the others after each step, until every employee is fixed. Rows stay in the pool.
    /// </summary>
    private Roster? Dive(Master master, Solver lp, double[,] duals, Func<double> secondsLeft, CancellationToken cancellationToken)
    {
        var employees = problem.Employees.Count;
        var shifts = problem.Shifts.Count;
        var fixedRow = new Column?[employees];
        try
        {
            while (secondsLeft() > 0.1 && !cancellationToken.IsCancellationRequested)
            {
                for (var round = 0; round < 5; round++)
                {
                    if (lp.Solve() != Solver.ResultStatus.OPTIMAL)
                    {
                        return null;
                    }

                    master.CacheDuals(dayCoverRows, intervalRows);
                    var added = 0;
                    for (var e = 0; e < employees; e++)
                    {
                        if (fixedRow[e] is not null)
                        {
                            continue;
                        }

                        for (var d = 0; d < problem.HorizonDays; d++)
                        {
                            for (var c = 0; c <= shifts; c++)
                            {
                                duals[d, c] = staticCost[e][d, c] - master.SharedDual(d, c);
                            }
                        }

                        if (Price(e, duals, master.ConvexityDual(e) - Epsilon, () => secondsLeft() <= 0.1, perBucket: 1) is not null)
                        {
                            foreach (var (row, _) in pricers[e].Alternatives)
                            {
                                added += AddColumn(master, e, row) ? 1 : 0;
                            }
                        }
                    }

                    if (added == 0)
                    {
                        break;
                    }
                }

                if (lp.Solve() != Solver.ResultStatus.OPTIMAL)
                {
                    return null;
                }

                var dominant = master.DominantColumns(columns, out var weights);
                var open = Enumerable.Range(0, employees).Where(e => fixedRow[e] is null).ToList();
                if (open.Count == 0)
                {
                    break;
                }

                var fixedNow = 0;
                foreach (var e in open.Where(e => weights[e] > 1 - 1e-6))
                {
                    fixedRow[e] = dominant[e];
                    master.Fix(columns[e], dominant[e]);
                    fixedNow++;
                }

                var fractional = open.Where(e => fixedRow[e] is null).OrderByDescending(e => weights[e]).Take(3).ToList();
                if (fractional.Count > 0)
                {
                    var e = fractional[random.Next(fractional.Count)];
                    fixedRow[e] = dominant[e];
                    master.Fix(columns[e], dominant[e]);
                }
                else if (fixedNow == 0)
                {
                    break;
                }
            }

            if (fixedRow.Any(c => c is null))
            {
                return null;
            }

            var roster = new Roster(employees, problem.HorizonDays);
            for (var e = 0; e < employees; e++)
            {
                SetRow(roster, e, fixedRow[e]!.Row);
            }

            return roster;
        }
        finally
        {
            master.UnfixAll();
            lp.Solve();
            master.CacheDuals(dayCoverRows, intervalRows);
        }
    }

    private (int[] Row, double Cost)? Price(int e, double[,] cost, double threshold = double.PositiveInfinity, Func<bool>? stop = null, int perBucket = 0)
    {
        var found = pricers[e].Cheapest(cost, threshold, stop, perBucket);

        if (found is null)
        {
            return null;
        }

        // Trust, but verify: a row breaking a rule would poison every roster built from it.
        var single = singles[e] ??= SubProblem.Create(problem, new Roster(problem.Employees.Count, problem.HorizonDays), [e], 0, problem.HorizonDays, included: _ => false);
        var check = new Roster(1, problem.HorizonDays);
        for (var d = 0; d < problem.HorizonDays; d++)
        {
            check[0, d] = found.Value.Row[d];
        }

        var violations = RosterEvaluator.HardRules.SelectMany(r => r.Check(single, check)).ToList();
        if (violations.Count > 0)
        {
            throw new InvalidOperationException("Pricing produced an infeasible row: " + violations[0].Message);
        }

        return found;
    }

    private bool AddColumn(Master master, int e, int[] row)
    {
        var signature = string.Join(',', row);
        if (!signatures[e].Add(signature))
        {
            return false;
        }

        var cost = 0.0;
        for (var d = 0; d < row.Length; d++)
        {
            cost += staticCost[e][d, row[d] < 0 ? problem.Shifts.Count : row[d]];
        }

        cost += Overtime(e, row);
        var column = new Column(e, row, (long)Math.Round(cost, MidpointRounding.AwayFromZero));
        columns[e].Add(column);
        master.Add(column, dayCoverRows, intervalRows);
        return true;
    }

    private long Overtime(int e, int[] row)
    {
        var employee = problem.Employees[e];
        if (employee.OvertimeWeightPerMinute == 0 || employee.OvertimeThresholdMinutesPerWeek == int.MaxValue)
        {
            return 0;
        }

        long cost = 0;
        for (var week = 0; week * 7 < row.Length; week++)
        {
            var minutes = 0;
            for (var d = week * 7; d < Math.Min(row.Length, (week + 1) * 7); d++)
            {
                minutes += row[d] >= 0 ? problem.Shifts[row[d]].PaidMinutes : 0;
            }

            cost += (long)Math.Max(0, minutes - employee.OvertimeThresholdMinutesPerWeek) * employee.OvertimeWeightPerMinute;
        }

        return cost;
    }

    private void AddIncumbentColumns(Master master, Incumbent incumbent)
    {
        var (roster, _) = incumbent.Snapshot();
        if (roster is not null)
        {
            AddRosterColumns(master, roster);
        }
    }

    private void AddRosterColumns(Master master, Roster roster)
    {
        for (var e = 0; e < problem.Employees.Count; e++)
        {
            var row = new int[problem.HorizonDays];
            for (var d = 0; d < row.Length; d++)
            {
                row[d] = roster[e, d];
            }

            AddColumn(master, e, row);
        }
    }

    /// <summary>Chooses one generated row per employee, exactly, with CP-SAT: the best roster these rows allow.</summary>
    private string SolveRestrictedMaster(Master master, Incumbent incumbent, double seconds, CancellationToken cancellationToken)
    {
        if (seconds < 0.1)
        {
            return "no time";
        }

        var (current, currentObjective) = incumbent.Snapshot();
        if (current is not null)
        {
            AddRosterColumns(master, current);
        }

        if (Environment.GetEnvironmentVariable("BO_RMP") is { } backend)
        {
            return SolveRestrictedMasterMip(backend, ChooseColumns(master, current, currentObjective), current, incumbent, seconds);
        }

        var model = new CpModel();
        var proto = model.Model;
        var lambda = new List<int>[problem.Employees.Count];
        var objective = new CpObjectiveProto();
        var hint = new PartialVariableAssignment();
        var coverTerms = new List<int>[problem.DayCovers.Count];
        var intervalTerms = new List<int>[problem.IntervalCovers.Count];
        for (var c = 0; c < coverTerms.Length; c++)
        {
            coverTerms[c] = [];
        }

        for (var i = 0; i < intervalTerms.Length; i++)
        {
            intervalTerms[i] = [];
        }

        var chosen = ChooseColumns(master, current, currentObjective);
        for (var e = 0; e < problem.Employees.Count; e++)
        {
            lambda[e] = [];
            var exactlyOne = new BoolArgumentProto();
            foreach (var column in chosen[e])
            {
                var v = proto.Variables.Count;
                proto.Variables.Add(new IntegerVariableProto { Domain = { 0, 1 } });
                lambda[e].Add(v);
                exactlyOne.Literals.Add(v);
                if (column.Cost != 0)
                {
                    objective.Vars.Add(v);
                    objective.Coeffs.Add(column.Cost);
                }

                var matchesIncumbent = current is not null && column.Row.Select((s, d) => current[e, d] == s).All(x => x);
                hint.Vars.Add(v);
                hint.Values.Add(matchesIncumbent ? 1 : 0);
                for (var d = 0; d < column.Row.Length; d++)
                {
                    if (column.Row[d] < 0)
                    {
                        continue;
                    }

                    foreach (var c in dayCoverRows[d, column.Row[d]])
                    {
                        coverTerms[c].Add(v);
                    }

                    foreach (var i in intervalRows[d, column.Row[d]])
                    {
                        intervalTerms[i].Add(v);
                    }
                }
            }

            proto.Constraints.Add(new ConstraintProto { ExactlyOne = exactlyOne });
        }

        for (var c = 0; c < coverTerms.Length; c++)
        {
            var cover = problem.DayCovers[c];
            AddCoverRow(proto, objective, coverTerms[c], cover.Requirement, cover.UnderWeight, cover.OverWeight);
        }

        for (var i = 0; i < intervalTerms.Length; i++)
        {
            var cover = problem.IntervalCovers[i];
            AddCoverRow(proto, objective, intervalTerms[i], cover.Requirement, cover.UnderWeight, cover.OverWeight);
        }

        proto.Objective = objective;
        proto.SolutionHint = hint;
        using var solver = new CpSolver();
        solver.StringParameters = string.Create(CultureInfo.InvariantCulture,
            $"max_time_in_seconds:{seconds:0.###} num_workers:1 random_seed:{random.Next(1000)} log_search_progress:false linearization_level:2");
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return status.ToString();
        }

        var solution = solver.Response!.Solution;
        var roster = new Roster(problem.Employees.Count, problem.HorizonDays);
        for (var e = 0; e < problem.Employees.Count; e++)
        {
            for (var k = 0; k < lambda[e].Count; k++)
            {
                if (solution[lambda[e][k]] == 1)
                {
                    SetRow(roster, e, chosen[e][k].Row);
                }
            }
        }

        var value = RosterEvaluator.Evaluate(problem, roster).Objective;
        incumbent.Offer(roster, value);
        return string.Create(CultureInfo.InvariantCulture, $"{status} {value} (bound {solver.BestObjectiveBound:0})");
    }

    private string SolveRestrictedMasterMip(string backend, List<Column>[] chosen, Roster? current, Incumbent incumbent, double seconds)
    {
        using var mip = Solver.CreateSolver(backend) ?? throw new InvalidOperationException(backend + " is not available.");
        mip.SuppressOutput();
        if (Environment.GetEnvironmentVariable("BO_RMP_PARAMS") is { } extra)
        {
            mip.SetSolverSpecificParametersAsString(extra);
        }

        var objective = mip.Objective();
        objective.SetMinimization();
        var lambda = new List<Variable>[problem.Employees.Count];
        var coverTerms = problem.DayCovers.Select(_ => new List<Variable>()).ToArray();
        var intervalTerms = problem.IntervalCovers.Select(_ => new List<Variable>()).ToArray();
        var hintVars = new List<Variable>();
        var hintValues = new List<double>();
        for (var e = 0; e < problem.Employees.Count; e++)
        {
            lambda[e] = [];
            var one = mip.MakeConstraint(1, 1, string.Empty);
            foreach (var column in chosen[e])
            {
                var v = mip.MakeBoolVar(string.Empty);
                lambda[e].Add(v);
                one.SetCoefficient(v, 1);
                objective.SetCoefficient(v, column.Cost);
                hintVars.Add(v);
                hintValues.Add(current is not null && column.Row.Select((s, d) => current[e, d] == s).All(x => x) ? 1 : 0);
                for (var d = 0; d < column.Row.Length; d++)
                {
                    if (column.Row[d] < 0)
                    {
                        continue;
                    }

                    foreach (var c in dayCoverRows[d, column.Row[d]])
                    {
                        coverTerms[c].Add(v);
                    }

                    foreach (var i in intervalRows[d, column.Row[d]])
                    {
                        intervalTerms[i].Add(v);
                    }
                }
            }
        }

        void Cover(List<Variable> terms, int requirement, int underWeight, int overWeight)
        {
            var under = underWeight > 0 && requirement > 0;
            var over = overWeight > 0 && terms.Count > requirement;
            if (!under && !over)
            {
                return;
            }

            var row = mip.MakeConstraint(under ? requirement : double.NegativeInfinity, over ? requirement : double.PositiveInfinity, string.Empty);
            foreach (var group in terms.GroupBy(t => t))
            {
                row.SetCoefficient(group.Key, group.Count());
            }

            if (under)
            {
                var u = mip.MakeIntVar(0, requirement, string.Empty);
                row.SetCoefficient(u, 1);
                objective.SetCoefficient(u, underWeight);
            }

            if (over)
            {
                var o = mip.MakeIntVar(0, terms.Count, string.Empty);
                row.SetCoefficient(o, -1);
                objective.SetCoefficient(o, overWeight);
            }
        }

        for (var c = 0; c < coverTerms.Length; c++)
        {
            Cover(coverTerms[c], problem.DayCovers[c].Requirement, problem.DayCovers[c].UnderWeight, problem.DayCovers[c].OverWeight);
        }

        for (var i = 0; i < intervalTerms.Length; i++)
        {
            Cover(intervalTerms[i], problem.IntervalCovers[i].Requirement, problem.IntervalCovers[i].UnderWeight, problem.IntervalCovers[i].OverWeight);
        }

        if (current is not null)
        {
            mip.SetHint([.. hintVars], [.. hintValues]);
        }

        mip.SetTimeLimit((long)(seconds * 1000));
        mip.SetNumThreads(1);
        var status = mip.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return status.ToString();
        }

        var roster = new Roster(problem.Employees.Count, problem.HorizonDays);
        for (var e = 0; e < problem.Employees.Count; e++)
        {
            for (var k = 0; k < lambda[e].Count; k++)
            {
                if (lambda[e][k].SolutionValue() > 0.5)
                {
                    SetRow(roster, e, chosen[e][k].Row);
                }
            }
        }

        var value = RosterEvaluator.Evaluate(problem, roster).Objective;
        incumbent.Offer(roster, value);
        return string.Create(CultureInfo.InvariantCulture, $"{backend} {status} {value} (bound {objective.BestBound():0})");
    }

    /// <summary>
    /// The rows worth offering the integer programme: no row whose reduced cost exceeds the gap between the
    /// incumbent and the bound can be part of a better roster (reduced-cost fixing; with the LP value
    /// instead of a proved bound this is a heuristic filter), at most the 40 of lowest reduced cost per
    /// employee, and always the incumbent's rows.
    /// </summary>
    private List<Column>[] ChooseColumns(Master master, Roster? current, long incumbentObjective)
    {
        var reference = double.IsNegativeInfinity(LowerBound) ? LastLp : Math.Max(LowerBound, LastLp);
        var gap = incumbentObjective == long.MaxValue ? double.PositiveInfinity : incumbentObjective - reference + 1e-6;
        var chosen = new List<Column>[problem.Employees.Count];
        for (var e = 0; e < chosen.Length; e++)
        {
            var rows = columns[e]
                .Select(c => (Column: c, Reduced: master.ReducedCost(c)))
                .Where(c => c.Reduced <= gap)
                .OrderBy(c => c.Reduced)
                .Take(40)
                .Select(c => c.Column)
                .ToList();
            if (current is not null)
            {
                var mine = columns[e].FirstOrDefault(c => c.Row.Select((s, d) => current[e, d] == s).All(x => x));
                if (mine is not null && !rows.Contains(mine))
                {
                    rows.Add(mine);
                }
            }

            chosen[e] = rows.Count > 0 ? rows : [.. columns[e]];
        }

        return chosen;
    }

    private static void AddCoverRow(CpModelProto proto, CpObjectiveProto objective, List<int> terms, int requirement, int underWeight, int overWeight)
    {
        var under = underWeight > 0 && requirement > 0;
        var over = overWeight > 0 && terms.Count > requirement;
        if (!under && !over)
        {
            return;
        }

        var linear = new LinearConstraintProto();
        foreach (var t in terms)
        {
            linear.Vars.Add(t);
            linear.Coeffs.Add(1);
        }

        if (under)
        {
            var u = proto.Variables.Count;
            proto.Variables.Add(new IntegerVariableProto { Domain = { 0, requirement } });
            linear.Vars.Add(u);
            linear.Coeffs.Add(1);
            objective.Vars.Add(u);
            objective.Coeffs.Add(underWeight);
        }

        if (over)
        {
            var o = proto.Variables.Count;
            proto.Variables.Add(new IntegerVariableProto { Domain = { 0, terms.Count - Math.Max(0, requirement) } });
            linear.Vars.Add(o);
            linear.Coeffs.Add(-1);
            objective.Vars.Add(o);
            objective.Coeffs.Add(overWeight);
        }

        linear.Domain.Add(under ? requirement : long.MinValue / 4);
        linear.Domain.Add(over ? requirement : long.MaxValue / 4);
        proto.Constraints.Add(new ConstraintProto { Linear = linear });
    }

    private static void SetRow(Roster roster, int e, int[] row)
    {
        for (var d = 0; d < row.Length; d++)
        {
            roster[e, d] = row[d];
        }
    }

    private sealed record Column(int Employee, int[] Row, long Cost);

    /// <summary>The master LP: convexity row per employee, one row per cover with priced under/over slack.</summary>
    private sealed class Master
    {
        private readonly Solver lp;
        private readonly Constraint[] convexity;
        private readonly Constraint?[] dayRows;
        private readonly Constraint?[] intervalRowsLp;
        private readonly Dictionary<Column, Variable> variables = [];

        public Master(RosterProblem problem, Solver lp)
        {
            this.lp = lp;
            var objective = lp.Objective();
            objective.SetMinimization();
            convexity = problem.Employees.Select(_ => lp.MakeConstraint(1, 1, string.Empty)).ToArray();
            dayRows = problem.DayCovers.Select(c => Row(problem.Employees.Count, c.Requirement, c.UnderWeight, c.OverWeight)).ToArray();
            intervalRowsLp = problem.IntervalCovers.Select(c => Row(problem.Employees.Count, c.Requirement, c.UnderWeight, c.OverWeight)).ToArray();
        }

        private double[] convexityDuals = [];
        private double[,] shared = new double[0, 0];

        public double ConvexityDual(int e) => convexityDuals[e];

        public double SharedDual(int d, int choice) => shared[d, choice];

        /// <summary>Reads the duals of the LP just solved (one native call per row, once per iteration).</summary>
        public void CacheDuals(List<int>[,] dayCoverRows, List<int>[,] intervalRows)
        {
            convexityDuals = convexity.Select(c => c.DualValue()).ToArray();
            shared = CoverDuals(dayCoverRows, intervalRows);
        }

        /// <summary>Reduced cost of a column under the cached duals.</summary>
        public double ReducedCost(Column column)
        {
            var value = column.Cost - convexityDuals[column.Employee];
            for (var d = 0; d < column.Row.Length; d++)
            {
                if (column.Row[d] >= 0)
                {
                    value -= shared[d, column.Row[d]];
                }
            }

            return value;
        }

        public void Add(Column column, List<int>[,] dayCoverRows, List<int>[,] intervalRows)
        {
            var variable = lp.MakeNumVar(0, double.PositiveInfinity, string.Empty);
            variables[column] = variable;
            lp.Objective().SetCoefficient(variable, column.Cost);
            convexity[column.Employee].SetCoefficient(variable, 1);
            var counts = new Dictionary<Constraint, double>();
            for (var d = 0; d < column.Row.Length; d++)
            {
                if (column.Row[d] < 0)
                {
                    continue;
                }

                foreach (var c in dayCoverRows[d, column.Row[d]])
                {
                    if (dayRows[c] is { } row)
                    {
                        counts[row] = counts.GetValueOrDefault(row) + 1;
                    }
                }

                foreach (var i in intervalRows[d, column.Row[d]])
                {
                    if (intervalRowsLp[i] is { } row)
                    {
                        counts[row] = counts.GetValueOrDefault(row) + 1;
                    }
                }
            }

            foreach (var (row, count) in counts)
            {
                row.SetCoefficient(variable, count);
            }
        }

        private readonly List<Variable> fixedOut = [];

        /// <summary>Keeps only <paramref name="keep"/> among an employee's rows (the others get an upper bound of 0).</summary>
        public void Fix(List<Column> rows, Column keep)
        {
            foreach (var column in rows)
            {
                if (!ReferenceEquals(column, keep))
                {
                    variables[column].SetUb(0);
                    fixedOut.Add(variables[column]);
                }
            }
        }

        public void UnfixAll()
        {
            foreach (var variable in fixedOut)
            {
                variable.SetUb(double.PositiveInfinity);
            }

            fixedOut.Clear();
        }

        /// <summary>Each employee's column of largest LP weight, and that weight.</summary>
        public Column[] DominantColumns(List<Column>[] columns, out double[] weights)
        {
            var result = new Column[columns.Length];
            weights = new double[columns.Length];
            for (var e = 0; e < columns.Length; e++)
            {
                foreach (var column in columns[e])
                {
                    var value = variables[column].SolutionValue();
                    if (result[e] is null || value > weights[e])
                    {
                        result[e] = column;
                        weights[e] = value;
                    }
                }
            }

            return result;
        }

        /// <summary>Each employee's row of largest LP weight, and that weight.</summary>
        public int[][] DominantRows(List<Column>[] columns, out double[] weights)
        {
            var rows = new int[columns.Length][];
            weights = new double[columns.Length];
            for (var e = 0; e < columns.Length; e++)
            {
                foreach (var column in columns[e])
                {
                    var value = variables[column].SolutionValue();
                    if (rows[e] is null || value > weights[e])
                    {
                        rows[e] = column.Row;
                        weights[e] = value;
                    }
                }
            }

            return rows;
        }

        /// <summary>For each (day, shift), the cover duals a person on that shift earns; the same for every employee.</summary>
        public double[,] CoverDuals(List<int>[,] dayCoverRows, List<int>[,] intervalRows)
        {
            var dayDuals = dayRows.Select(r => r?.DualValue() ?? 0).ToArray();
            var intervalDuals = intervalRowsLp.Select(r => r?.DualValue() ?? 0).ToArray();
            var days = dayCoverRows.GetLength(0);
            var shifts = dayCoverRows.GetLength(1);
            var result = new double[days, shifts + 1];
            for (var d = 0; d < days; d++)
            {
                for (var s = 0; s < shifts; s++)
                {
                    var value = 0.0;
                    foreach (var c in dayCoverRows[d, s])
                    {
                        value += dayDuals[c];
                    }

                    foreach (var i in intervalRows[d, s])
                    {
                        value += intervalDuals[i];
                    }

                    result[d, s] = value;
                }
            }

            return result;
        }

        private Constraint? Row(int employees, int requirement, int underWeight, int overWeight)
        {
            var under = underWeight > 0 && requirement > 0;
            var over = overWeight > 0 && employees > requirement;
            if (!under && !over)
            {
                return null;
            }

            var row = lp.MakeConstraint(under ? requirement : double.NegativeInfinity, over ? requirement : double.PositiveInfinity, string.Empty);
            if (under)
            {
                var u = lp.MakeNumVar(0, requirement, string.Empty);
                lp.Objective().SetCoefficient(u, underWeight);
                row.SetCoefficient(u, 1);
            }

            if (over)
            {
                var o = lp.MakeNumVar(0, double.PositiveInfinity, string.Empty);
                lp.Objective().SetCoefficient(o, overWeight);
                row.SetCoefficient(o, -1);
            }

            return row;
        }
    }
}
