namespace BackOffice.Scheduling.Solving.Model;

/// <summary>
/// One person to roster and every hard limit that applies to them. "No limit" is expressed with the
/// neutral value (0 for minimums, <see cref="int.MaxValue"/> for maximums) so rules need no null checks.
/// </summary>
internal sealed record Employee
{
    public required string Id { get; init; }

    /// <summary>Max shifts of each type over the horizon, indexed like <see cref="RosterProblem.Shifts"/>.</summary>
    public required IReadOnlyList<int> MaxShiftsPerType { get; init; }

    /// <summary>Max shifts of any type over the horizon (a contract's "days per week" on a one-week problem).</summary>
    public int MaxTotalShifts { get; init; } = int.MaxValue;

    public int MinTotalMinutes { get; init; }

    public int MaxTotalMinutes { get; init; } = int.MaxValue;

    public int MaxConsecutiveShifts { get; init; } = int.MaxValue;

    /// <summary>1 means no minimum. Runs that touch either end of the horizon are exempt.</summary>
    public int MinConsecutiveShifts { get; init; } = 1;

    /// <summary>1 means no minimum. Runs that touch either end of the horizon are exempt.</summary>
    public int MinConsecutiveDaysOff { get; init; } = 1;

    public int MaxWeekends { get; init; } = int.MaxValue;

    /// <summary>Days that may not be worked at all (approved time off, days off in the benchmark).</summary>
    public IReadOnlySet<int> DaysOff { get; init; } = new HashSet<int>();

    /// <summary>Single (day, shift) pairs that may not be worked, e.g. outside the employee's availability window.</summary>
    public IReadOnlySet<(int Day, int Shift)> UnavailableShifts { get; init; } = new HashSet<(int, int)>();

    /// <summary>Hard contract maximum per 7-day week (weeks counted from day 0).</summary>
    public int MaxMinutesPerWeek { get; init; } = int.MaxValue;

    /// <summary>Paid minutes per week above this are overtime and cost <see cref="OvertimeWeightPerMinute"/> each.</summary>
    public int OvertimeThresholdMinutesPerWeek { get; init; } = int.MaxValue;

    public int OvertimeWeightPerMinute { get; init; }

    /// <summary>Hard minimum of paid minutes in each 7-day week counted from day 0 (a contract's weekly minimum on a multi-week horizon).</summary>
    public int MinMinutesPerWeek { get; init; }

    /// <summary>Max shifts in each 7-day week counted from day 0 (a contract's "days per week" on a multi-week horizon).</summary>
    public int MaxShiftsPerWeek { get; init; } = int.MaxValue;

    /// <summary>
    /// Days worked in a row just before day 0 (carried in from the previous roster): they count toward
    /// <see cref="MaxConsecutiveShifts"/> for a run that starts on day 0.
    /// </summary>
    public int WorkedDaysBeforeHorizon { get; init; }

    /// <summary>True when the employee may be given shift <paramref name="shift"/> on <paramref name="day"/> at all.</summary>
    public bool MayWork(int day, int shift) =>
        MaxShiftsPerType[shift] > 0 && !DaysOff.Contains(day) && !UnavailableShifts.Contains((day, shift));
}
