using System.Globalization;
using System.Text;
using BackOffice.Scheduling.Solving.CpSat;
using BackOffice.Scheduling.Solving.Evaluation;
using BackOffice.Scheduling.Solving.Model;
using Google.OrTools.LinearSolver;
using Google.OrTools.Sat;
using Constraint = Google.OrTools.LinearSolver.Constraint;

namespace BackOffice.Scheduling.Solving.ColumnGeneration;

/// <summary>
/// Dantzig–Wolfe decomposition by employee. The master LP (GLOP) chooses, for each employee, a convex
/// combination of whole roster rows against the cover rows; the pricing problem (<see cref="RowPricer"/>)
/// finds the row of most negative reduced cost. Every employee's rules live inside the rows, so the master's
/// LP bound is far tighter than the compact model's, and the Lagrangian bound LP + Σ min(0, reduced cost)
/// is valid after every exact pricing round. Integer rosters come from the restricted master solved as an
/// integer programme by CP-SAT over the rows generated so far ("price and branch") and, for small staffs,
/// from LP-guided dives; rows the row LNS finds are fed back into the master.
/// On large staffs, interchangeable employees (same contract, availability and time off, no personal
/// requests) form one class whose convexity row is its head count, which removes their symmetry.
/// </summary>
internal sealed class ColumnGenerationSearch
{
    private const double Epsilon = 1e-6;
    private const int GroupFromStaff = 100;

    /// <summary>Rows per class offered to the restricted-master IP: 15 let CP-SAT solve it to optimality in seconds on instance 12, 40 did not.</summary>
    private const int ColumnsPerClass = 15;

    /// <summary>Rows per class once the gap to the bound is within 0.5 %: the reduced-cost filter then keeps the IP small anyway.</summary>
    private const int ColumnsPerClassSmallGap = 60;

    /// <summary>Pricing rounds per dive node at most: enough for the rows to adapt to a fixing, few enough for a dive to finish.</summary>
    private const int DiveNodeRounds = 5;

    /// <summary>Dive/IP rounds after convergence without a better roster before the thread turns to reduced-cost fixing whatever the gap.</summary>
    private const int IdleRoundsBeforeFixing = 4;

    /// <summary>
    /// Reduced-cost fixing starts once the incumbent is within this many units, or this share, of the LP bound:
    /// with a wider gap few choices can be fixed and the pricing runs take longer (instance 7 at gap 543: 6 of
    /// 1,808 fixed in 5.5 s; at gap 3.9: 163 in 2.4 s).
    /// </summary>
    private const double FixingGapFloor = 20;

    private const double FixingGapShare = 0.02;

    /// <summary>CP-SAT time per fixed model before the fixing is redone against a better incumbent.</summary>
    private const double FixingSliceSeconds = 15;

    private bool[,,]? fixings;
    private long fixingFor = long.MinValue;
    private int fixingTurns;
    private readonly RosterProblem problem;
    private readonly Group[] groups;
    private readonly int[] groupOf;
    private readonly List<int>[,] dayCoverRows;
    private readonly List<int>[,] intervalRows;
    private readonly Random random;

    private ColumnGenerationSearch(RosterProblem problem, Group[] groups, int seed)
    {
        this.problem = problem;
        this.groups = groups;
        random = new Random(seed);
        var days = problem.HorizonDays;
        var shifts = problem.Shifts.Count;
        groupOf = new int[problem.Employees.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var e in groups[g].Members)
            {
                groupOf[e] = g;
            }
        }

        foreach (var request in problem.Requests)
        {
            var cost = groups[groupOf[request.Employee]].StaticCost;
            for (var choice = 0; choice <= shifts; choice++)
            {
                var matches = request.Shift is { } s ? choice == s : choice < shifts;
                if (matches != request.On)
                {
                    cost[request.Day, choice] += request.Weight;
                }
            }
        }

