using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Contracts.Solving;

/// <summary>Builds and solves a call center's weekly roster from interval requirements, contracts, availability, time off and shift templates.</summary>
public interface IRosterSolver
{
    Result<CallCenterRoster> SolveWeek(CallCenterWeekRequest request, SolveOptions options, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>Produces realistic weekly problems for demos and benchmarks.</summary>
public interface ICallCenterScenarioGenerator
{
    /// <summary>A week of <paramref name="agents"/> agents with a two-peak daily volume curve, lower at weekends.</summary>
    CallCenterWeekRequest GenerateWeek(int agents, LocalDate weekStart, int seed = 1, int intervalMinutes = 15);
}

/// <param name="WeekStart">First day of the roster (of its first 7-day week).</param>
/// <param name="IntervalMinutes">15 or 30.</param>
/// <param name="Requirements">Agents required per interval (from the staffing forecast); intervals not listed require nobody.</param>
/// <param name="MinRestMinutes">Minimum rest between the end of one shift and the start of the next (e.g. 660 = 11 h).</param>
public sealed record CallCenterWeekRequest(
    LocalDate WeekStart,
    int IntervalMinutes,
    IReadOnlyList<IntervalRequirement> Requirements,
    IReadOnlyList<ShiftTemplate> ShiftTemplates,
    IReadOnlyList<AgentContract> Contracts,
    IReadOnlyList<Agent> Agents,
    int MinRestMinutes = 660)
{
    public CoverWeights Weights { get; init; } = new();

    /// <summary>Horizon of 1–6 weeks from <see cref="WeekStart"/>; weekly contract limits apply to each 7-day week.</summary>
    public int Weeks { get; init; } = 1;

    /// <summary>Hard: assignments the scheduler fixed (a shift, or a day off), kept exactly.</summary>
    public IReadOnlyList<LockedAssignment> Locked { get; init; } = [];

    /// <summary>Soft ("minimal change"): the roster before re-generating; each changed agent-day costs <see cref="ChangeWeightPerAssignment"/>.</summary>
    public IReadOnlyList<PreviousAssignment> Previous { get; init; } = [];

    /// <summary>
    /// Cost of changing one previous agent-day, in the units of <see cref="CoverWeights"/>: a move is made only when it
    /// saves more than this in cover, overtime or wishes (e.g. 50 = half an agent-interval of under-cover at the default weight). 0 = ignore <see cref="Previous"/>.
    /// </summary>
    public int ChangeWeightPerAssignment { get; init; } = 50;

    /// <summary>Soft: agents' wishes (days off, start windows), each below one agent-interval of under-cover so cover wins.</summary>
    public IReadOnlyList<AgentPreference> Preferences { get; init; } = [];

    /// <summary>End of each agent's last shift before the horizon: early shifts within <see cref="MinRestMinutes"/> of it are not given.</summary>
    public IReadOnlyDictionary<string, LocalDateTime> PriorShiftEnds { get; init; } = new Dictionary<string, LocalDateTime>();

    /// <summary>Days each agent worked in a row up to the day before the horizon: they count toward the contract's maximum run.</summary>
    public IReadOnlyDictionary<string, int> PriorConsecutiveDays { get; init; } = new Dictionary<string, int>();
}

/// <summary>
/// A scheduler's fixed assignment. A null <paramref name="Start"/> locks the agent off that day; otherwise the shift
/// starts at <paramref name="Start"/> for <paramref name="PaidMinutes"/> paid minutes (it need not come from a template).
/// An <paramref name="UnpaidBreakMinutes"/> of 0 takes the template's break when a template produces that start and length.
/// </summary>
public sealed record LockedAssignment(string AgentId, LocalDate Date, LocalTime? Start, int? PaidMinutes, int UnpaidBreakMinutes = 0);

/// <summary>What the agent had on <paramref name="Date"/> before re-generating (null start = off).</summary>
public sealed record PreviousAssignment(string AgentId, LocalDate Date, LocalTime? Start, int? PaidMinutes);

/// <summary>
/// An agent's weighted wish, on a weekday (<paramref name="Day"/>) or one date (<paramref name="Date"/>): a day off
/// (<paramref name="WantsOff"/>), or, when working, a shift starting no earlier than <paramref name="EarliestStart"/>
/// and ending by <paramref name="LatestEnd"/>. Not granting it costs <paramref name="Weight"/>.
/// </summary>
public sealed record AgentPreference(string AgentId, IsoDayOfWeek? Day, LocalDate? Date, bool WantsOff, LocalTime? EarliestStart, LocalTime? LatestEnd, int Weight);

public sealed record IntervalRequirement(LocalDateTime Start, int Required);

/// <summary>
/// Shift starts every <paramref name="StartStepMinutes"/> from <paramref name="EarliestStart"/> to <paramref name="LatestStart"/>,
/// for each paid length; shifts of at least <paramref name="BreakFromPaidMinutes"/> get an unpaid break of
/// <paramref name="UnpaidBreakMinutes"/> placed at mid-shift (on the interval grid).
/// </summary>
public sealed record ShiftTemplate(
    string Name,
    LocalTime EarliestStart,
    LocalTime LatestStart,
    int StartStepMinutes,
    IReadOnlyList<int> PaidLengthsMinutes,
    int UnpaidBreakMinutes = 30,
    int BreakFromPaidMinutes = 360);

/// <param name="MinWeeklyMinutes">Hard minimum of paid minutes in the week.</param>
/// <param name="MaxWeeklyMinutes">Hard contract maximum.</param>
/// <param name="OvertimeAfterMinutes">Paid minutes above this are overtime, priced by <see cref="CoverWeights.OvertimePerMinute"/>.</param>
/// <param name="AllowedPaidLengthsMinutes">Shift lengths the contract allows; empty means any template length.</param>
public sealed record AgentContract(
    string Name,
    int MinWeeklyMinutes,
    int MaxWeeklyMinutes,
    int OvertimeAfterMinutes,
    int MaxDaysPerWeek,
    IReadOnlyList<int> AllowedPaidLengthsMinutes)
{
    public int MaxConsecutiveDays { get; init; } = 6;

    /// <summary>Longest paid shift the agent may work in a day; null = no daily limit beyond the allowed lengths.</summary>
    public int? MaxDailyPaidMinutes { get; init; }
}

/// <param name="Availability">When the agent may work, per weekday; a weekday with no window is unavailable. Empty = always available.</param>
/// <param name="ApprovedTimeOff">Dates of approved time off: never scheduled.</param>
public sealed record Agent(string Id, string Contract, IReadOnlyList<AvailabilityWindow> Availability, IReadOnlyList<LocalDate> ApprovedTimeOff);

/// <summary>The agent may work shifts that start at or after <paramref name="From"/> and end by <paramref name="Until"/> (midnight = end of day).</summary>
public sealed record AvailabilityWindow(IsoDayOfWeek Day, LocalTime From, LocalTime Until);

/// <summary>Objective weights, per agent per interval for cover. Under-cover must weigh more than over-cover.</summary>
public sealed record CoverWeights(int UnderPerAgentInterval = 100, int OverPerAgentInterval = 5, int OvertimePerMinute = 1);

/// <param name="UnderCover">Total agent-intervals short, over all intervals (from the evaluator).</param>
/// <param name="UnderCoverBound">Proved lower bound on that total, from the solver's first (under-cover) phase.</param>
public sealed record CallCenterRoster(
    RosterSolveStatus Status,
    long? Objective,
    long? Bound,
    long? UnderCover,
    long? UnderCoverBound,
    long? OverCover,
    long? OvertimeMinutes,
    double Seconds,
    double? FirstFeasibleSeconds,
    IReadOnlyList<ScheduledShift> Shifts,
    IReadOnlyList<IntervalCoverage> Coverage,
    IReadOnlyList<string> Explanation,
    IReadOnlyList<string> Violations,
    ModelStatistics Model);

/// <param name="Locked">True when the shift comes from <see cref="CallCenterWeekRequest.Locked"/>.</param>
public sealed record ScheduledShift(string AgentId, LocalDateTime Start, LocalDateTime End, int PaidMinutes, LocalDateTime? BreakStart, int UnpaidBreakMinutes, bool Locked = false);

/// <summary>People required and people on the floor (on shift and not on break) for one interval.</summary>
public sealed record IntervalCoverage(LocalDateTime Start, int Required, int Scheduled);
