using System.Globalization;
using BackOffice.Scheduling.Solving.ColumnGeneration;
using BackOffice.Scheduling.Solving.Evaluation;
using BackOffice.Scheduling.Solving.Model;
using Google.OrTools.Sat;

namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// Large-neighbourhood search over whole roster rows. Every row is kept except a few employees' (over the
/// whole horizon or a window of days); CP-SAT re-optimizes those exactly as a small <see cref="SubProblem"/>.
/// Employees are coupled only through (soft) cover, so freeing whole rows moves work between people without
/// fighting their sequence rules, which scattered-variable neighbourhoods rarely manage. The number of freed
/// rows adapts: it grows while neighbourhoods are solved to optimality without gain, and shrinks when they
/// time out. Also builds the first roster greedily, one employee at a time against the cover still missing.
/// </summary>
internal sealed class RowNeighbourhoodSearch(RosterProblem problem, int seed, LpGuide? guide = null)
{
    private const double SubSolveSeconds = 2.0;
    private readonly Random random = new(seed);

    public int Iterations { get; private set; }

    public int Improvements { get; private set; }

    /// <summary>Builds rows one employee at a time, each optimal against the cover the earlier rows left. Null if an employee's rules cannot be met.</summary>
    /// <param name="abandon">Polled between employees: true when someone else already has a roster and construction is not worth finishing.</param>
    public Roster? Construct(Func<double> secondsLeft, CancellationToken cancellationToken, Func<bool>? abandon = null)
    {
        var roster = new Roster(problem.Employees.Count, problem.HorizonDays);
        var built = new bool[problem.Employees.Count];
        foreach (var e in Enumerable.Range(0, problem.Employees.Count).OrderBy(_ => random.Next()))
        {
            if (secondsLeft() <= 0.1 || cancellationToken.IsCancellationRequested || abandon?.Invoke() == true)
            {
                return null;
            }

            // On long horizons the cover rows would dwarf one person's rules: build a rule-abiding row alone
            // (the LNS then improves cover window by window); on short ones, the row that best fills the cover left.
            var sub = problem.HorizonDays > 42
                ? SubProblem.Alone(problem, e)
                : SubProblem.Create(problem, roster, [e], 0, problem.HorizonDays, included: i => built[i]);
            // On long horizons any rule-abiding row will do for a start (the LNS improves it window by window).
            var solved = Solve(sub, null, Math.Min(secondsLeft(), 10), cancellationToken, out _, firstSolution: problem.HorizonDays > 42);
            if (solved is null)
            {
                return null;
            }

            CopyRow(solved, 0, roster, e, 0, problem.HorizonDays);
            built[e] = true;
        }

        return roster;
    }