        foreach (var reference in problem.ReferenceAssignments)
        {
            if (reference.ChangeWeight is { } weight)
            {
                var cost = groups[groupOf[reference.Employee]].StaticCost;
                var kept = reference.Shift ?? shifts;
                for (var choice = 0; choice <= shifts; choice++)
                {
                    cost[reference.Day, choice] += choice == kept ? 0 : weight;
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

        var maxSpanDays = (problem.Shifts.Max(s => s.StartMinute + s.SpanMinutes) / 1440) + 1;
        for (var i = 0; i < problem.IntervalCovers.Count; i++)
        {
            var cover = problem.IntervalCovers[i];
            var lastDay = Math.Min(days - 1, cover.StartMinute / 1440);
            for (var d = Math.Max(0, lastDay - maxSpanDays); d <= lastDay; d++)
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

    public int GroupCount => groups.Length;

    /// <summary>The latest LP solution, for the row LNS running beside this search.</summary>
    public LpGuide Guide { get; } = new();

    public int ColumnCount => groups.Sum(g => g.Columns.Count);

    /// <summary>Best valid Lagrangian bound so far.</summary>
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
            var personal = problem.Requests.Select(r => r.Employee).Concat(problem.ReferenceAssignments.Select(r => r.Employee)).ToHashSet();
            var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var e = 0; e < problem.Employees.Count; e++)
            {
                var key = problem.Employees.Count < GroupFromStaff || personal.Contains(e) ? "#" + e.ToString(CultureInfo.InvariantCulture) : Signature(problem.Employees[e]);
                if (!byKey.TryGetValue(key, out var members))
                {
                    byKey[key] = members = [];
                }

                members.Add(e);
            }

            var groups = byKey.Values.Select(m => new Group([.. m], new RowPricer(problem, m[0]) { MaxAlternatives = 3 }, problem.HorizonDays, problem.Shifts.Count)).ToArray();
            return new ColumnGenerationSearch(problem, groups, seed);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Everything about an employee the rules read, except the name.</summary>
    private static string Signature(Employee employee)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', employee.MaxShiftsPerType).Append('|')
            .Append(CultureInfo.InvariantCulture, $"{employee.MaxTotalShifts}|{employee.MinTotalMinutes}|{employee.MaxTotalMinutes}|{employee.MaxConsecutiveShifts}|")
            .Append(CultureInfo.InvariantCulture, $"{employee.MinConsecutiveShifts}|{employee.MinConsecutiveDaysOff}|{employee.MaxWeekends}|{employee.MaxMinutesPerWeek}|")
            .Append(CultureInfo.InvariantCulture, $"{employee.OvertimeThresholdMinutesPerWeek}|{employee.OvertimeWeightPerMinute}|")
            .Append(CultureInfo.InvariantCulture, $"{employee.MinMinutesPerWeek}|{employee.MaxShiftsPerWeek}|{employee.WorkedDaysBeforeHorizon}|")
            .AppendJoin(',', employee.DaysOff.Order()).Append('|')
            .AppendJoin(',', employee.UnavailableShifts.Order().Select(u => u.Day.ToString(CultureInfo.InvariantCulture) + ":" + u.Shift.ToString(CultureInfo.InvariantCulture)));
        return text.ToString();
    }

    /// <summary>Runs until the time is up, the incumbent is proved optimal, or the search is stopped.</summary>
    public void Run(Incumbent incumbent, Func<double> secondsLeft, CancellationToken cancellationToken, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(incumbent);
        ArgumentNullException.ThrowIfNull(secondsLeft);
        var shifts = problem.Shifts.Count;
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var master = new Master(this, lp);

        // Seed: each class's cheapest row ignoring cover, which also gives a first feasible roster.
        var seed = new Roster(problem.Employees.Count, problem.HorizonDays);
        for (var g = 0; g < groups.Length; g++)
        {
            var found = Price(g, groups[g].StaticCost);
            if (found is null)
            {
                return; // this class's rules cannot be met: the compact model will prove and explain it
            }

            AddColumn(master, g, found.Value.Row);
            foreach (var e in groups[g].Members)
            {
                SetRow(seed, e, found.Value.Row);
            }
        }

        incumbent.Offer(seed, RosterEvaluator.Evaluate(problem, seed).Objective);
        var lastIp = 0;
        double? handOver = null;
        var converged = false;
        var exactRound = false;
        var lastLp = double.PositiveInfinity;
        var duals = new double[problem.HorizonDays, shifts + 1];
        var singletons = groups.All(g => g.Members.Length == 1);
        var idleRounds = -1;
        var lastRoundStart = long.MaxValue;
        while (secondsLeft() > 0.1 && !cancellationToken.IsCancellationRequested && !incumbent.Closed)
        {
            AddIncumbentColumns(master, incumbent);
            if (!converged)
            {
                Iterations++;
                var iterationClock = System.Diagnostics.Stopwatch.StartNew();
                if (SolveLp(lp) is var lpStatus && lpStatus != Solver.ResultStatus.OPTIMAL)
                {
                    log?.Invoke($"column generation: the master LP returned {lpStatus}; stopping it.");
                    return;
                }

                var lpValue = lp.Objective().Value();
                LastLp = lpValue;
                master.CacheDuals();
                Guide.Publish(master.DominantRows(out var weights), weights);

                // Heuristic pricing (one label per state) while the LP moves; an exact round (every class, exact
                // search), which alone gives a valid Lagrangian bound, only once it stalls. Exact rounds cost
                // seconds per class on instance 8 against milliseconds for heuristic ones.
                var stalled = lastLp - lpValue < Math.Max(1e-3, Math.Abs(lpValue) * 1e-4);
                exactRound = exactRound || stalled;
                lastLp = lpValue;
                var reducedSum = 0.0;
                var added = 0;
                var complete = exactRound;
                for (var g = 0; g < groups.Length && !cancellationToken.IsCancellationRequested; g++)
                {
                    FillDuals(master, g, duals);
                    var convexity = master.ConvexityDual(g);
                    var found = Price(g, duals, convexity - Epsilon, () => secondsLeft() <= 0.1 || cancellationToken.IsCancellationRequested, perBucket: exactRound ? 0 : 1);
                    if (found is null)
                    {
                        // No row prices below the convexity dual: nothing to add to the Lagrangian sum
                        // (unless pricing was cut short, which proves nothing).
                        complete &= !groups[g].Pricer.Stopped;
                        continue;
                    }

                    reducedSum += groups[g].Members.Length * (found.Value.Cost - convexity);
                    var any = false;
                    foreach (var (row, _) in groups[g].Pricer.Alternatives)
                    {
                        any |= AddColumn(master, g, row);
                    }

                    added += any ? 1 : 0;
                }

                var bound = lpValue + reducedSum;
                if (Iterations % 10 == 0 || complete)
                {
                    log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"column generation {Iterations}: LP {lpValue:0.00}, Lagrangian {(complete ? bound.ToString("0.00", CultureInfo.InvariantCulture) : "–")}, {added} classes priced in, {iterationClock.Elapsed.TotalMilliseconds:0} ms"));
                }

                if (complete && !cancellationToken.IsCancellationRequested && bound > LowerBound)
                {
                    LowerBound = bound;
                    incumbent.RaiseBound((long)Math.Ceiling(bound - 1e-6));
                }

                converged = complete && added == 0;
                exactRound = exactRound && added > 0 && added < groups.Length / 4;
                if (converged)
                {
                    log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"column generation converged: LP {lpValue:0.###} after {Iterations} iterations, {ColumnCount} rows, {groups.Length} classes"));
                }
            }

