using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Staffing;

/// <summary>Input checks shared by single-interval and whole-forecast calculations, with stable error codes.</summary>
internal static class StaffingValidation
{
    private const int MaxAgents = 1_000_000;

    public static Error? Check(StaffingQuery query)
    {
        if (!double.IsFinite(query.OfferedCalls) || query.OfferedCalls < 0)
        {
            return new Error("staffing.invalid_calls", "Calls must be a number of 0 or more.");
        }

        if (!double.IsFinite(query.AhtSeconds) || query.AhtSeconds <= 0)
        {
            return new Error("staffing.invalid_aht", "AHT must be more than 0 seconds.");
        }

        if (query.Interval <= Duration.Zero)
        {
            return new Error("staffing.invalid_interval", "The interval must be longer than 0 minutes.");
        }

        if (query.Agents is < 0 or > MaxAgents)
        {
            return new Error("staffing.invalid_agents", $"Agents must be between 0 and {MaxAgents}.");
        }

        return CheckTarget(query.ServiceLevelTarget, query.AnswerWithinSeconds, query.MaxOccupancy, query.Shrinkage, query.PatienceSeconds);
    }

    public static Error? Check(QueueStaffingSettings settings, VolumeForecast forecast)
    {
        if (!string.Equals(settings.Queue, forecast.Queue, StringComparison.Ordinal))
        {
            return new Error("staffing.queue_mismatch", $"Settings are for queue '{settings.Queue}' but the forecast is for '{forecast.Queue}'.");
        }

        if (forecast.IntervalMinutes is not (15 or 30))
        {
            return new Error("staffing.invalid_interval", "Queue intervals are 15 or 30 minutes.");
        }

        foreach (var (day, shrinkage) in settings.ShrinkageByDayOfWeek ?? new Dictionary<IsoDayOfWeek, decimal>())
        {
            if (shrinkage is < 0m or >= 1m)
            {
                return new Error("staffing.invalid_shrinkage", $"Shrinkage for {day} must be at least 0 and below 1.");
            }
        }

        return CheckTarget(settings.ServiceLevelTarget, settings.AnswerWithinSeconds, settings.MaxOccupancy, settings.Shrinkage, settings.PatienceSeconds);
    }

    private static Error? CheckTarget(double serviceLevel, double answerWithinSeconds, double? maxOccupancy, decimal shrinkage, double? patienceSeconds)
    {
        // A target of 1 is unreachable: with random arrivals some caller always waits.
        if (!double.IsFinite(serviceLevel) || serviceLevel <= 0 || serviceLevel >= 1)
        {
            return new Error("staffing.invalid_service_level", "The service level target must be above 0 and below 1 (0.8 means 80 %).");
        }

        if (!double.IsFinite(answerWithinSeconds) || answerWithinSeconds < 0)
        {
            return new Error("staffing.invalid_answer_within", "Answer-within must be 0 seconds or more.");
        }

        if (maxOccupancy is { } cap && (!double.IsFinite(cap) || cap <= 0 || cap > 1))
        {
            return new Error("staffing.invalid_max_occupancy", "Maximum occupancy must be above 0 and at most 1.");
        }

        if (shrinkage is < 0m or >= 1m)
        {
            return new Error("staffing.invalid_shrinkage", "Shrinkage must be at least 0 and below 1 (0.30 means 30 %).");
        }

        if (patienceSeconds is { } patience && (!double.IsFinite(patience) || patience <= 0))
        {
            return new Error("staffing.invalid_patience", "Patience must be more than 0 seconds.");
        }

        return null;
    }
}
