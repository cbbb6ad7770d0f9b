using System.Globalization;
using BackOffice.Scheduling.Solving.Model;

namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// Turns a <see cref="RosterProblem"/> into a 0-1 model: x[e,d,s] = employee e works shift s on day d.
/// The formulation (see docs/roster-engine.md) is chosen for a tight linear relaxation and a small model:
/// forbidden successions become one at-most-one per maximal biclique of the succession graph, run-length
/// minimums become one clause per forbidden short run, and cover is a count with under/over slack.
/// </summary>
internal sealed class RosterModelBuilder
{
    /// <summary>Marks "this literal is constant false" (no variable was created because the cell cannot be worked).</summary>
    public const int False = int.MinValue;

    private readonly RosterProblem problem;
    private readonly IModelSink sink;
    private readonly bool explain;
    private readonly int days;
    private readonly int shifts;
    private readonly int[] x;
    private readonly int[] work;
    private readonly Dictionary<int, long> objective = [];
    private readonly List<(int Variable, long Weight)> underCover = [];
    private readonly List<AssumptionGroup> groups = [];
    private long offset;

    private RosterModelBuilder(RosterProblem problem, IModelSink sink, bool explain)
    {
        this.problem = problem;
        this.sink = sink;
        this.explain = explain;
        days = problem.HorizonDays;
        shifts = problem.Shifts.Count;
        x = new int[problem.Employees.Count * days * shifts];
        work = new int[problem.Employees.Count * days];
    }

    /// <param name="explain">
    /// Create every cell's variable and put each employee's hard rule families behind an assumption literal,
    /// so an infeasible problem can be explained in terms of those rules.
    /// </param>
    public static RosterModel Build(RosterProblem problem, IModelSink sink, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(sink);
        var builder = new RosterModelBuilder(problem, sink, explain);
        builder.CreateAssignmentVariables();
        var bicliques = SuccessionBicliques(problem);
        for (var e = 0; e < problem.Employees.Count; e++)
        {
            builder.AddEmployeeRules(e, bicliques);
        }

        builder.AddRequests();
        builder.AddDayCovers();
        builder.AddIntervalCovers();
        builder.AddChanges();
        sink.SetObjective(builder.objective, builder.offset);
        return new RosterModel(problem, builder.x, builder.work, builder.objective, builder.offset, builder.underCover, builder.groups);
    }

    /// <summary>
    /// Covers the forbidden-succession graph (shift s today → shift t tomorrow) with bicliques: for each
    /// distinct successor set F, every shift whose own successor set contains F, paired with F. Each biclique
    /// is one at-most-one over "today's shifts ∪ tomorrow's shifts", valid because a person works at most one
    /// shift a day, and much tighter in the LP than one clause per pair.
    /// </summary>
    public static IReadOnlyList<(int[] Today, int[] Tomorrow)> SuccessionBicliques(RosterProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var result = new List<(int[], int[])>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < problem.Shifts.Count; s++)
        {
            var successors = problem.ForbiddenNext[s];
            if (successors.Count == 0)
            {
                continue;
            }

            var tomorrow = successors.Order().ToArray();
            if (!seen.Add(string.Join(',', tomorrow)))
            {
                continue;
            }

            var today = Enumerable.Range(0, problem.Shifts.Count).Where(p => problem.ForbiddenNext[p].IsSupersetOf(tomorrow)).ToArray();
            result.Add((today, tomorrow));
        }

