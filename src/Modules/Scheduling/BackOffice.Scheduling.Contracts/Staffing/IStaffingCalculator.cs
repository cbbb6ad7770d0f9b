using BackOffice.SharedKernel;

namespace BackOffice.Scheduling.Contracts.Staffing;

/// <summary>
/// Agents needed to answer a queue's calls: Erlang C (callers never hang up) or Erlang A (callers abandon after an
/// exponentially distributed patience), with service level, probability of waiting, ASA, occupancy and shrinkage.
/// </summary>
public interface IStaffingCalculator
{
    /// <summary>One interval: the smallest staffing meeting the target, or the given <see cref="StaffingQuery.Agents"/>.</summary>
    Result<StaffingResult> Calculate(StaffingQuery query);

    /// <summary>Every interval of a forecast, with the queue's targets and shrinkage (optionally per day of week).</summary>
    Result<StaffingRequirements> Requirements(VolumeForecast forecast, QueueStaffingSettings settings);
}
