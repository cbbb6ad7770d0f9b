using BackOffice.Scheduling.Solving.Model;

namespace BackOffice.Scheduling.Solving.ColumnGeneration;

/// <summary>
/// Finds one employee's cheapest roster row under given per-(day, shift) costs, honouring every hard rule
/// of the model: a forward dynamic programme over days whose states carry what the rules need to know
/// (last shift class, length of the current run and whether it touches day 0, paid minutes, weekends
/// worked, counts of capped shift types, shifts, minutes this week). It is the pricing problem of the
/// column generation and knows nothing of the CP-SAT model; every row it returns is re-checked by the
/// evaluator's rules before use.
/// </summary>
internal sealed class RowPricer
{
    public const int Off = Roster.Off;

    private readonly RosterProblem problem;
    private readonly Employee employee;
    private readonly int days;
    private readonly int[] shiftClass;
    private readonly bool[,] classForbids;
    private readonly int[] cappedIndex;
    private readonly int[] cappedMax;
    private readonly int[] weekendOf;
    private readonly bool[] weekendFirstDay;
    private readonly int[] maxRemainingMinutes;
    private readonly int?[] locked;
    private readonly bool trackShifts;
    private readonly bool trackWeekends;
    private readonly bool trackWeek;
    private readonly bool trackWeekShifts;
    private readonly int minRun;
    private readonly int maxRun;
    private readonly int minOff;

    public RowPricer(RosterProblem problem, int employeeIndex)
    {
        ArgumentNullException.ThrowIfNull(problem);
        this.problem = problem;
        employee = problem.Employees[employeeIndex];
        days = problem.HorizonDays;
        var shifts = problem.Shifts.Count;

        // Shifts with the same forbidden successors behave alike as "yesterday's shift".
        shiftClass = new int[shifts];
        var classes = new List<IReadOnlySet<int>>();
        for (var s = 0; s < shifts; s++)
        {
            var index = classes.FindIndex(c => c.SetEquals(problem.ForbiddenNext[s]));
            if (index < 0)
            {
                classes.Add(problem.ForbiddenNext[s]);
                index = classes.Count - 1;
            }

            shiftClass[s] = index;
        }

        classForbids = new bool[classes.Count, shifts];
        for (var c = 0; c < classes.Count; c++)
        {
            foreach (var t in classes[c])
            {
                classForbids[c, t] = true;
            }
        }

        Allowed = new bool[days, shifts];
        var availableDays = new int[shifts];
        for (var d = 0; d < days; d++)
        {
            for (var s = 0; s < shifts; s++)
            {
                Allowed[d, s] = employee.MayWork(d, s);
                availableDays[s] += Allowed[d, s] ? 1 : 0;
            }
        }

        locked = new int?[days];
        foreach (var reference in problem.ReferenceAssignments)
        {
            if (reference.Employee == employeeIndex && reference.ChangeWeight is null)
            {
                locked[reference.Day] = reference.Shift ?? Off;
            }
        }

        cappedIndex = Enumerable.Repeat(-1, shifts).ToArray();
        var capped = new List<int>();
        for (var s = 0; s < shifts; s++)
        {
            if (employee.MaxShiftsPerType[s] > 0 && employee.MaxShiftsPerType[s] < availableDays[s])
            {
                cappedIndex[s] = capped.Count;
                capped.Add(employee.MaxShiftsPerType[s]);
            }
        }

        cappedMax = [.. capped];
        if (cappedMax.Length > 8 || cappedMax.Any(m => m > 255))
        {
            throw new NotSupportedException("More than 8 capped shift types, or a cap above 255: use the compact model.");
        }

        trackShifts = employee.MaxTotalShifts < days;
        trackWeekends = employee.MaxWeekends < problem.Weekends.Count;
        trackWeek = employee.MaxMinutesPerWeek != int.MaxValue
            || employee.MinMinutesPerWeek > 0
            || (employee.OvertimeWeightPerMinute > 0 && employee.OvertimeThresholdMinutesPerWeek != int.MaxValue);
        trackWeekShifts = employee.MaxShiftsPerWeek < Math.Min(7, days);
        if (classes.Count > 500)
        {
            throw new NotSupportedException("More than 500 shift classes do not fit the label key: use the compact model.");
        }

        weekendOf = Enumerable.Repeat(-1, days).ToArray();
        weekendFirstDay = new bool[days];
        for (var w = 0; w < problem.Weekends.Count; w++)
        {
            foreach (var d in problem.Weekends[w])
            {
                weekendOf[d] = w;
            }

            weekendFirstDay[problem.Weekends[w][0]] = true;
        }

        maxRemainingMinutes = new int[days + 1];
        for (var d = days - 1; d >= 0; d--)
        {
            var best = 0;
            for (var s = 0; s < shifts; s++)
            {
                if (Allowed[d, s] && (locked[d] is null || locked[d] == s))
                {
                    best = Math.Max(best, problem.Shifts[s].PaidMinutes);
                }
            }

            maxRemainingMinutes[d] = maxRemainingMinutes[d + 1] + best;
        }

        minRun = employee.MinConsecutiveShifts;
        maxRun = Math.Min(employee.MaxConsecutiveShifts, days);
        minOff = employee.MinConsecutiveDaysOff;
    }