        return result;
    }

    private int Index(int e, int d, int s) => (((e * days) + d) * shifts) + s;

    private void CreateAssignmentVariables()
    {
        var locked = new Dictionary<(int, int), int>();
        foreach (var reference in problem.ReferenceAssignments.Where(r => r.ChangeWeight is null))
        {
            locked[(reference.Employee, reference.Day)] = reference.Shift ?? Roster.Off;
        }

        for (var e = 0; e < problem.Employees.Count; e++)
        {
            var employee = problem.Employees[e];
            int? lockGroup = null;
            for (var d = 0; d < days; d++)
            {
                var hasLock = locked.TryGetValue((e, d), out var lockedShift);
                var cell = new List<int>(shifts);
                for (var s = 0; s < shifts; s++)
                {
                    var possible = explain ? employee.MaxShiftsPerType[s] > 0 : employee.MayWork(d, s) && (!hasLock || lockedShift == s);
                    var variable = possible ? sink.NewBool() : False;
                    x[Index(e, d, s)] = variable;
                    if (variable != False)
                    {
                        cell.Add(variable);
                    }
                }

                if (hasLock && lockedShift != Roster.Off)
                {
                    var lockedVariable = x[Index(e, d, lockedShift)];
                    if (explain)
                    {
                        lockGroup ??= Group(e, "locked", $"keeps the locked assignments of the published roster");
                        if (lockedVariable == False)
                        {
                            sink.AddBoolOr([], lockGroup);
                        }
                        else
                        {
                            sink.AddBoolOr([lockedVariable], lockGroup);
                        }
                    }
                    else if (lockedVariable == False)
                    {
                        // A locked shift the employee may not work: state the contradiction, don't hide it.
                        sink.AddBoolOr([]);
                    }
                    else
                    {
                        sink.AddLinear([lockedVariable], [1], 1, 1);
                    }
                }
                else if (hasLock && explain)
                {
                    lockGroup ??= Group(e, "locked", $"keeps the locked assignments of the published roster");
                    foreach (var v in cell)
                    {
                        sink.AddBoolOr([Literal.Not(v)], lockGroup);
                    }
                }

                work[(e * days) + d] = cell.Count switch
                {
                    0 => False,
                    1 => cell[0],
                    _ => LinkWork(cell),
                };
            }
        }
    }

    private int LinkWork(List<int> cell)
    {
        // work = Σ x: also states "at most one shift a day".
        var w = sink.NewBool();
        var vars = new int[cell.Count + 1];
        var coeffs = new long[cell.Count + 1];
        for (var i = 0; i < cell.Count; i++)
        {
            vars[i] = cell[i];
            coeffs[i] = 1;
        }

        vars[^1] = w;
        coeffs[^1] = -1;
        sink.AddLinear(vars, coeffs, 0, 0);
        return w;
    }

    private int Work(int e, int d) => work[(e * days) + d];

    private int X(int e, int d, int s) => x[Index(e, d, s)];

    private int Group(int e, string rule, string description)
    {
        var literal = sink.NewBool();
        groups.Add(new AssumptionGroup(literal, e, rule, description));
        return literal;
    }

    private int? Enforce(int e, string rule, string description) => explain ? Group(e, rule, description) : null;

    private void AddEmployeeRules(int e, IReadOnlyList<(int[] Today, int[] Tomorrow)> bicliques)
    {
        var employee = problem.Employees[e];
        var terms = new List<int>();
        var weights = new List<long>();

        if (explain)
        {
            var unavailable = new List<int>();
            for (var d = 0; d < days; d++)
            {
                for (var s = 0; s < shifts; s++)
                {
                    if (X(e, d, s) != False && !employee.MayWork(d, s))
                    {
                        unavailable.Add(X(e, d, s));
                    }
                }
            }

            if (unavailable.Count > 0)
            {
                var group = Group(e, "availability", DaysOffDescription(employee));
                foreach (var v in unavailable)
                {
                    sink.AddBoolOr([Literal.Not(v)], group);
                }
            }
        }

        // Forbidden successions.
        if (bicliques.Count > 0)
        {
            var group = Enforce(e, "forbidden-succession", "rests between shifts (forbidden successions)");
            for (var d = 0; d + 1 < days; d++)
            {
                foreach (var (today, tomorrow) in bicliques)
                {
                    terms.Clear();
                    terms.AddRange(today.Select(s => X(e, d, s)).Where(v => v != False));
                    var left = terms.Count;
                    terms.AddRange(tomorrow.Select(s => X(e, d + 1, s)).Where(v => v != False));
                    if (left > 0 && terms.Count > left)
                    {
                        sink.AddAtMostOne(terms.ToArray(), group);
                    }
                }
            }
        }

        // Max shifts per type.
        for (var s = 0; s < shifts; s++)
        {
            terms.Clear();
            for (var d = 0; d < days; d++)
            {
                if (X(e, d, s) != False)
                {
                    terms.Add(X(e, d, s));
                }
            }

            if (terms.Count > employee.MaxShiftsPerType[s])
            {
                var group = Enforce(e, "max-shifts-per-type", $"works at most {employee.MaxShiftsPerType[s]} {problem.Shifts[s].Id} shifts");
                sink.AddLinear(terms.ToArray(), Ones(terms.Count), 0, employee.MaxShiftsPerType[s], group);
            }
        }

        var workDays = Enumerable.Range(0, days).Where(d => Work(e, d) != False).Select(d => Work(e, d)).ToArray();
        if (workDays.Length > employee.MaxTotalShifts)
        {
            var group = Enforce(e, "max-total-shifts", $"works at most {employee.MaxTotalShifts} shifts");
            sink.AddLinear(workDays, Ones(workDays.Length), 0, employee.MaxTotalShifts, group);
        }

        AddMinuteLimits(e, employee, terms, weights);
        AddConsecutiveRules(e, employee);
        AddWeekendLimit(e, employee);
    }

    private void AddMinuteLimits(int e, Employee employee, List<int> terms, List<long> weights)
    {
        terms.Clear();
        weights.Clear();
        long possible = 0;
        for (var d = 0; d < days; d++)
        {
            long best = 0;
            for (var s = 0; s < shifts; s++)
            {
                if (X(e, d, s) != False)
                {
                    terms.Add(X(e, d, s));
                    weights.Add(problem.Shifts[s].PaidMinutes);
                    best = Math.Max(best, problem.Shifts[s].PaidMinutes);
                }
            }

            possible += best;
        }

        if (employee.MinTotalMinutes > 0)
        {
            var group = Enforce(e, "min-total-minutes", $"works at least {Minutes(employee.MinTotalMinutes)} minutes");
            sink.AddLinear(terms.ToArray(), weights.ToArray(), employee.MinTotalMinutes, long.MaxValue / 4, group);
        }

        if (employee.MaxTotalMinutes < possible)
        {
            var group = Enforce(e, "max-total-minutes", $"works at most {Minutes(employee.MaxTotalMinutes)} minutes");
            sink.AddLinear(terms.ToArray(), weights.ToArray(), 0, employee.MaxTotalMinutes, group);
        }

        var overtime = employee.OvertimeWeightPerMinute > 0 && employee.OvertimeThresholdMinutesPerWeek != int.MaxValue;
        if (employee.MaxMinutesPerWeek == int.MaxValue && !overtime && employee.MinMinutesPerWeek <= 0 && employee.MaxShiftsPerWeek == int.MaxValue)
        {
            return;
        }

        for (var week = 0; week < problem.WeekCount; week++)
        {
            terms.Clear();
            weights.Clear();
            long weekPossible = 0;
            for (var d = week * 7; d < Math.Min(days, (week + 1) * 7); d++)
            {
                long best = 0;
                for (var s = 0; s < shifts; s++)
                {
                    if (X(e, d, s) != False)
                    {
                        terms.Add(X(e, d, s));
                        weights.Add(problem.Shifts[s].PaidMinutes);
                        best = Math.Max(best, problem.Shifts[s].PaidMinutes);
                    }
                }

                weekPossible += best;
            }

            if (employee.MaxShiftsPerWeek != int.MaxValue)
            {
                var worked = Enumerable.Range(week * 7, Math.Min(days, (week + 1) * 7) - (week * 7)).Select(d => Work(e, d)).Where(w => w != False).ToArray();
                if (worked.Length > employee.MaxShiftsPerWeek)
                {
                    var group = Enforce(e, "weekly-max-shifts", $"works at most {employee.MaxShiftsPerWeek} days in week {week + 1}");
                    sink.AddLinear(worked, Ones(worked.Length), 0, employee.MaxShiftsPerWeek, group);
                }
            }

            if (employee.MinMinutesPerWeek > 0)
            {
                var group = Enforce(e, "weekly-min-minutes", $"works at least {Minutes(employee.MinMinutesPerWeek)} minutes in week {week + 1} (contract minimum)");
                sink.AddLinear(terms.ToArray(), weights.ToArray(), employee.MinMinutesPerWeek, long.MaxValue / 4, group);
            }

            if (employee.MaxMinutesPerWeek < weekPossible)
            {
                var group = Enforce(e, "weekly-max-minutes", $"works at most {Minutes(employee.MaxMinutesPerWeek)} minutes in week {week + 1} (contract maximum)");
                sink.AddLinear(terms.ToArray(), weights.ToArray(), 0, employee.MaxMinutesPerWeek, group);
                weekPossible = employee.MaxMinutesPerWeek;
            }

            if (overtime && weekPossible > employee.OvertimeThresholdMinutesPerWeek)
            {
                // Overtime ≥ minutes − threshold; minimizing its cost makes it exact.
                var ot = sink.NewInt(0, weekPossible - employee.OvertimeThresholdMinutesPerWeek);
                terms.Add(ot);
                weights.Add(-1);
                sink.AddLinear(terms.ToArray(), weights.ToArray(), long.MinValue / 4, employee.OvertimeThresholdMinutesPerWeek);
                AddObjective(ot, employee.OvertimeWeightPerMinute);
            }
        }
    }

    private void AddConsecutiveRules(int e, Employee employee)
    {
        var max = employee.MaxConsecutiveShifts;
        if (employee.WorkedDaysBeforeHorizon > 0 && max != int.MaxValue)
        {
            // The run carried in from before day 0: days 0…(max − carried) may not all be worked.
            var group = Enforce(e, "max-consecutive-shifts", $"works at most {max} days in a row, counting {employee.WorkedDaysBeforeHorizon} worked before the roster");
            var allowed = Math.Max(0, max - employee.WorkedDaysBeforeHorizon);
            var head = Enumerable.Range(0, Math.Min(days, allowed + 1)).Select(d => Work(e, d)).Where(w => w != False).ToArray();
            if (head.Length > allowed)
            {
                sink.AddLinear(head, Ones(head.Length), 0, allowed, group);
            }
        }

        if (max < days)
        {
            var group = Enforce(e, "max-consecutive-shifts", $"works at most {max} days in a row");
            var window = new List<int>(max + 1);
            for (var start = 0; start + max < days; start++)
            {
                window.Clear();
                for (var d = start; d <= start + max; d++)
                {
                    if (Work(e, d) != False)
                    {
                        window.Add(Work(e, d));
                    }
                }

                if (window.Count > max)
                {
                    sink.AddLinear(window.ToArray(), Ones(window.Count), 0, max, group);
                }
            }
        }

        AddMinimumRunClauses(e, employee.MinConsecutiveShifts, working: true,
            () => Enforce(e, "min-consecutive-shifts", $"works at least {employee.MinConsecutiveShifts} days in a row"));
        AddMinimumRunClauses(e, employee.MinConsecutiveDaysOff, working: false,
            () => Enforce(e, "min-consecutive-days-off", $"has at least {employee.MinConsecutiveDaysOff} days off in a row"));
    }

    /// <summary>
    /// A run (of work, or of days off) that starts on day d ≥ 1 must go on through day d + k for every
    /// k &lt; minimum that is inside the horizon; a run that reaches the last day is thereby exempt, and one
    /// that starts on day 0 is never constrained. One 3-literal clause per (d, k):
    /// "not a run start at d, or day d + k continues it". Its LP form, w[d+k] ≥ w[d] − w[d−1], is much
    /// tighter than the classic clause per forbidden short run, and there are fewer literals.
    /// </summary>
    private void AddMinimumRunClauses(int e, int minimum, bool working, Func<int?> groupFactory)
    {
        if (minimum <= 1)
        {
            return;
        }

        int? group = null;
        var clause = new List<int>(3);
        for (var first = 1; first < days; first++)
        {
            for (var k = 1; k < minimum && first + k < days; k++)
            {
                clause.Clear();
                var satisfied = false;

                // "In the run" is: works when working, is off otherwise.
                void Literal(int d, bool inRun)
                {
                    var w = Work(e, d);
                    var wanted = inRun == working; // the literal is "works on d"
                    if (w == False)
                    {
                        satisfied |= !wanted;
                    }
                    else
                    {
                        clause.Add(wanted ? w : CpSat.Literal.Not(w));
                    }
                }

                Literal(first - 1, inRun: true);  // the day before is in the same state: not a start
                Literal(first, inRun: false);     // or day `first` is not in the run state
                Literal(first + k, inRun: true);  // or the run continues to first + k
                if (!satisfied)
                {
                    group ??= groupFactory();
                    sink.AddBoolOr(clause.ToArray(), group);
                }
            }
        }
    }

    private void AddWeekendLimit(int e, Employee employee)
    {
        if (employee.MaxWeekends >= problem.Weekends.Count)
        {
            return;
        }

        var weekendLiterals = new List<int>();
        foreach (var weekend in problem.Weekends)
        {
            var worked = weekend.Select(d => Work(e, d)).Where(w => w != False).ToArray();
            if (worked.Length == 1)
            {
                weekendLiterals.Add(worked[0]);
            }
            else if (worked.Length > 1)
            {
                var any = sink.NewBool();
                foreach (var w in worked)
                {
                    sink.AddLinear([w, any], [1, -1], long.MinValue / 4, 0);
                }

                weekendLiterals.Add(any);
            }
        }

        if (weekendLiterals.Count > employee.MaxWeekends)
        {
            var group = Enforce(e, "max-weekends", $"works at most {employee.MaxWeekends} weekends");
            sink.AddLinear(weekendLiterals.ToArray(), Ones(weekendLiterals.Count), 0, employee.MaxWeekends, group);
        }
    }

    private void AddRequests()
    {
        foreach (var request in problem.Requests)
        {
            var literal = request.Shift is { } s ? X(request.Employee, request.Day, s) : Work(request.Employee, request.Day);
            if (request.On)
            {
                // Weight × (1 − literal).
                offset += request.Weight;
                if (literal != False)
                {
                    AddObjective(literal, -request.Weight);
                }
            }
            else if (literal != False)
            {
                AddObjective(literal, request.Weight);
            }
        }
    }

    private void AddDayCovers()
    {
        foreach (var cover in problem.DayCovers)
        {
            var assigned = new List<int>();
            for (var e = 0; e < problem.Employees.Count; e++)
            {
                if (X(e, cover.Day, cover.Shift) != False)
                {
                    assigned.Add(X(e, cover.Day, cover.Shift));
                }
            }

            AddCover([.. assigned], Ones(assigned.Count), assigned.Count, cover.Requirement, cover.UnderWeight, cover.OverWeight);
        }
    }

    private void AddIntervalCovers()
    {
        if (problem.IntervalCovers.Count == 0)
        {
            return;
        }

        // count[d,s] = people on shift s of day d, shared by every interval that shift covers.
        var counts = new Dictionary<(int Day, int Shift), (int Variable, int Max)>();
        (int Variable, int Max) Count(int d, int s)
        {
            if (counts.TryGetValue((d, s), out var existing))
            {
                return existing;
            }

            var members = new List<int>();
            for (var e = 0; e < problem.Employees.Count; e++)
            {
                if (X(e, d, s) != False)
                {
                    members.Add(X(e, d, s));
                }
            }

            var created = (False, 0);
            if (members.Count > 0)
            {
                var count = sink.NewInt(0, members.Count);
                members.Add(count);
                var coeffs = Ones(members.Count);
                coeffs[^1] = -1;
                sink.AddLinear(members.ToArray(), coeffs, 0, 0);
                created = (count, members.Count - 1);
            }

            counts[(d, s)] = created;
            return created;
        }

        var maxSpanDays = (problem.Shifts.Max(s => s.StartMinute + s.SpanMinutes) / 1440) + 1;
        foreach (var cover in problem.IntervalCovers)
        {
            var vars = new List<int>();
            var max = 0;
            var lastDay = Math.Min(days - 1, cover.StartMinute / 1440);
            for (var d = Math.Max(0, lastDay - maxSpanDays); d <= lastDay; d++)
            {
                for (var s = 0; s < shifts; s++)
                {
                    if (problem.Shifts[s].Covers(d, cover.StartMinute, cover.LengthMinutes))
                    {
                        var (variable, count) = Count(d, s);
                        if (variable != False)
                        {
                            vars.Add(variable);
                            max += count;
                        }
                    }
                }
            }

            AddCover([.. vars], Ones(vars.Count), max, cover.Requirement, cover.UnderWeight, cover.OverWeight);
        }
    }

    /// <summary>Σ terms + under − over = requirement, paying the weights; only the slack a weight prices is created.</summary>
    private void AddCover(int[] vars, long[] coeffs, int max, int requirement, int underWeight, int overWeight)
    {
        var under = underWeight > 0 && requirement > 0;
        var over = overWeight > 0 && max > requirement;
        if (!under && !over)
        {
            return;
        }

        var allVars = new List<int>(vars);
        var allCoeffs = new List<long>(coeffs);
        if (under)
        {
            var u = sink.NewInt(0, requirement);
            allVars.Add(u);
            allCoeffs.Add(1);
            AddObjective(u, underWeight);
            underCover.Add((u, underWeight));
        }

        if (over)
        {
            var o = sink.NewInt(0, max - Math.Max(0, requirement));
            allVars.Add(o);
            allCoeffs.Add(-1);
            AddObjective(o, overWeight);
        }

        var lower = under ? requirement : long.MinValue / 4;
        var upper = over ? requirement : long.MaxValue / 4;
        sink.AddLinear(allVars.ToArray(), allCoeffs.ToArray(), lower, upper);
    }

    private void AddChanges()
    {
        foreach (var reference in problem.ReferenceAssignments)
        {
            if (reference.ChangeWeight is not { } weight)
            {
                continue;
            }

            if (reference.Shift is { } s)
            {
                offset += weight;
                if (X(reference.Employee, reference.Day, s) != False)
                {
                    AddObjective(X(reference.Employee, reference.Day, s), -weight);
                }
            }
            else if (Work(reference.Employee, reference.Day) != False)
            {
                AddObjective(Work(reference.Employee, reference.Day), weight);
            }
        }
    }

    private void AddObjective(int variable, long coefficient)
    {
        objective[variable] = objective.GetValueOrDefault(variable) + coefficient;
    }

    private static long[] Ones(int count)
    {
        var ones = new long[count];
        Array.Fill(ones, 1L);
        return ones;
    }

    private static string Minutes(int minutes) => minutes.ToString("N0", CultureInfo.InvariantCulture);

    private string DaysOffDescription(Employee employee)
    {
        var off = employee.DaysOff.Order().ToList();
        var text = off.Count switch
        {
            0 => "keeps to their availability",
            1 => $"is off on day {off[0]}",
            _ => $"is off on {off.Count} days ({string.Join(", ", off.Take(10))}{(off.Count > 10 ? ", …" : string.Empty)})",
        };
        return employee.UnavailableShifts.Count > 0 && off.Count > 0 ? text + " and keeps to their availability" : text;
    }
}