    /// <summary>
    /// A first roster for very large problems: every employee's row on its own (hard rules only, first
    /// solution found), in parallel; employees share no hard rule, so the rows together are feasible.
    /// Returns the employee whose rules admit no row at all, if there is one.
    /// </summary>
    public static (Roster? Roster, int? Infeasible) ConstructIndependently(RosterProblem problem, int workers, Func<double> secondsLeft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(secondsLeft);
        var roster = new Roster(problem.Employees.Count, problem.HorizonDays);
        var failed = new int[problem.Employees.Count];
        Parallel.For(0, problem.Employees.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers), CancellationToken = cancellationToken }, (e, state) =>
        {
            if (secondsLeft() <= 0.1)
            {
                failed[e] = 2;
                state.Stop();
                return;
            }

            var alone = SubProblem.Alone(problem, e);
            if (GreedyRow.Build(alone, new Random(e)) is { } greedy)
            {
                for (var d = 0; d < problem.HorizonDays; d++)
                {
                    roster[e, d] = greedy[d];
                }

                return;
            }

            var sink = new CpSatSink();
            var model = RosterModelBuilder.Build(alone, sink);
            using var solver = new CpSolver();
            solver.StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{Math.Min(10, secondsLeft()):0.###} num_workers:1 stop_after_first_solution:true log_search_progress:false");
            var status = solver.Solve(sink.Model);
            if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                var solution = solver.Response!.Solution;
                var row = model.ToRoster(v => solution[v]);
                CopyRow(row, 0, roster, e, 0, problem.HorizonDays);
            }
            else
            {
                failed[e] = status == CpSolverStatus.Infeasible ? 1 : 2;
                state.Stop();
            }
        });

        var infeasible = Array.IndexOf(failed, 1);
        return infeasible >= 0 ? (null, infeasible) : failed.Contains(2) ? (null, null) : (roster, null);
    }

    /// <summary>Improves the incumbent until <paramref name="secondsLeft"/> reaches zero or the search is stopped.</summary>
    public void Run(Incumbent incumbent, Func<double> secondsLeft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incumbent);
        ArgumentNullException.ThrowIfNull(secondsLeft);
        var employees = problem.Employees.Count;
        var days = problem.HorizonDays;

        // Long horizons: free a window of days rather than whole rows, so each sub-problem stays small.
        var window = days <= 35 ? days : 28;
        double size = Math.Clamp(employees / 8.0, 2, 8);
        double daySpan = 4;
        while (secondsLeft() > 0.1 && !cancellationToken.IsCancellationRequested && !incumbent.Closed)
        {
            var (roster, objective) = incumbent.Snapshot();
            if (roster is null)
            {
                Thread.Sleep(20);
                continue;
            }

            Iterations++;
            var byDays = Iterations % 3 == 0;
            var (rows, from, to) = byDays
                ? ChooseDays(roster, (int)Math.Round(daySpan, MidpointRounding.AwayFromZero))
                : Choose(roster, (int)Math.Round(size, MidpointRounding.AwayFromZero), window);
            var sub = SubProblem.Create(problem, roster, rows, from, to);
            var current = new Roster(rows.Count, days);
            for (var i = 0; i < rows.Count; i++)
            {
                CopyRow(roster, rows[i], current, i, 0, days);
            }

            var before = RosterEvaluator.Evaluate(sub, current).Objective;
            var limit = Math.Min(SubSolveSeconds, secondsLeft());
            var solved = Solve(sub, current, limit, cancellationToken, out var provedOptimal);
            if (solved is null)
            {
                size = Math.Max(2, size * 0.8);
                continue;
            }

            var after = RosterEvaluator.Evaluate(sub, solved).Objective;
            if (after < before)
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    CopyRow(solved, i, roster, rows[i], from, to);
                }

                if (incumbent.Offer(roster, objective - (before - after)))
                {
                    Improvements++;
                }
            }

            // Adapt: neighbourhoods solved to optimality without gain are too small; timeouts mean too big.
            if (byDays)
            {
                daySpan = provedOptimal ? Math.Min(days, daySpan * (after < before ? 1.0 : 1.1)) : Math.Max(2, daySpan * 0.8);
            }
            else
            {
                size = provedOptimal ? Math.Min(employees, size * (after < before ? 1.0 : 1.05)) : Math.Max(2, size * 0.85);
            }
        }
    }

    private (List<int> Rows, int From, int To) Choose(Roster roster, int size, int window)
    {
        var employees = problem.Employees.Count;
        var days = problem.HorizonDays;
        var from = days == window ? 0 : random.Next(days - window + 1);
        var to = from + window;
        var rows = new HashSet<int>();
        if (Iterations % 3 == 1 && guide?.Snapshot() is ({ } lpRows, { } weights))
        {
            // RINS: the employees whose row the LP would change, or whose LP weight is split between rows.
            var disagree = Enumerable.Range(0, employees)
                .Where(e => lpRows[e] is not null && (weights[e] < 0.99 || Enumerable.Range(from, to - from).Any(d => lpRows[e][d] != roster[e, d])))
                .OrderBy(_ => random.Next());
            foreach (var e in disagree.Take(size))
            {
                rows.Add(e);
            }
        }
        else if (Iterations % 3 == 2 && (TryPickCoverDay(roster, from, to, out var day) || TryPickIntervalDay(roster, out day)))
        {
            // Employees who work that day, or are off and could take it: the people a cover repair involves.
            var candidates = Enumerable.Range(0, employees).OrderBy(_ => random.Next()).ToList();
            foreach (var e in candidates.Where(e => !problem.Employees[e].DaysOff.Contains(day)))
            {
                if (rows.Count >= size)
                {
                    break;
                }

                rows.Add(e);
            }
        }

        while (rows.Count < Math.Min(size, employees))
        {
            rows.Add(random.Next(employees));
        }

        return (rows.ToList(), from, to);
    }

    /// <summary>Everybody (up to 60 people) over a short span of days: repairs cover where many small moves are needed at once.</summary>
    private (List<int> Rows, int From, int To) ChooseDays(Roster roster, int span)
    {
        var employees = problem.Employees.Count;
        var days = problem.HorizonDays;
        span = Math.Clamp(span, 1, days);
        var from = random.Next(days - span + 1);
        if (TryPickCoverDay(roster, 0, days, out var day))
        {
            from = Math.Clamp(day - random.Next(span), 0, days - span);
        }

        var rows = Enumerable.Range(0, employees).OrderBy(_ => random.Next()).Take(60).ToList();
        return (rows, from, from + span);
    }

    /// <summary>The day of an interval that is short of people (interval cover).</summary>
    private bool TryPickIntervalDay(Roster roster, out int day)
    {
        day = 0;
        if (problem.IntervalCovers.Count == 0)
        {
            return false;
        }

        var present = SubProblem.PresentCounts(problem, roster, _ => true);
        var short_ = Enumerable.Range(0, present.Length).Where(i => present[i] < problem.IntervalCovers[i].Requirement).ToList();
        if (short_.Count == 0)
        {
            return false;
        }

        day = Math.Min(problem.HorizonDays - 1, problem.IntervalCovers[short_[random.Next(short_.Count)]].StartMinute / 1440);
        return true;
    }

    /// <summary>A day inside the window where some (day, shift) cover is short or exceeded.</summary>
    private bool TryPickCoverDay(Roster roster, int from, int to, out int day)
    {
        day = 0;
        if (problem.DayCovers.Count == 0)
        {
            return false;
        }

        var cover = problem.DayCovers[random.Next(problem.DayCovers.Count)];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (cover.Day >= from && cover.Day < to)
            {
                var assigned = 0;
                for (var e = 0; e < roster.Employees; e++)
                {
                    assigned += roster[e, cover.Day] == cover.Shift ? 1 : 0;
                }

                if (assigned != cover.Requirement)
                {
                    day = cover.Day;
                    return true;
                }
            }

            cover = problem.DayCovers[random.Next(problem.DayCovers.Count)];
        }

        return false;
    }

    private Roster? Solve(RosterProblem sub, Roster? hint, double seconds, CancellationToken cancellationToken, out bool provedOptimal, bool firstSolution = false)
    {
        var (status, roster) = SmallModelSolve.Run(sub, hint, seconds, random.Next(1000), cancellationToken, firstSolution);
        provedOptimal = status == CpSolverStatus.Optimal;
        return roster;
    }

    private static void CopyRow(Roster source, int sourceRow, Roster target, int targetRow, int from, int to)
    {
        for (var d = from; d < to; d++)
        {
            target[targetRow, d] = source[sourceRow, d];
        }
    }
}