    /// <summary>[day, shift]: the employee may be given that shift at all.</summary>
    public bool[,] Allowed { get; }

    /// <summary>Labels created by the last call: a measure of the pricing effort.</summary>
    public int LastLabelCount { get; private set; }

    /// <summary>
    /// The cheapest row under <paramref name="cost"/>[day, choice] (choice = shift index, or the shift count
    /// for "off"), plus the weekly overtime the row incurs; null when no row meets the rules.
    /// </summary>
    /// <param name="threshold">Only rows cheaper than this are wanted: a label that cannot end below it is dropped.</param>
    /// <param name="stop">Polled once a day; when it returns true the search gives up and returns null.</param>
    /// <param name="perBucket">
    /// 0 for the exact search. A positive value keeps at most that many labels per state (the cheapest):
    /// a heuristic that still returns only rule-abiding rows, used first because it is much faster.
    /// </param>
    public (int[] Row, double Cost)? Cheapest(double[,] cost, double threshold = double.PositiveInfinity, Func<bool>? stop = null, int perBucket = 0, int labelLimit = 4_000_000)
    {
        ArgumentNullException.ThrowIfNull(cost);
        Stopped = false;
        var shifts = problem.Shifts.Count;
        var remaining = RemainingLowerBounds(cost);
        var labels = new LabelStore();
        var current = new Dictionary<long, int>();
        var next = new Dictionary<long, int>();

        // A virtual "day −1": nothing worked, no run yet.
        var start = new State(Last: -2, Run: 0, Exempt: true, Minutes: 0, Weekends: 0, Shifts: 0, WeekMinutes: 0, Counts: 0, WeekShifts: 0);
        current[start.Key] = labels.Add(new Label(start, 0, -1, Off));

        for (var d = 0; d < days; d++)
        {
            if (stop?.Invoke() == true)
            {
                Stopped = true;
                return null;
            }

            next.Clear();
            var weekStart = d % 7 == 0;
            var weekEnd = d % 7 == 6 || d == days - 1;
            foreach (var head in current.Values)
            {
                for (var index = head; index >= 0; index = labels.NextInBucket(index))
                {
                    if (labels.IsDead(index))
                    {
                        continue;
                    }

                    var state = labels[index].State;
                    var baseCost = labels[index].Cost;
                    for (var choice = -1; choice < shifts; choice++)
                    {
                        if (locked[d] is { } fixedChoice && fixedChoice != choice)
                        {
                            continue;
                        }

                        if (choice >= 0 && (!Allowed[d, choice] || (state.Last >= 0 && classForbids[state.Last, choice])))
                        {
                            continue;
                        }

                        if (!TryAdvance(state, d, choice, weekStart, out var successor, out var extraCost))
                        {
                            continue;
                        }

                        if (weekEnd && successor.WeekMinutes < employee.MinMinutesPerWeek)
                        {
                            continue;
                        }

                        if (weekEnd && trackWeek && employee.OvertimeWeightPerMinute > 0 && employee.OvertimeThresholdMinutesPerWeek != int.MaxValue)
                        {
                            extraCost += (double)Math.Max(0, successor.WeekMinutes - employee.OvertimeThresholdMinutesPerWeek) * employee.OvertimeWeightPerMinute;
                        }

                        var total = baseCost + cost[d, choice < 0 ? shifts : choice] + extraCost;
                        if (total + remaining.Bound(d + 1, successor.Last + 1, successor.Minutes) >= threshold)
                        {
                            continue;
                        }

                        Insert(labels, next, new Label(successor, total, index, (short)choice), perBucket);
                        if (labels.Count > labelLimit)
                        {
                            throw new NotSupportedException("The pricing problem is too large for the dynamic programme.");
                        }
                    }
                }
            }

            (current, next) = (next, current);
        }

        LastLabelCount = labels.Count;
        var ends = new List<int>();
        foreach (var head in current.Values)
        {
            for (var index = head; index >= 0; index = labels.NextInBucket(index))
            {
                if (!labels.IsDead(index) && labels[index].State.Minutes >= employee.MinTotalMinutes && labels[index].Cost < threshold)
                {
                    ends.Add(index);
                }
            }
        }

        Alternatives.Clear();
        foreach (var end in ends.OrderBy(i => labels[i].Cost).Take(MaxAlternatives))
        {
            var path = new int[days];
            var at = end;
            for (var d = days - 1; d >= 0; d--)
            {
                path[d] = labels[at].Choice;
                at = labels[at].Parent;
            }

            Alternatives.Add((path, labels[end].Cost));
        }

        return Alternatives.Count == 0 ? null : Alternatives[0];
    }

