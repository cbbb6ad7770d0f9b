using BackOffice.Scheduling.Solving.Model;

namespace BackOffice.Scheduling.Solving.Evaluation;

/// <summary>Weighted shift on/off requests (a null shift means any shift).</summary>
internal sealed class ShiftRequestCost : ISoftRosterRule
{
    public string Name => "requests";

    public long Cost(RosterProblem problem, Roster roster)
    {
        long cost = 0;
        foreach (var request in problem.Requests)
        {
            var actual = roster[request.Employee, request.Day];
            var matches = request.Shift is { } s ? actual == s : actual != Roster.Off;
            if (matches != request.On)
            {
                cost += request.Weight;
            }
        }

        return cost;
    }
}

/// <summary>Per (day, shift type) cover: each person short costs the under weight, each extra the over weight.</summary>
internal sealed class DayShiftCoverCost : ISoftRosterRule
{
    public string Name => "cover";

    public long Cost(RosterProblem problem, Roster roster)
    {
        long cost = 0;
        foreach (var cover in problem.DayCovers)
        {
            var assigned = 0;
            for (var e = 0; e < roster.Employees; e++)
            {
                if (roster[e, cover.Day] == cover.Shift)
                {
                    assigned++;
                }
            }

            cost += assigned < cover.Requirement
                ? (long)(cover.Requirement - assigned) * cover.UnderWeight
                : (long)(assigned - cover.Requirement) * cover.OverWeight;
        }

        return cost;
    }
}

/// <summary>Per time interval cover, counted over every worked shift that has the person present for the whole interval.</summary>
internal sealed class IntervalCoverCost : ISoftRosterRule
{
    public string Name => "interval-cover";

    public long Cost(RosterProblem problem, Roster roster)
    {
        long cost = 0;
        foreach (var cover in problem.IntervalCovers)
        {
            var present = Present(problem, roster, cover.StartMinute, cover.LengthMinutes);
            cost += present < cover.Requirement
                ? (long)(cover.Requirement - present) * cover.UnderWeight
                : (long)(present - cover.Requirement) * cover.OverWeight;
        }

        return cost;
    }

    /// <summary>People on the floor for the whole interval: one per assignment covering it, so never more than the people assigned.</summary>
    public static int Present(RosterProblem problem, Roster roster, int from, int length)
    {
        var present = 0;
        foreach (var (_, d, s) in roster.Assignments())
        {
            if (problem.Shifts[s].Covers(d, from, length))
            {
                present++;
            }
        }

        return present;
    }
}

/// <summary>Paid minutes above the weekly overtime threshold, per employee and 7-day week, times the employee's weight.</summary>
internal sealed class WeeklyOvertimeCost : ISoftRosterRule
{
    public string Name => "overtime";

    public long Cost(RosterProblem problem, Roster roster)
    {
        long cost = 0;
        for (var e = 0; e < roster.Employees; e++)
        {
            var employee = problem.Employees[e];
            if (employee.OvertimeWeightPerMinute == 0 || employee.OvertimeThresholdMinutesPerWeek == int.MaxValue)
            {
                continue;
            }

            for (var week = 0; week * 7 < roster.Days; week++)
            {
                long minutes = 0;
                for (var d = week * 7; d < Math.Min(roster.Days, (week + 1) * 7); d++)
                {
                    minutes += roster.Works(e, d) ? problem.Shifts[roster[e, d]].PaidMinutes : 0;
                }

                cost += Math.Max(0, minutes - employee.OvertimeThresholdMinutesPerWeek) * employee.OvertimeWeightPerMinute;
            }
        }

        return cost;
    }
}

/// <summary>"Minimal change": each assignment that differs from the published roster costs its change weight.</summary>
internal sealed class ChangeCost : ISoftRosterRule
{
    public string Name => "changes";

    public long Cost(RosterProblem problem, Roster roster)
    {
        long cost = 0;
        foreach (var reference in problem.ReferenceAssignments)
        {
            if (reference.ChangeWeight is { } weight && roster[reference.Employee, reference.Day] != (reference.Shift ?? Roster.Off))
            {
                cost += weight;
            }
        }

        return cost;
    }
}