/// <summary>One employee's hard rule family, enforced only under an assumption literal (explain mode).</summary>
internal sealed record AssumptionGroup(int Literal, int Employee, string Rule, string Description);

/// <summary>Where each roster decision lives in the built model.</summary>
internal sealed class RosterModel(
    RosterProblem problem,
    int[] assignment,
    int[] work,
    IReadOnlyDictionary<int, long> objective,
    long objectiveOffset,
    IReadOnlyList<(int Variable, long Weight)> underCover,
    IReadOnlyList<AssumptionGroup> groups)
{
    public RosterProblem Problem => problem;

    public IReadOnlyDictionary<int, long> Objective => objective;

    public long ObjectiveOffset => objectiveOffset;

    /// <summary>Under-cover slack variables and their weights: the first objective of a lexicographic solve.</summary>
    public IReadOnlyList<(int Variable, long Weight)> UnderCover => underCover;

    public IReadOnlyList<AssumptionGroup> Groups => groups;

    public int VariableOf(int e, int d, int s) => assignment[(((e * problem.HorizonDays) + d) * problem.Shifts.Count) + s];

    public int WorkOf(int e, int d) => work[(e * problem.HorizonDays) + d];

    /// <summary>Reads a roster from a full assignment of the model's variables.</summary>
    public Roster ToRoster(Func<int, long> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var roster = new Roster(problem.Employees.Count, problem.HorizonDays);
        for (var e = 0; e < problem.Employees.Count; e++)
        {
            for (var d = 0; d < problem.HorizonDays; d++)
            {
                for (var s = 0; s < problem.Shifts.Count; s++)
                {
                    var v = VariableOf(e, d, s);
                    if (v != RosterModelBuilder.False && value(v) == 1)
                    {
                        roster[e, d] = s;
                    }
                }
            }
        }

        return roster;
    }

    /// <summary>A hint for every assignment variable (and work literal) from a known roster.</summary>
    public List<(int Variable, long Value)> HintFrom(Roster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var hint = new List<(int, long)>();
        var hinted = new HashSet<int>();
        for (var e = 0; e < problem.Employees.Count; e++)
        {
            for (var d = 0; d < problem.HorizonDays; d++)
            {
                for (var s = 0; s < problem.Shifts.Count; s++)
                {
                    var v = VariableOf(e, d, s);
                    if (v != RosterModelBuilder.False && hinted.Add(v))
                    {
                        hint.Add((v, roster[e, d] == s ? 1 : 0));
                    }
                }

                var w = WorkOf(e, d);
                if (w != RosterModelBuilder.False && hinted.Add(w))
                {
                    hint.Add((w, roster.Works(e, d) ? 1 : 0));
                }
            }
        }

        return hint;
    }
}
