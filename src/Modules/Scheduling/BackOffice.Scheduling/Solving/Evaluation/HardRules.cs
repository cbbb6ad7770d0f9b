using System.Globalization;
using BackOffice.Scheduling.Solving.Model;

namespace BackOffice.Scheduling.Solving.Evaluation;

/// <summary>Days off (approved time off, benchmark days off) and single shifts outside an employee's availability.</summary>
internal sealed class AvailabilityRule : IHardRosterRule
{
    public string Name => "availability";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        foreach (var (e, d, s) in roster.Assignments())
        {
            var employee = problem.Employees[e];
            if (employee.DaysOff.Contains(d))
            {
                yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {problem.Shifts[s].Id} on day {d}, a day they may not work.");
            }
            else if (employee.UnavailableShifts.Contains((d, s)))
            {
                yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {problem.Shifts[s].Id} on day {d}, outside their availability.");
            }
        }
    }
}

/// <summary>Shift pairs that may not follow each other on consecutive days (this is how minimum rest is stated).</summary>
internal sealed class ForbiddenSuccessionRule : IHardRosterRule
{
    public string Name => "forbidden-succession";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            for (var d = 0; d + 1 < roster.Days; d++)
            {
                var today = roster[e, d];
                var tomorrow = roster[e, d + 1];
                if (today != Roster.Off && tomorrow != Roster.Off && problem.ForbiddenNext[today].Contains(tomorrow))
                {
                    var id = problem.Employees[e].Id;
                    yield return new Violation(Name, id, $"Employee {id} works {problem.Shifts[today].Id} on day {d} and then {problem.Shifts[tomorrow].Id} on day {d + 1}, which may not follow it.");
                }
            }
        }
    }
}

internal sealed class MaxShiftsPerTypeRule : IHardRosterRule
{
    public string Name => "max-shifts-per-type";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var counts = new int[problem.Shifts.Count];
            for (var d = 0; d < roster.Days; d++)
            {
                if (roster.Works(e, d))
                {
                    counts[roster[e, d]]++;
                }
            }

            var employee = problem.Employees[e];
            for (var s = 0; s < counts.Length; s++)
            {
                if (counts[s] > employee.MaxShiftsPerType[s])
                {
                    yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {counts[s]} {problem.Shifts[s].Id} shifts (max {employee.MaxShiftsPerType[s]}).");
                }
            }
        }
    }
}

internal sealed class MaxTotalShiftsRule : IHardRosterRule
{
    public string Name => "max-total-shifts";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            var count = Enumerable.Range(0, roster.Days).Count(d => roster.Works(e, d));
            if (count > employee.MaxTotalShifts)
            {
                yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {count} shifts (max {employee.MaxTotalShifts}).");
            }
        }
    }
}

/// <summary>Min and max paid minutes over the whole horizon.</summary>
internal sealed class TotalMinutesRule : IHardRosterRule
{
    public string Name => "total-minutes";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            var minutes = 0L;
            for (var d = 0; d < roster.Days; d++)
            {
                if (roster.Works(e, d))
                {
                    minutes += problem.Shifts[roster[e, d]].PaidMinutes;
                }
            }

            if (minutes < employee.MinTotalMinutes)
            {
                yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {Format(minutes)} minutes, below the minimum of {Format(employee.MinTotalMinutes)}.");
            }
            else if (minutes > employee.MaxTotalMinutes)
            {
                yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {Format(minutes)} minutes, above the maximum of {Format(employee.MaxTotalMinutes)}.");
            }
        }
    }

    private static string Format(long minutes) => minutes.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>A contract's hard maximum of paid minutes in each 7-day week counted from day 0.</summary>
internal sealed class WeeklyMaxMinutesRule : IHardRosterRule
{
    public string Name => "weekly-max-minutes";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            if (employee.MaxMinutesPerWeek == int.MaxValue)
            {
                continue;
            }

            for (var week = 0; week * 7 < roster.Days; week++)
            {
                var minutes = 0;
                for (var d = week * 7; d < Math.Min(roster.Days, (week + 1) * 7); d++)
                {
                    minutes += roster.Works(e, d) ? problem.Shifts[roster[e, d]].PaidMinutes : 0;
                }

                if (minutes > employee.MaxMinutesPerWeek)
                {
                    yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {minutes} minutes in week {week + 1}, above the contract maximum of {employee.MaxMinutesPerWeek}.");
                }
            }
        }
    }
}