            if (converged)
            {
                // Leave the last part of what remains to CP-SAT on the compact model, which can close
                // the gap the LP bound leaves by search.
                handOver ??= Math.Min(10, secondsLeft() / 3);
                if (secondsLeft() < handOver)
                {
                    return;
                }

                if (secondsLeft() - handOver.Value < 0.1)
                {
                    return;
                }

                // Rounds that no longer improve the incumbent are counted; with one-person classes, once the
                // incumbent is near the LP bound or the dives and IPs have stalled, the thread turns to
                // reduced-cost fixing: a compact model CP-SAT can search (and often close) in a slice of time,
                // each slice starting from the latest incumbent.
                var (_, before) = incumbent.Snapshot();
                idleRounds = before < lastRoundStart ? 0 : idleRounds + 1;
                lastRoundStart = before;
                // Slices alternate with dive/IP rounds, which are what closes instances 10 and 11.
                if (singletons && (idleRounds >= IdleRoundsBeforeFixing || before - LastLp <= Math.Max(FixingGapFloor, FixingGapShare * Math.Abs(LastLp)))
                    && fixingTurns++ % 2 == 0)
                {
                    var sliceEnd = secondsLeft() - Math.Min(FixingSliceSeconds, secondsLeft() - handOver.Value);
                    log?.Invoke(FixAndSolve(master, lp, duals, incumbent, () => secondsLeft() - Math.Max(handOver.Value, sliceEnd), cancellationToken, log));
                    continue;
                }

                Dives++;
                if (SolveLp(lp) != Solver.ResultStatus.OPTIMAL)
                {
                    return;
                }

                master.CacheDuals();
                if (!singletons)
                {
                    // Rounding suits classes with large LP multiplicities; for one-person classes the dives do better.
                    var rounded = RoundAndRepair(master);
                    var roundedValue = RosterEvaluator.Evaluate(problem, rounded).Objective;
                    var roundedBetter = incumbent.Offer(rounded, roundedValue);
                    log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"LP rounding {Dives}: {roundedValue}{(roundedBetter ? " (new best)" : string.Empty)}; left {secondsLeft():0.0}s"));
                }

                if (singletons)
                {
                    var limit = handOver.Value;
                    var dive = Dive(master, lp, duals, () => secondsLeft() - limit);
                    if (dive is not null)
                    {
                        var value = RosterEvaluator.Evaluate(problem, dive).Objective;
                        var better = incumbent.Offer(dive, value);
                        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"dive {Dives}: {value}{(better ? " (new best)" : string.Empty)}; left {secondsLeft():0.0}s"));
                    }
                }

                if (!singletons || Dives % 2 == 0)
                {
                    var ip = SolveRestrictedMaster(master, incumbent, Math.Min(singletons ? 5 : 10, secondsLeft() - handOver.Value), cancellationToken);
                    log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"restricted master IP ({ColumnCount} rows): {ip}; left {secondsLeft():0.0}s"));
                }
            }
            else if (!singletons && Iterations - lastIp >= 40)
            {
                // (One-person classes: these early integer programmes never beat the row LNS on instances 6, 7 and 12, and delay convergence.)
                // Integer rosters now and then before convergence, from the rows so far.
                lastIp = Iterations;
                var ip = SolveRestrictedMaster(master, incumbent, Math.Min(2, secondsLeft()), cancellationToken);
                log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"restricted master IP ({ColumnCount} rows): {ip}; left {secondsLeft():0.0}s"));
            }
        }
    }

    /// <summary>
    /// Rounds the LP: each class's members take its rows as many times as the whole part of their LP weight;
    /// the members left over are then placed one by one (in random order) on the row, among those the LP
    /// uses for their class, that adds least to the objective given everyone placed so far.
    /// </summary>
    private Roster RoundAndRepair(Master master)
    {
        var roster = new Roster(problem.Employees.Count, problem.HorizonDays);
        var dayCount = new int[problem.DayCovers.Count];
        var intervalCount = new int[problem.IntervalCovers.Count];
        var left = new List<(int Employee, List<Column> Candidates)>();
        void Place(int e, Column column)
        {
            SetRow(roster, e, column.Row);
            for (var d = 0; d < column.Row.Length; d++)
            {
                if (column.Row[d] >= 0)
                {
                    foreach (var c in dayCoverRows[d, column.Row[d]])
                    {
                        dayCount[c]++;
                    }

                    foreach (var i in intervalRows[d, column.Row[d]])
                    {
                        intervalCount[i]++;
                    }
                }
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            var used = groups[g].Columns.Select(c => (Column: c, Value: master.Value(c))).Where(c => c.Value > 1e-6).OrderByDescending(c => c.Value).ToList();
            var next = 0;
            foreach (var (column, value) in used)
            {
                for (var k = 0; k < (int)Math.Floor(value + 1e-6) && next < groups[g].Members.Length; k++)
                {
                    Place(groups[g].Members[next++], column);
                }
            }

            var candidates = used.Count > 0 ? used.Select(c => c.Column).ToList() : [.. groups[g].Columns];
            while (next < groups[g].Members.Length)
            {
                left.Add((groups[g].Members[next++], candidates));
            }
        }

        foreach (var (e, candidates) in left.OrderBy(_ => random.Next()))
        {
            Column? best = null;
            var bestDelta = double.PositiveInfinity;
            foreach (var column in candidates)
            {
                double delta = column.Cost;
                for (var d = 0; d < column.Row.Length; d++)
                {
                    if (column.Row[d] < 0)
                    {
                        continue;
                    }

                    foreach (var c in dayCoverRows[d, column.Row[d]])
                    {
                        var cover = problem.DayCovers[c];
                        delta += dayCount[c] < cover.Requirement ? -cover.UnderWeight : cover.OverWeight;
                    }

                    foreach (var i in intervalRows[d, column.Row[d]])
                    {
                        var cover = problem.IntervalCovers[i];
                        delta += intervalCount[i] < cover.Requirement ? -cover.UnderWeight : cover.OverWeight;
                    }
                }

                if (delta < bestDelta)
                {
                    bestDelta = delta;
                    best = column;
                }
            }

            Place(e, best!);
        }

        return roster;
    }

    /// <summary>
    /// Lagrangian reduced-cost fixing, then CP-SAT on what is left. Under the master's duals, any roster's
    /// objective is at least the Lagrangian bound L plus, summed over the employees, how much their rows cost
    /// above the cheapest row m (by exact pricing). So a roster better than the incumbent uses, for each
    /// employee, only rows within (incumbent − 1 − L) of m. For every (employee, day, choice) an exact
    /// pricing with that choice forced tells whether such a row exists; if none does, the choice is fixed
    /// out. CP-SAT then searches the compact model with those fixings: every roster it finds is valid, and
    /// if it proves that none beats the incumbent, the incumbent is optimal.
    /// </summary>
    private string FixAndSolve(Master master, Solver lp, double[,] duals, Incumbent incumbent, Func<double> secondsLeft, CancellationToken cancellationToken, Action<string>? log)
    {
        var (start, upper) = incumbent.Snapshot();
        if (start is null)
        {
            return "fixing: no roster yet";
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var days = problem.HorizonDays;
        var shifts = problem.Shifts.Count;
        var reuse = fixingFor == upper && fixings is not null;
        var excluded = reuse ? fixings! : new bool[problem.Employees.Count, days, shifts + 1];
        var fixedOut = 0;
        var candidates = 0;
        var cheapest = new double[groups.Length];
        var gap = 0.0;
        if (!reuse)
        {
            // The duals of the LP as it stands (a dive may have moved them), each class's exactly priced cheapest
            // row under them, and the Lagrangian bound they give: the fixing below is valid for these alone.
            if (SolveLp(lp) != Solver.ResultStatus.OPTIMAL)
            {
                return "fixing: the master LP did not solve";
            }

            master.CacheDuals();
            var bound = lp.Objective().Value();
            for (var g = 0; g < groups.Length; g++)
            {
                FillDuals(master, g, duals);
                var found = groups[g].Pricer.Cheapest(duals, double.PositiveInfinity, () => secondsLeft() <= 1 || cancellationToken.IsCancellationRequested);
                if (found is null)
                {
                    return "fixing: out of time";
                }

                cheapest[g] = found.Value.Cost;
                bound += groups[g].Members.Length * (found.Value.Cost - master.ConvexityDual(g));
            }

            gap = upper - 1 - bound + 1e-4;
        }

        for (var g = 0; g < groups.Length && !reuse; g++)
        {
            FillDuals(master, g, duals);
            var threshold = cheapest[g] + gap;
            var e = groups[g].Members[0];
            var pricer = groups[g].Pricer;
            var forced = (double[,])duals.Clone();
            for (var d = 0; d < days; d++)
            {
                for (var c = 0; c <= shifts; c++)
                {
                    if (c < shifts && !pricer.Allowed[d, c])
                    {
                        continue;
                    }

                    if (secondsLeft() <= 1 || cancellationToken.IsCancellationRequested)
                    {
                        return "fixing: out of time";
                    }

                    candidates++;
                    for (var o = 0; o <= shifts; o++)
                    {
                        forced[d, o] = o == c ? duals[d, o] : 1e9;
                    }

                    (int[] Row, double Cost)? found;
                    try
                    {
                        found = pricer.Cheapest(forced, threshold, () => secondsLeft() <= 1 || cancellationToken.IsCancellationRequested);
                    }
                    catch (NotSupportedException)
                    {
                        found = ([], 0); // too large to decide: keep the choice
                    }

                    if (found is null && !pricer.Stopped)
                    {
                        excluded[e, d, c] = true;
                        fixedOut++;
                    }

                    for (var o = 0; o <= shifts; o++)
                    {
                        forced[d, o] = duals[d, o];
                    }
                }
            }
        }

        if (!reuse)
        {
            fixings = excluded;
            fixingFor = upper;
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"fixing: {fixedOut} of {candidates} choices fixed out (gap {gap:0.##}) in {clock.Elapsed.TotalSeconds:0.0}s"));
        }

        void Fix(RosterModel model, CpSatSink sink)
        {
            var variables = sink.Model.Model.Variables;
            for (var e = 0; e < problem.Employees.Count; e++)
            {
                for (var d = 0; d < days; d++)
                {
                    for (var c = 0; c <= shifts; c++)
                    {
                        if (!excluded[e, d, c])
                        {
                            continue;
                        }

                        // A fixed-out shift goes to 0; a fixed-out "off" means the employee works that day.
                        var v = c < shifts ? model.VariableOf(e, d, c) : model.WorkOf(e, d);
                        if (v == RosterModelBuilder.False)
                        {
                            if (c == shifts)
                            {
                                sink.AddBoolOr([]); // must work, but no shift is possible: nothing better exists
                            }

                            continue;
                        }

                        var domain = variables[v].Domain;
                        domain.Clear();
                        domain.Add(c < shifts ? 0 : 1);
                        domain.Add(c < shifts ? 0 : 1);
                    }
                }
            }
        }

        var (status, roster) = SmallModelSolve.Run(problem, start, Math.Max(0.1, secondsLeft()), random.Next(1000), cancellationToken, restrict: Fix);
        if (roster is not null)
        {
            var value = RosterEvaluator.Evaluate(problem, roster).Objective;
            incumbent.Offer(roster, value);
            if (status == CpSolverStatus.Optimal)
            {
                // Optimal over the fixed model: nothing better than min(incumbent, this) exists anywhere.
                incumbent.RaiseBound(Math.Min(value, upper));
            }

            return string.Create(CultureInfo.InvariantCulture, $"fixed model: {status} {value}; left {secondsLeft():0.0}s");
        }

        if (status == CpSolverStatus.Infeasible)
        {
            incumbent.RaiseBound(upper);
        }

        return string.Create(CultureInfo.InvariantCulture, $"fixed model: {status}; left {secondsLeft():0.0}s");
    }

    /// <summary>
    /// Solves the master LP warm; GLOP occasionally reports a warm-started re-solve as abnormal (seen on
    /// instance 11 after a few iterations), so a failed warm solve is retried from scratch.
    /// </summary>
    private static Solver.ResultStatus SolveLp(Solver lp)
    {
        var status = lp.Solve();
        if (status == Solver.ResultStatus.OPTIMAL)
        {
            return status;
        }

        lp.Reset();
        return lp.Solve();
    }

    private void FillDuals(Master master, int g, double[,] duals)
    {
        var cost = groups[g].StaticCost;
        for (var d = 0; d < problem.HorizonDays; d++)
        {
            for (var c = 0; c <= problem.Shifts.Count; c++)
            {
                duals[d, c] = cost[d, c] - master.SharedDual(d, c);
            }
        }
    }

    /// <summary>
    /// Depth-first dive with column generation at every node (one employee per class only): at each node the
    /// restricted LP is re-optimized with heuristic pricing until no open employee prices out (or a few
    /// rounds), then every employee whose LP weight sits on one row is fixed to it, and, if none is, the most
    /// decided eighth of the others (with a little randomness so dives differ); until everyone is fixed.
    /// Pricing inside the dive is what lets the rows adapt to the fixings (Sadykov et al. 2019, "Primal
    /// heuristics for branch and price: the assets of diving methods").
    /// </summary>
    private Roster? Dive(Master master, Solver lp, double[,] duals, Func<double> secondsLeft)
    {
        var fixedRow = new Column?[groups.Length];
        try
        {
            while (secondsLeft() > 0.1)
            {
                // Larger staffs: fewer pricing rounds per node and bigger steps, so a dive still ends in seconds (instance 12's 60 employees did not finish one in 17 s with 5 rounds and eighths).
                var rounds = groups.Length > 30 ? 2 : DiveNodeRounds;
                for (var round = 0; round < rounds && secondsLeft() > 0.1; round++)
                {
                    if (SolveLp(lp) != Solver.ResultStatus.OPTIMAL)
                    {
                        return null;
                    }

                    master.CacheDuals();
                    var added = 0;
                    for (var g = 0; g < groups.Length; g++)
                    {
                        if (fixedRow[g] is not null)
                        {
                            continue;
                        }

                        FillDuals(master, g, duals);
                        if (Price(g, duals, master.ConvexityDual(g) - Epsilon, () => secondsLeft() <= 0.1, perBucket: 1) is not null)
                        {
                            foreach (var (row, _) in groups[g].Pricer.Alternatives)
                            {
                                added += AddColumn(master, g, row) ? 1 : 0;
                            }
                        }
                    }

                    if (added == 0)
                    {
                        break;
                    }
                }

                if (SolveLp(lp) != Solver.ResultStatus.OPTIMAL)
                {
                    return null;
                }

                var dominant = master.DominantColumns(out var weights);
                var open = Enumerable.Range(0, groups.Length).Where(g => fixedRow[g] is null).ToList();
                if (open.Count == 0)
                {
                    break;
                }

                var fixedNow = 0;
                foreach (var g in open.Where(g => weights[g] > 0.99))
                {
                    fixedRow[g] = dominant[g];
                    master.Fix(groups[g].Columns, dominant[g]);
                    fixedNow++;
                }

                if (fixedNow == 0)
                {
                    var fractional = open.OrderByDescending(g => weights[g] + (random.NextDouble() * 0.05)).ToList();
                    foreach (var g in fractional.Take(Math.Max(1, fractional.Count / (groups.Length > 30 ? 4 : 8))))
                    {
                        fixedRow[g] = dominant[g];
                        master.Fix(groups[g].Columns, dominant[g]);
                    }
                }
            }

            if (fixedRow.Any(c => c is null))
            {
                return null;
            }

            var roster = new Roster(problem.Employees.Count, problem.HorizonDays);
            for (var g = 0; g < groups.Length; g++)
            {
                SetRow(roster, groups[g].Members[0], fixedRow[g]!.Row);
            }

            return roster;
        }
        finally
        {
            master.UnfixAll();
            SolveLp(lp);
            master.CacheDuals();
        }
    }

    private (int[] Row, double Cost)? Price(int g, double[,] cost, double threshold = double.PositiveInfinity, Func<bool>? stop = null, int perBucket = 0)
    {
        var group = groups[g];
        var found = group.Pricer.Cheapest(cost, threshold, stop, perBucket);
        if (found is null)
        {
            return null;
        }

        // Trust, but verify: a row breaking a rule would poison every roster built from it.
        var e = group.Members[0];
        var single = group.Single ??= SubProblem.Create(problem, new Roster(problem.Employees.Count, problem.HorizonDays), [e], 0, problem.HorizonDays, included: _ => false);
        foreach (var (row, _) in group.Pricer.Alternatives)
        {
            var check = new Roster(1, problem.HorizonDays);
            for (var d = 0; d < problem.HorizonDays; d++)
            {
                check[0, d] = row[d];
            }

            if (RosterEvaluator.HardRules.SelectMany(r => r.Check(single, check)).FirstOrDefault() is { } violation)
            {
                throw new InvalidOperationException("Pricing produced a row that breaks a rule: " + violation.Message);
            }
        }

        return found;
    }

    private bool AddColumn(Master master, int g, int[] row)
    {
        var group = groups[g];
        if (!group.Signatures.Add(string.Join(',', row)))
        {
            return false;
        }

        var cost = 0.0;
        for (var d = 0; d < row.Length; d++)
        {
            cost += group.StaticCost[d, row[d] < 0 ? problem.Shifts.Count : row[d]];
        }

        cost += Overtime(problem.Employees[group.Members[0]], row);
        var column = new Column(g, row, (long)Math.Round(cost, MidpointRounding.AwayFromZero));
        group.Columns.Add(column);
        master.Add(column);
        return true;
    }

    private long Overtime(Employee employee, int[] row)
    {
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
            AddColumn(master, groupOf[e], RowOf(roster, e));
        }
    }

    private int[] RowOf(Roster roster, int e)
    {
        var row = new int[problem.HorizonDays];
        for (var d = 0; d < row.Length; d++)
        {
            row[d] = roster[e, d];
        }

        return row;
    }

    /// <summary>
    /// The rows worth offering the integer programme: no row whose reduced cost exceeds the gap between the
    /// incumbent and the bound can be part of a better roster (reduced-cost fixing; with the LP value
    /// instead of a proved bound this is a heuristic filter), at most the <see cref="ColumnsPerClass"/> of lowest reduced cost per
    /// class, and always the incumbent's rows.
    /// </summary>
    private List<Column>[] ChooseColumns(Master master, Roster? current, long incumbentObjective)
    {
        var reference = double.IsNegativeInfinity(LowerBound) ? LastLp : Math.Max(LowerBound, LastLp);
        var gap = incumbentObjective == long.MaxValue ? double.PositiveInfinity : incumbentObjective - reference + 1e-6;
        var mine = new HashSet<string>[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            mine[g] = new HashSet<string>(StringComparer.Ordinal);
        }

        if (current is not null)
        {
            for (var e = 0; e < problem.Employees.Count; e++)
            {
                mine[groupOf[e]].Add(string.Join(',', RowOf(current, e)));
            }
        }

        // Once the gap is small, few rows per class have a reduced cost within it: offer all of them (up to a
        // cap), which makes the integer programme exact over the rows generated so far.
        var perClass = gap <= Math.Max(5, Math.Abs(reference) * 0.005) ? ColumnsPerClassSmallGap : ColumnsPerClass;
        var chosen = new List<Column>[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            var rows = groups[g].Columns
                .Select(c => (Column: c, Reduced: master.ReducedCost(c)))
                .Where(c => c.Reduced <= gap)
                .OrderBy(c => c.Reduced)
                .Take(perClass)
                .Select(c => c.Column)
                .ToList();
            rows.AddRange(groups[g].Columns.Where(c => mine[g].Contains(string.Join(',', c.Row)) && !rows.Contains(c)));
            chosen[g] = rows.Count > 0 ? rows : [.. groups[g].Columns];
        }

        return chosen;
    }

    /// <summary>Chooses how many of each class take each generated row, exactly, with CP-SAT: the best roster these rows allow.</summary>
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

        var chosen = ChooseColumns(master, current, currentObjective);
        var currentCounts = new Dictionary<string, int>[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            currentCounts[g] = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        if (current is not null)
        {
            for (var e = 0; e < problem.Employees.Count; e++)
            {
                var key = string.Join(',', RowOf(current, e));
                currentCounts[groupOf[e]][key] = currentCounts[groupOf[e]].GetValueOrDefault(key) + 1;
            }
        }

        var model = new CpModel();
        var proto = model.Model;
        var lambda = new List<int>[groups.Length];
        var objective = new CpObjectiveProto();
        var hint = new PartialVariableAssignment();
        var coverTerms = problem.DayCovers.Select(_ => new Dictionary<int, long>()).ToArray();
        var intervalTerms = problem.IntervalCovers.Select(_ => new Dictionary<int, long>()).ToArray();
        for (var g = 0; g < groups.Length; g++)
        {
            lambda[g] = [];
            var size = groups[g].Members.Length;
            var count = new LinearConstraintProto { Domain = { size, size } };
            foreach (var column in chosen[g])
            {
                var v = proto.Variables.Count;
                proto.Variables.Add(new IntegerVariableProto { Domain = { 0, size } });
                lambda[g].Add(v);
                count.Vars.Add(v);
                count.Coeffs.Add(1);
                if (column.Cost != 0)
                {
                    objective.Vars.Add(v);
                    objective.Coeffs.Add(column.Cost);
                }

                hint.Vars.Add(v);
                hint.Values.Add(currentCounts[g].GetValueOrDefault(string.Join(',', column.Row)));
                for (var d = 0; d < column.Row.Length; d++)
                {
                    if (column.Row[d] < 0)
                    {
                        continue;
                    }

                    foreach (var c in dayCoverRows[d, column.Row[d]])
                    {
                        coverTerms[c][v] = coverTerms[c].GetValueOrDefault(v) + 1;
                    }

                    foreach (var i in intervalRows[d, column.Row[d]])
                    {
                        intervalTerms[i][v] = intervalTerms[i].GetValueOrDefault(v) + 1;
                    }
                }
            }

            proto.Constraints.Add(new ConstraintProto { Linear = count });
        }

        var staff = problem.Employees.Count;
        for (var c = 0; c < coverTerms.Length; c++)
        {
            var cover = problem.DayCovers[c];
            AddCoverRow(proto, objective, coverTerms[c], staff, cover.Requirement, cover.UnderWeight, cover.OverWeight);
        }

        for (var i = 0; i < intervalTerms.Length; i++)
        {
            var cover = problem.IntervalCovers[i];
            AddCoverRow(proto, objective, intervalTerms[i], staff, cover.Requirement, cover.UnderWeight, cover.OverWeight);
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
        for (var g = 0; g < groups.Length; g++)
        {
            var next = 0;
            for (var k = 0; k < lambda[g].Count; k++)
            {
                for (var copy = 0; copy < solution[lambda[g][k]]; copy++)
                {
                    SetRow(roster, groups[g].Members[next++], chosen[g][k].Row);
                }
            }
        }

        var value = RosterEvaluator.Evaluate(problem, roster).Objective;
        incumbent.Offer(roster, value);
        return string.Create(CultureInfo.InvariantCulture, $"{status} {value} (bound {solver.BestObjectiveBound:0})");
    }

    private static void AddCoverRow(CpModelProto proto, CpObjectiveProto objective, Dictionary<int, long> terms, int staff, int requirement, int underWeight, int overWeight)
    {
        var under = underWeight > 0 && requirement > 0;
        var over = overWeight > 0 && staff > requirement;
        if (!under && !over)
        {
            return;
        }

        var linear = new LinearConstraintProto();
        foreach (var (variable, coefficient) in terms)
        {
            linear.Vars.Add(variable);
            linear.Coeffs.Add(coefficient);
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
            proto.Variables.Add(new IntegerVariableProto { Domain = { 0, staff } });
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

    private sealed record Column(int Group, int[] Row, long Cost);

    /// <summary>Interchangeable employees priced and counted together.</summary>
    private sealed class Group(int[] members, RowPricer pricer, int days, int shifts)
    {
        public int[] Members { get; } = members;

        public RowPricer Pricer { get; } = pricer;

        public double[,] StaticCost { get; } = new double[days, shifts + 1];

        public List<Column> Columns { get; } = [];

        public HashSet<string> Signatures { get; } = new(StringComparer.Ordinal);

        public RosterProblem? Single { get; set; }
    }

    /// <summary>The master LP: a convexity row per class (its head count), a row per cover with priced under/over slack.</summary>
    private sealed class Master
    {
        private readonly ColumnGenerationSearch search;
        private readonly Solver lp;
        private readonly Constraint[] convexity;
        private readonly Constraint?[] dayRows;
        private readonly Constraint?[] intervalRowsLp;
        private readonly Dictionary<Column, Variable> variables = [];
        private readonly List<(Variable Variable, double Upper)> fixedOut = [];
        private double[] convexityDuals = [];
        private double[,] shared = new double[0, 0];

        public Master(ColumnGenerationSearch search, Solver lp)
        {
            this.search = search;
            this.lp = lp;
            var problem = search.problem;
            lp.Objective().SetMinimization();
            convexity = search.groups.Select(g => lp.MakeConstraint(g.Members.Length, g.Members.Length, string.Empty)).ToArray();
            dayRows = problem.DayCovers.Select(c => Row(problem.Employees.Count, c.Requirement, c.UnderWeight, c.OverWeight)).ToArray();
            intervalRowsLp = problem.IntervalCovers.Select(c => Row(problem.Employees.Count, c.Requirement, c.UnderWeight, c.OverWeight)).ToArray();
        }

        public double ConvexityDual(int g) => convexityDuals[g];

        /// <summary>The column's value in the LP just solved.</summary>
        public double Value(Column column) => variables[column].SolutionValue();

        public double SharedDual(int d, int choice) => shared[d, choice];

        public void Add(Column column)
        {
            var variable = lp.MakeNumVar(0, search.groups[column.Group].Members.Length, string.Empty);
            variables[column] = variable;
            lp.Objective().SetCoefficient(variable, column.Cost);
            convexity[column.Group].SetCoefficient(variable, 1);
            var counts = new Dictionary<Constraint, double>();
            for (var d = 0; d < column.Row.Length; d++)
            {
                if (column.Row[d] < 0)
                {
                    continue;
                }

                foreach (var c in search.dayCoverRows[d, column.Row[d]])
                {
                    if (dayRows[c] is { } row)
                    {
                        counts[row] = counts.GetValueOrDefault(row) + 1;
                    }
                }

                foreach (var i in search.intervalRows[d, column.Row[d]])
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

        /// <summary>Reads the duals of the LP just solved, once per iteration: per class, and per (day, shift) summed over the covers it serves.</summary>
        public void CacheDuals()
        {
            convexityDuals = convexity.Select(c => c.DualValue()).ToArray();
            var dayDuals = dayRows.Select(r => r?.DualValue() ?? 0).ToArray();
            var intervalDuals = intervalRowsLp.Select(r => r?.DualValue() ?? 0).ToArray();
            var days = search.dayCoverRows.GetLength(0);
            var shifts = search.dayCoverRows.GetLength(1);
            shared = new double[days, shifts + 1];
            for (var d = 0; d < days; d++)
            {
                for (var s = 0; s < shifts; s++)
                {
                    var value = 0.0;
                    foreach (var c in search.dayCoverRows[d, s])
                    {
                        value += dayDuals[c];
                    }

                    foreach (var i in search.intervalRows[d, s])
                    {
                        value += intervalDuals[i];
                    }

                    shared[d, s] = value;
                }
            }
        }

        /// <summary>Reduced cost of a column under the cached duals.</summary>
        public double ReducedCost(Column column)
        {
            var value = column.Cost - convexityDuals[column.Group];
            for (var d = 0; d < column.Row.Length; d++)
            {
                if (column.Row[d] >= 0)
                {
                    value -= shared[d, column.Row[d]];
                }
            }

            return value;
        }

        /// <summary>Keeps only <paramref name="keep"/> among a class's rows (the others get an upper bound of 0).</summary>
        public void Fix(List<Column> rows, Column keep)
        {
            foreach (var column in rows)
            {
                if (!ReferenceEquals(column, keep))
                {
                    variables[column].SetUb(0);
                    fixedOut.Add((variables[column], search.groups[column.Group].Members.Length));
                }
            }
        }

        public void UnfixAll()
        {
            foreach (var (variable, upper) in fixedOut)
            {
                variable.SetUb(upper);
            }

            fixedOut.Clear();
        }

        /// <summary>Each class's column of largest LP weight, and that weight as a share of the class.</summary>
        public Column[] DominantColumns(out double[] weights)
        {
            var result = new Column[search.groups.Length];
            weights = new double[search.groups.Length];
            for (var g = 0; g < search.groups.Length; g++)
            {
                foreach (var column in search.groups[g].Columns)
                {
                    var value = variables[column].SolutionValue() / search.groups[g].Members.Length;
                    if (result[g] is null || value > weights[g])
                    {
                        result[g] = column;
                        weights[g] = value;
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// Per employee, the row the LP leans to: a class's members take its rows in order of LP weight,
        /// as many members per row as its whole part; the weight reported is how integral that is.
        /// </summary>
        public int[][] DominantRows(out double[] weights)
        {
            var problem = search.problem;
            var rows = new int[problem.Employees.Count][];
            weights = new double[problem.Employees.Count];
            foreach (var group in search.groups)
            {
                var next = 0;
                var ranked = group.Columns.Select(c => (Column: c, Value: variables[c].SolutionValue())).Where(c => c.Value > 1e-6).OrderByDescending(c => c.Value).ToList();
                foreach (var (column, value) in ranked)
                {
                    var whole = (int)Math.Floor(value + 1e-6);
                    for (var k = 0; k < whole && next < group.Members.Length; k++)
                    {
                        rows[group.Members[next]] = column.Row;
                        weights[group.Members[next++]] = 1;
                    }
                }

                while (next < group.Members.Length && ranked.Count > 0)
                {
                    rows[group.Members[next]] = ranked[0].Column.Row;
                    weights[group.Members[next++]] = ranked[0].Value - Math.Floor(ranked[0].Value);
                }
            }

            return rows;
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