    /// <summary>How many of the cheapest rows (ending in different states) the last call keeps in <see cref="Alternatives"/>.</summary>
    public int MaxAlternatives { get; set; } = 1;

    /// <summary>The cheapest rows found by the last call, best first, all below its threshold.</summary>
    public List<(int[] Row, double Cost)> Alternatives { get; } = [];

    /// <summary>True when the last call gave up because <c>stop</c> said so (its answer is then no proof of anything).</summary>
    public bool Stopped { get; private set; }

    /// <summary>
    /// Lower bounds on the cost of days d…end given yesterday's class and the minutes worked so far: the
    /// cheapest way to work exactly n more shifts under the succession rules alone, minimized over the n
    /// the minute limits still allow. Valid for every label, since the other rules only remove options and
    /// overtime only adds cost; it prunes labels that cannot reach the threshold.
    /// </summary>
    private RemainingBound RemainingLowerBounds(double[,] cost)
    {
        var shifts = problem.Shifts.Count;
        var classes = classForbids.GetLength(0);
        var exact = new double[days + 1, classes + 1, days + 1];
        for (var c = 0; c <= classes; c++)
        {
            for (var n = 0; n <= days; n++)
            {
                exact[days, c, n] = n == 0 ? 0 : double.PositiveInfinity;
            }
        }

        for (var d = days - 1; d >= 0; d--)
        {
            for (var last = -1; last < classes; last++)
            {
                for (var n = 0; n <= days - d; n++)
                {
                    var best = double.PositiveInfinity;
                    for (var choice = -1; choice < shifts; choice++)
                    {
                        if ((locked[d] is { } fixedChoice && fixedChoice != choice)
                            || (choice >= 0 && (!Allowed[d, choice] || (last >= 0 && classForbids[last, choice])))
                            || (choice >= 0 && n == 0))
                        {
                            continue;
                        }

                        var after = choice < 0 ? 0 : shiftClass[choice] + 1;
                        best = Math.Min(best, cost[d, choice < 0 ? shifts : choice] + exact[d + 1, after, choice < 0 ? n : n - 1]);
                    }

                    exact[d, last + 1, n] = best;
                }

                for (var n = days - d + 1; n <= days; n++)
                {
                    exact[d, last + 1, n] = double.PositiveInfinity;
                }
            }
        }

        var lengths = Enumerable.Range(0, shifts).Where(s => employee.MaxShiftsPerType[s] > 0).Select(s => problem.Shifts[s].PaidMinutes).DefaultIfEmpty(1).ToArray();
        return new RemainingBound(exact, days, employee.MinTotalMinutes, employee.MaxTotalMinutes, Math.Max(1, lengths.Min()), Math.Max(1, lengths.Max()));
    }

