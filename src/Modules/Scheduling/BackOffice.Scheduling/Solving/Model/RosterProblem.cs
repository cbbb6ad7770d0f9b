using NodaTime;

namespace BackOffice.Scheduling.Solving.Model;

/// <summary>
/// A complete rostering problem over <see cref="HorizonDays"/> days: the single input of the engine, for
/// the Curtois–Qu benchmark and for the product's weekly call-center roster alike.
/// </summary>
internal sealed class RosterProblem
{
    private readonly Dictionary<string, int> shiftIndex;
    private readonly Dictionary<string, int> employeeIndex;

    public RosterProblem(
        string name,
        int horizonDays,
        IReadOnlyList<ShiftType> shifts,
        IReadOnlyList<IReadOnlySet<int>> forbiddenNext,
        IReadOnlyList<Employee> employees,
        IsoDayOfWeek firstDayOfWeek = IsoDayOfWeek.Monday)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        ArgumentNullException.ThrowIfNull(forbiddenNext);
        ArgumentNullException.ThrowIfNull(employees);
        if (forbiddenNext.Count != shifts.Count)
        {
            throw new ArgumentException("One forbidden-successor set per shift type is required.", nameof(forbiddenNext));
        }

        Name = name;
        HorizonDays = horizonDays;
        Shifts = shifts;
        ForbiddenNext = forbiddenNext;
        Employees = employees;
        FirstDayOfWeek = firstDayOfWeek;
        shiftIndex = shifts.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        employeeIndex = employees.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Weekends = BuildWeekends(horizonDays, firstDayOfWeek);
    }

    public string Name { get; }

    public int HorizonDays { get; }

    public IReadOnlyList<ShiftType> Shifts { get; }

    /// <summary>For each shift type, the shift types that may not be worked the next day (e.g. an early after a night).</summary>
    public IReadOnlyList<IReadOnlySet<int>> ForbiddenNext { get; }

    public IReadOnlyList<Employee> Employees { get; }

    public IsoDayOfWeek FirstDayOfWeek { get; }

    public IReadOnlyList<ShiftRequest> Requests { get; init; } = [];

    public IReadOnlyList<DayShiftCover> DayCovers { get; init; } = [];

    public IReadOnlyList<IntervalCover> IntervalCovers { get; init; } = [];

    public IReadOnlyList<ReferenceAssignment> ReferenceAssignments { get; init; } = [];

    /// <summary>Each weekend's days inside the horizon (Saturday and Sunday; one day when the horizon cuts a weekend).</summary>
    public IReadOnlyList<int[]> Weekends { get; }

    /// <summary>Number of 7-day weeks counted from day 0 (the last one may be partial).</summary>
    public int WeekCount => (HorizonDays + 6) / 7;

    public int? ShiftIndexOf(string id) => shiftIndex.TryGetValue(id, out var i) ? i : null;

    public int? EmployeeIndexOf(string id) => employeeIndex.TryGetValue(id, out var i) ? i : null;

    private static List<int[]> BuildWeekends(int horizonDays, IsoDayOfWeek firstDayOfWeek)
    {
        var weekends = new List<int[]>();
        for (var day = 0; day < horizonDays; day++)
        {
            var weekday = ((int)firstDayOfWeek - 1 + day) % 7; // 0 = Monday
            if (weekday == 5)
            {
                weekends.Add(day + 1 < horizonDays ? [day, day + 1] : [day]);
            }
            else if (weekday == 6 && day == 0)
            {
                weekends.Add([day]);
            }
        }

        return weekends;
    }
}
