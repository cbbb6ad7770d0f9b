using BackOffice.Scheduling.Solving.Model;

namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// The part of a problem left when every row except <see cref="Rows"/> is fixed (and, inside those rows, every
/// day outside [<see cref="FromDay"/>, <see cref="ToDay"/>) too). Employees interact only through cover, so
/// the sub-problem is the free employees' own rules plus the cover still missing, or already exceeded,
/// after the fixed rows: its objective differs from the full one by a constant, and it is small enough for
/// CP-SAT to solve exactly in milliseconds.
/// </summary>
internal static class SubProblem
{
    /// <param name="rows">Employees whose rows are (partly) free.</param>
    /// <param name="included">Employees whose current rows count toward cover (the others count as off, e.g. not yet built).</param>
    public static RosterProblem Create(RosterProblem problem, Roster roster, IReadOnlyList<int> rows, int fromDay, int toDay, Func<int, bool>? included = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(rows);
        var free = new Dictionary<int, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            free[rows[i]] = i;
        }

        bool Counts(int e) => !free.ContainsKey(e) && (included?.Invoke(e) ?? true);

        var dayCovers = new List<DayShiftCover>(problem.DayCovers.Count);
        if (problem.DayCovers.Count > 0)
        {
            var fixedCount = new int[problem.HorizonDays, problem.Shifts.Count];
            for (var e = 0; e < roster.Employees; e++)
            {
                if (!Counts(e))
                {
                    continue;
                }

                for (var d = 0; d < roster.Days; d++)
                {
                    if (roster.Works(e, d))
                    {
                        fixedCount[d, roster[e, d]]++;
                    }
                }
            }

            foreach (var cover in problem.DayCovers)
            {
                dayCovers.Add(cover with { Requirement = Math.Max(0, cover.Requirement - fixedCount[cover.Day, cover.Shift]) });
            }
        }

        var intervalCovers = new List<IntervalCover>(problem.IntervalCovers.Count);
        if (problem.IntervalCovers.Count > 0)
        {
            var present = PresentCounts(problem, roster, Counts);
            for (var i = 0; i < problem.IntervalCovers.Count; i++)
            {
                var cover = problem.IntervalCovers[i];
                intervalCovers.Add(cover with { Requirement = Math.Max(0, cover.Requirement - present[i]) });
            }
        }

        var locks = new List<ReferenceAssignment>();
        foreach (var (e, index) in free)
        {
            for (var d = 0; d < problem.HorizonDays; d++)
            {
                if (d < fromDay || d >= toDay)
                {
                    locks.Add(new ReferenceAssignment(index, d, roster.Works(e, d) ? roster[e, d] : null, null));
                }
            }
        }

        foreach (var reference in problem.ReferenceAssignments)
        {
            if (free.TryGetValue(reference.Employee, out var index) && reference.Day >= fromDay && reference.Day < toDay)
            {
                locks.Add(reference with { Employee = index });
            }
        }

        return new RosterProblem(
            problem.Name,
            problem.HorizonDays,
            problem.Shifts,
            problem.ForbiddenNext,
            rows.Select(e => problem.Employees[e]).ToList(),
            problem.FirstDayOfWeek)
        {
            Requests = problem.Requests.Where(r => free.ContainsKey(r.Employee)).Select(r => r with { Employee = free[r.Employee] }).ToList(),
            DayCovers = dayCovers,
            IntervalCovers = intervalCovers,
            ReferenceAssignments = locks,
        };
    }

    /// <summary>One employee's own rules and wishes, without any cover: for building a first rule-abiding row.</summary>
    public static RosterProblem Alone(RosterProblem problem, int employee)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new RosterProblem(problem.Name, problem.HorizonDays, problem.Shifts, problem.ForbiddenNext, [problem.Employees[employee]], problem.FirstDayOfWeek)
        {
            ReferenceAssignments = problem.ReferenceAssignments.Where(r => r.Employee == employee && r.ChangeWeight is null).Select(r => r with { Employee = 0 }).ToList(),
        };
    }

    /// <summary>People present in each interval of <see cref="RosterProblem.IntervalCovers"/>, from the counted rows.</summary>
    public static int[] PresentCounts(RosterProblem problem, Roster roster, Func<int, bool> counts)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(counts);

        // Intervals are sorted by start in practice; index them by start minute for a direct lookup.
        var present = new int[problem.IntervalCovers.Count];
        var byStart = new Dictionary<(int Start, int Length), List<int>>();
        for (var i = 0; i < problem.IntervalCovers.Count; i++)
        {
            var key = (problem.IntervalCovers[i].StartMinute, problem.IntervalCovers[i].LengthMinutes);
            if (!byStart.TryGetValue(key, out var list))
            {
                byStart[key] = list = [];
            }

            list.Add(i);
        }

        var lengths = byStart.Keys.Select(k => k.Length).Distinct().ToArray();
        for (var e = 0; e < roster.Employees; e++)
        {
            if (!counts(e))
            {
                continue;
            }

            for (var d = 0; d < roster.Days; d++)
            {
                if (!roster.Works(e, d))
                {
                    continue;
                }

                var shift = problem.Shifts[roster[e, d]];
                var start = (d * 1440) + shift.StartMinute;
                foreach (var length in lengths)
                {
                    for (var t = start - (start % length); t < start + shift.SpanMinutes; t += length)
                    {
                        if (byStart.TryGetValue((t, length), out var intervals) && shift.Covers(d, t, length))
                        {
                            foreach (var i in intervals)
                            {
                                present[i]++;
                            }
                        }
                    }
                }
            }
        }

        return present;
    }
}