    /// <summary>Keeps a label unless another with the same key is at least as cheap with no more weekends or capped shifts used; drops the labels it beats.</summary>
    private static void Insert(LabelStore labels, Dictionary<long, int> buckets, Label label, int perBucket)
    {
        var key = label.State.Key;
        if (!buckets.TryGetValue(key, out var head))
        {
            buckets[key] = labels.Add(label);
            return;
        }

        if (perBucket > 0)
        {
            var live = 0;
            var worst = -1;
            for (var other = head; other >= 0; other = labels.NextInBucket(other))
            {
                if (!labels.IsDead(other))
                {
                    live++;
                    worst = worst < 0 || labels[other].Cost > labels[worst].Cost ? other : worst;
                }
            }

            if (live >= perBucket)
            {
                if (labels[worst].Cost <= label.Cost)
                {
                    return;
                }

                labels.Kill(worst);
            }
        }

        for (var other = head; other >= 0; other = labels.NextInBucket(other))
        {
            if (!labels.IsDead(other) && Dominates(labels[other], label))
            {
                return;
            }
        }

        for (var other = head; other >= 0; other = labels.NextInBucket(other))
        {
            if (!labels.IsDead(other) && Dominates(label, labels[other]))
            {
                labels.Kill(other);
            }
        }

        var added = labels.Add(label);
        labels.Link(added, head);
        buckets[key] = added;
    }

    private static bool Dominates(in Label a, in Label b)
    {
        if (a.Cost > b.Cost + 1e-9 || a.State.Weekends > b.State.Weekends)
        {
            return false;
        }

        if (a.State.Counts == b.State.Counts)
        {
            return true;
        }

        for (var shift = 0; shift < 64; shift += 8)
        {
            if (((a.State.Counts >> shift) & 0xFF) > ((b.State.Counts >> shift) & 0xFF))
            {
                return false;
            }
        }

        return true;
    }

    private bool TryAdvance(State state, int d, int choice, bool weekStart, out State successor, out double extraCost)
    {
        extraCost = 0;
        successor = state;
        var weekMinutes = weekStart ? 0 : state.WeekMinutes;
        var weekShifts = weekStart ? 0 : state.WeekShifts;
        if (choice < 0)
        {
            if (state.Last >= 0)
            {
                // A work run ends yesterday, strictly inside the horizon: it must be long enough unless it touches day 0.
                if (!state.Exempt && state.Run < minRun)
                {
                    return false;
                }

                successor = state with { Last = -1, Run = 1, Exempt = false, WeekMinutes = weekMinutes, WeekShifts = (byte)weekShifts };
            }
            else
            {
                successor = state with { Last = -1, Run = (byte)Math.Min(state.Run + 1, minOff), Exempt = state.Last == -2 || state.Exempt, WeekMinutes = weekMinutes, WeekShifts = (byte)weekShifts };
            }

            if (successor.Run >= minOff)
            {
                successor = successor with { Exempt = false };
            }

            return true;
        }

        var shift = problem.Shifts[choice];
        int run;
        bool exempt;
        if (state.Last >= 0)
        {
            run = state.Run + 1;
            if (run > maxRun)
            {
                return false;
            }

            exempt = state.Exempt;
        }
        else
        {
            if (state.Last == -1 && !state.Exempt && state.Run < minOff)
            {
                return false;
            }

            // A run starting on day 0 continues the days worked just before the horizon.
            run = state.Last == -2 ? 1 + employee.WorkedDaysBeforeHorizon : 1;
            if (run > maxRun)
            {
                return false;
            }

            exempt = state.Last == -2;
        }

        if (run >= minRun)
        {
            exempt = false;
        }

        var minutes = state.Minutes + shift.PaidMinutes;
        if (minutes > employee.MaxTotalMinutes || minutes + maxRemainingMinutes[d + 1] < employee.MinTotalMinutes)
        {
            return false;
        }

        var shiftsWorked = state.Shifts;
        if (trackShifts && ++shiftsWorked > employee.MaxTotalShifts)
        {
            return false;
        }

        var weekends = state.Weekends;
        if (trackWeekends && weekendOf[d] >= 0 && (weekendFirstDay[d] || state.Last < 0) && ++weekends > employee.MaxWeekends)
        {
            return false;
        }

        var counts = state.Counts;
        var capped = cappedIndex[choice];
        if (capped >= 0)
        {
            var count = (int)((counts >> (capped * 8)) & 0xFF) + 1;
            if (count > cappedMax[capped])
            {
                return false;
            }

            counts = (counts & ~(0xFFL << (capped * 8))) | ((long)count << (capped * 8));
        }

        if (trackWeek && weekMinutes + shift.PaidMinutes > employee.MaxMinutesPerWeek)
        {
            return false;
        }

        if (trackWeekShifts && ++weekShifts > employee.MaxShiftsPerWeek)
        {
            return false;
        }

        successor = new State(
            (short)shiftClass[choice],
            (byte)Math.Min(run, 255),
            exempt,
            minutes,
            (byte)weekends,
            (short)shiftsWorked,
            trackWeek ? weekMinutes + shift.PaidMinutes : 0,
            counts,
            trackWeekShifts ? (byte)weekShifts : (byte)0);
        return true;
    }

