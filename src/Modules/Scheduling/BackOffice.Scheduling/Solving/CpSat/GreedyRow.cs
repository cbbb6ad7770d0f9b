using BackOffice.Scheduling.Solving.Evaluation;
using BackOffice.Scheduling.Solving.Model;

namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// A fast randomized builder of one rule-abiding row, for first rosters on very long horizons where even
/// a one-employee CP-SAT model takes about a second: blocks of work (at least the minimum run, the same
/// shift while allowed) and blocks of rest (at least the minimum days off), paced to land between the
/// minute limits. Every attempt is checked against the evaluator's rules; null after the attempts fail.
/// </summary>
internal static class GreedyRow
{
    public static int[]? Build(RosterProblem alone, Random random, int attempts = 40)
    {
        ArgumentNullException.ThrowIfNull(alone);
        ArgumentNullException.ThrowIfNull(random);
        var employee = alone.Employees[0];
        var days = alone.HorizonDays;
        var shifts = alone.Shifts.Count;
        var weekendOf = new int[days];
        Array.Fill(weekendOf, -1);
        for (var w = 0; w < alone.Weekends.Count; w++)
        {
            foreach (var d in alone.Weekends[w])
            {
                weekendOf[d] = w;
            }
        }

        var lengths = Enumerable.Range(0, shifts).Where(s => employee.MaxShiftsPerType[s] > 0).Select(s => alone.Shifts[s].PaidMinutes).DefaultIfEmpty(480);
        var average = lengths.Average();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var row = new int[days];
            Array.Fill(row, Roster.Off);
            var counts = new int[shifts];
            var minutes = 0;
            var worked = 0;
            var weekendsUsed = new HashSet<int>();
            var run = 0;
            var runFromStart = true;
            var offRun = 0;
            var offFromStart = true;
            var target = employee.MinTotalMinutes + ((Math.Min(employee.MaxTotalMinutes, days * 600) - employee.MinTotalMinutes) * random.NextDouble() * 0.5);
            var block = Math.Max(employee.MinConsecutiveShifts, Math.Min(employee.MaxConsecutiveShifts, 2 + random.Next(4)));
            for (var d = 0; d < days; d++)
            {
                int Choose()
                {
                    var last = d > 0 ? row[d - 1] : Roster.Off;
                    var options = Enumerable.Range(0, shifts)
                        .Where(s => employee.MayWork(d, s) && counts[s] < employee.MaxShiftsPerType[s]
                            && (last == Roster.Off || !alone.ForbiddenNext[last].Contains(s))
                            && minutes + alone.Shifts[s].PaidMinutes <= employee.MaxTotalMinutes)
                        .ToList();
                    if (options.Count == 0)
                    {
                        return Roster.Off;
                    }

                    return last != Roster.Off && options.Contains(last) && random.NextDouble() < 0.8 ? last : options[random.Next(options.Count)];
                }

                var weekendBlocked = weekendOf[d] >= 0 && !weekendsUsed.Contains(weekendOf[d]) && weekendsUsed.Count >= employee.MaxWeekends;
                var canWork = run < employee.MaxConsecutiveShifts && worked < employee.MaxTotalShifts && !weekendBlocked;
                bool wantWork;
                if (run > 0 && !runFromStart && run < employee.MinConsecutiveShifts)
                {
                    wantWork = true; // a run may not end short
                }
                else if (run == 0 && !offFromStart && offRun < employee.MinConsecutiveDaysOff)
                {
                    wantWork = false; // nor may a rest
                }
                else if (run > 0)
                {
                    wantWork = run < block && minutes < target;
                }
                else
                {
                    var daysLeft = days - d;
                    var pace = (target - minutes) / Math.Max(1.0, daysLeft * average);
                    wantWork = minutes < target && random.NextDouble() < Math.Clamp(pace * 1.6, 0.05, 1);
                }

                var shift = wantWork && canWork ? Choose() : Roster.Off;
                if (shift == Roster.Off)
                {
                    runFromStart = run > 0 && runFromStart;
                    offFromStart = run == 0 && (offFromStart || d == 0);
                    if (run > 0)
                    {
                        offRun = 0;
                        offFromStart = false;
                    }

                    run = 0;
                    offRun++;
                    continue;
                }

                if (run == 0)
                {
                    runFromStart = d == 0;
                    block = Math.Max(employee.MinConsecutiveShifts, Math.Min(employee.MaxConsecutiveShifts, 2 + random.Next(4)));
                }

                row[d] = shift;
                counts[shift]++;
                minutes += alone.Shifts[shift].PaidMinutes;
                worked++;
                run++;
                offRun = 0;
                offFromStart = false;
                if (weekendOf[d] >= 0)
                {
                    weekendsUsed.Add(weekendOf[d]);
                }
            }

            var check = new Roster(1, days);
            for (var d = 0; d < days; d++)
            {
                check[0, d] = row[d];
            }

            if (!RosterEvaluator.HardRules.Any(rule => rule.Check(alone, check).Any()))
            {
                return row;
            }
        }

        return null;
    }
}
