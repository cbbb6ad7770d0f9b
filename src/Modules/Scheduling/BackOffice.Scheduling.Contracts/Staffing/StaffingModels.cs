using NodaTime;

namespace BackOffice.Scheduling.Contracts.Staffing;

public enum StaffingModel
{
    /// <summary>M/M/N: every caller waits until answered.</summary>
    ErlangC,

    /// <summary>M/M/N+M (Palm / Erlang A): callers abandon after an exponential patience.</summary>
    ErlangA,
}

/// <summary>
/// One interval's traffic and target. <paramref name="ServiceLevelTarget"/> is a fraction (0.8 = 80 %) answered within
/// <paramref name="AnswerWithinSeconds"/>. Without <paramref name="MaxOccupancy"/> there is no occupancy cap; with
/// <paramref name="PatienceSeconds"/> the model is Erlang A; with <paramref name="Agents"/> that staffing is evaluated
/// instead of searched for.
/// </summary>
public sealed record StaffingQuery(
    double OfferedCalls,
    double AhtSeconds,
    Duration Interval,
    double ServiceLevelTarget,
    double AnswerWithinSeconds,
    double? MaxOccupancy = null,
    decimal Shrinkage = 0m,
    double? PatienceSeconds = null,
    int? Agents = null);

/// <summary>
/// Outcome for one interval. <paramref name="Agents"/> are productive agents on the phones (raw);
/// <paramref name="ScheduledAgents"/> = ceil(raw / (1 − shrinkage)). <paramref name="ServiceLevel"/> is the fraction of
/// all offered calls answered within the threshold; <paramref name="AverageSpeedOfAnswerSeconds"/> is the mean wait of
/// answered calls. <paramref name="ProbabilityOfAbandon"/> is set for Erlang A only.
/// </summary>
public sealed record StaffingResult(
    StaffingModel Model,
    double OfferedLoadErlangs,
    int Agents,
    int ScheduledAgents,
    double ServiceLevel,
    double ProbabilityOfWaiting,
    double AverageSpeedOfAnswerSeconds,
    double Occupancy,
    double? ProbabilityOfAbandon,
    bool MeetsTarget);

/// <summary>
/// A queue's staffing policy. <paramref name="Shrinkage"/> is the share of paid time not available for calls (breaks,
/// training, absence); <paramref name="ShrinkageByDayOfWeek"/> overrides it for particular days.
/// </summary>
public sealed record QueueStaffingSettings(
    string Queue,
    double ServiceLevelTarget,
    double AnswerWithinSeconds,
    double? MaxOccupancy = null,
    decimal Shrinkage = 0m,
    IReadOnlyDictionary<IsoDayOfWeek, decimal>? ShrinkageByDayOfWeek = null,
    double? PatienceSeconds = null);

public sealed record IntervalRequirement(
    LocalDate Date,
    LocalTime Start,
    double OfferedCalls,
    double AhtSeconds,
    int RawAgents,
    int ScheduledAgents,
    double ServiceLevel,
    double ProbabilityOfWaiting,
    double AverageSpeedOfAnswerSeconds,
    double Occupancy,
    double? ProbabilityOfAbandon,
    decimal Shrinkage);

public sealed record StaffingRequirements(
    string Queue,
    int IntervalMinutes,
    StaffingModel Model,
    IReadOnlyList<IntervalRequirement> Intervals);