    /// <param name="Last">-2 before day 0, -1 off, else yesterday's shift class.</param>
    private readonly record struct State(short Last, byte Run, bool Exempt, int Minutes, byte Weekends, short Shifts, int WeekMinutes, long Counts, byte WeekShifts)
    {
        /// <summary>
        /// What must match exactly for one label to dominate another (weekends and capped counts are compared
        /// instead), packed in 64 bits: minutes 20, week minutes 14, shifts 9, run 8, week shifts 3 and last
        /// 9 (fewer than 510 shift classes, checked), exempt 1.
        /// </summary>
        public long Key =>
            (long)(uint)Minutes | ((long)WeekMinutes << 20) | ((long)Shifts << 34) | ((long)Run << 43) | ((long)WeekShifts << 51) | ((long)(Last + 2) << 54) | (Exempt ? 1L << 63 : 0);
    }

    private readonly record struct Label(State State, double Cost, int Parent, short Choice);

    /// <summary>Labels in one growable array; each bucket is a linked list through <see cref="NextInBucket"/>.</summary>
    private sealed class LabelStore
    {
        private Label[] items = new Label[1024];
        private int[] nextInBucket = new int[1024];
        private bool[] dead = new bool[1024];

        public int Count { get; private set; }

        public ref readonly Label this[int index] => ref items[index];

        public int Add(Label label)
        {
            if (Count == items.Length)
            {
                Array.Resize(ref items, Count * 2);
                Array.Resize(ref nextInBucket, Count * 2);
                Array.Resize(ref dead, Count * 2);
            }

            items[Count] = label;
            nextInBucket[Count] = -1;
            dead[Count] = false;
            return Count++;
        }

        public int NextInBucket(int index) => nextInBucket[index];

        public void Link(int index, int next) => nextInBucket[index] = next;

        public bool IsDead(int index) => dead[index];

        public void Kill(int index) => dead[index] = true;
    }

    /// <summary>See <see cref="RemainingLowerBounds"/>.</summary>
    private sealed class RemainingBound(double[,,] exact, int days, int minMinutes, int maxMinutes, int shortest, int longest)
    {
        public double Bound(int day, int lastIndex, int minutes)
        {
            var left = days - day;
            var need = Math.Max(0, (minMinutes - minutes + longest - 1) / longest);
            var allow = maxMinutes == int.MaxValue ? left : Math.Min(left, Math.Max(0, (maxMinutes - minutes) / shortest));
            var best = double.PositiveInfinity;
            for (var n = need; n <= allow; n++)
            {
                best = Math.Min(best, exact[day, lastIndex, n]);
            }

            return best;
        }
    }
}