/// <summary>A contract's hard minimum of paid minutes in each 7-day week counted from day 0.</summary>
internal sealed class WeeklyMinMinutesRule : IHardRosterRule
{
    public string Name => "weekly-min-minutes";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            for (var week = 0; employee.MinMinutesPerWeek > 0 && week * 7 < roster.Days; week++)
            {
                var minutes = 0;
                for (var d = week * 7; d < Math.Min(roster.Days, (week + 1) * 7); d++)
                {
                    minutes += roster.Works(e, d) ? problem.Shifts[roster[e, d]].PaidMinutes : 0;
                }

                if (minutes < employee.MinMinutesPerWeek)
                {
                    yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {minutes} minutes in week {week + 1}, below the contract minimum of {employee.MinMinutesPerWeek}.");
                }
            }
        }
    }
}

/// <summary>A contract's "days per week": shifts in each 7-day week counted from day 0.</summary>
internal sealed class WeeklyMaxShiftsRule : IHardRosterRule
{
    public string Name => "weekly-max-shifts";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            for (var week = 0; employee.MaxShiftsPerWeek != int.MaxValue && week * 7 < roster.Days; week++)
            {
                var worked = 0;
                for (var d = week * 7; d < Math.Min(roster.Days, (week + 1) * 7); d++)
                {
                    worked += roster.Works(e, d) ? 1 : 0;
                }

                if (worked > employee.MaxShiftsPerWeek)
                {
                    yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {worked} days in week {week + 1} (max {employee.MaxShiftsPerWeek}).");
                }
            }
        }
    }
}

/// <summary>Max days in a row; a run that starts on day 0 also counts the days worked just before the horizon.</summary>
internal sealed class MaxConsecutiveShiftsRule : IHardRosterRule
{
    public string Name => "max-consecutive-shifts";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            foreach (var (first, last) in Runs.Of(roster, e, working: true))
            {
                var carried = first == 0 ? employee.WorkedDaysBeforeHorizon : 0;
                if (last - first + 1 + carried > employee.MaxConsecutiveShifts)
                {
                    yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {last - first + 1 + carried} days in a row, days {first}–{last}{(carried > 0 ? $" after {carried} before the horizon" : string.Empty)} (max {employee.MaxConsecutiveShifts}).");
                }
            }
        }
    }
}

/// <summary>Minimum length of a run of worked days; a run cut by either end of the horizon is exempt.</summary>
internal sealed class MinConsecutiveShiftsRule : IHardRosterRule
{
    public string Name => "min-consecutive-shifts";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            foreach (var (first, last) in Runs.Of(roster, e, working: true))
            {
                if (first > 0 && last < roster.Days - 1 && last - first + 1 < employee.MinConsecutiveShifts)
                {
                    yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works only {last - first + 1} day(s) in a row, days {first}–{last} (min {employee.MinConsecutiveShifts}).");
                }
            }
        }
    }
}

/// <summary>Minimum length of a run of days off; a run cut by either end of the horizon is exempt.</summary>
internal sealed class MinConsecutiveDaysOffRule : IHardRosterRule
{
    public string Name => "min-consecutive-days-off";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            foreach (var (first, last) in Runs.Of(roster, e, working: false))
            {
                if (first > 0 && last < roster.Days - 1 && last - first + 1 < employee.MinConsecutiveDaysOff)
                {
                    yield return new Violation(Name, employee.Id, $"Employee {employee.Id} has only {last - first + 1} day(s) off in a row, days {first}–{last} (min {employee.MinConsecutiveDaysOff}).");
                }
            }
        }
    }
}

/// <summary>A weekend (Saturday and Sunday) counts as worked when either day is worked.</summary>
internal sealed class MaxWeekendsRule : IHardRosterRule
{
    public string Name => "max-weekends";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            var worked = problem.Weekends.Count(days => days.Any(d => roster.Works(e, d)));
            if (worked > employee.MaxWeekends)
            {
                yield return new Violation(Name, employee.Id, $"Employee {employee.Id} works {worked} weekends (max {employee.MaxWeekends}).");
            }
        }
    }
}

/// <summary>Assignments of a published roster that were locked when re-optimizing.</summary>
internal sealed class LockedAssignmentRule : IHardRosterRule
{
    public string Name => "locked-assignment";

    public IEnumerable<Violation> Check(RosterProblem problem, Roster roster)
    {
        foreach (var reference in problem.ReferenceAssignments.Where(r => r.ChangeWeight is null))
        {
            var actual = roster[reference.Employee, reference.Day];
            var expected = reference.Shift ?? Roster.Off;
            if (actual != expected)
            {
                var id = problem.Employees[reference.Employee].Id;
                var wanted = reference.Shift is { } s ? problem.Shifts[s].Id : "off";
                yield return new Violation(Name, id, $"Employee {id} must keep their locked assignment ({wanted}) on day {reference.Day}.");
            }
        }
    }
}
