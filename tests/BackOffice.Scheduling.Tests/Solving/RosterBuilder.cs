using BackOffice.Scheduling.Solving.Model;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Solving;

/// <summary>
/// Tiny hand-made problems for rule tests: shift types E (07:00, 8 h), L (15:00, 8 h) and N (23:00, 8 h),
/// with L→E, N→E and N→L forbidden (the usual "no earlier shift after a later one" rest rule), and one
/// employee "A" whose limits default to "none".
/// </summary>
internal sealed class RosterBuilder
{
    private readonly List<ShiftRequest> requests = [];
    private readonly List<DayShiftCover> covers = [];
    private readonly List<IntervalCover> intervals = [];
    private readonly List<ReferenceAssignment> references = [];
    private int days = 7;
    private IsoDayOfWeek firstDay = IsoDayOfWeek.Monday;
    private Employee employee = new() { Id = "A", MaxShiftsPerType = [99, 99, 99] };
    private ShiftType[] shifts = [new("E", 7 * 60, 480), new("L", 15 * 60, 480), new("N", 23 * 60, 480)];

    public RosterBuilder WithDays(int value, IsoDayOfWeek first = IsoDayOfWeek.Monday)
    {
        days = value;
        firstDay = first;
        return this;
    }

    public RosterBuilder WithEmployee(Func<Employee, Employee> change)
    {
        employee = change(employee);
        return this;
    }

    public RosterBuilder WithShifts(params ShiftType[] value)
    {
        shifts = value;
        employee = employee with { MaxShiftsPerType = value.Select(_ => 99).ToArray() };
        return this;
    }

    public RosterBuilder WithRequest(ShiftRequest request)
    {
        requests.Add(request);
        return this;
    }

    public RosterBuilder WithCover(DayShiftCover cover)
    {
        covers.Add(cover);
        return this;
    }

    public RosterBuilder WithInterval(IntervalCover cover)
    {
        intervals.Add(cover);
        return this;
    }

    public RosterBuilder WithReference(ReferenceAssignment reference)
    {
        references.Add(reference);
        return this;
    }

    public RosterProblem Build()
    {
        var forbidden = shifts.Select(s => (IReadOnlySet<int>)Successors(s.Id).Where(i => i >= 0).ToHashSet()).ToList();
        return new RosterProblem("tiny", days, shifts, forbidden, [employee], firstDay)
        {
            Requests = requests,
            DayCovers = covers,
            IntervalCovers = intervals,
            ReferenceAssignments = references,
        };
    }

    /// <summary>A one-employee roster from a pattern such as "EE-LL--" (one character a day, '-' = off).</summary>
    public static Roster Row(RosterProblem problem, string pattern)
    {
        var roster = new Roster(problem.Employees.Count, problem.HorizonDays);
        for (var d = 0; d < pattern.Length; d++)
        {
            roster[0, d] = pattern[d] == '-' ? Roster.Off : problem.ShiftIndexOf(pattern[d].ToString())!.Value;
        }

        return roster;
    }

    private int[] Successors(string id) => id switch
    {
        "L" => [Index("E")],
        "N" => [Index("E"), Index("L")],
        _ => [],
    };

    private int Index(string id) => Array.FindIndex(shifts, s => s.Id == id);
}
