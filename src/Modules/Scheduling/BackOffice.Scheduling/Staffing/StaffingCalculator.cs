using System.Globalization;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Staffing.Queueing;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Staffing;

internal sealed class StaffingCalculator : IStaffingCalculator
{
    public Result<StaffingResult> Calculate(StaffingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var error = StaffingValidation.Check(query);
        if (error is not null)
        {
            return error;
        }

        var target = new StaffingTarget(query.ServiceLevelTarget, query.AnswerWithinSeconds, query.MaxOccupancy, query.PatienceSeconds);
        var intervalSeconds = query.Interval.TotalSeconds;
        var load = query.OfferedCalls * query.AhtSeconds / intervalSeconds;

        QueueMetrics metrics;
        if (query.Agents is { } agents)
        {
            if (agents == 0 && query.OfferedCalls > 0)
            {
                return new Error("staffing.no_agents", "At least one agent is needed to answer calls.");
            }

            metrics = target.Evaluate(agents, query.OfferedCalls / intervalSeconds, query.AhtSeconds);
            if (!metrics.IsStable)
            {
                return new Error(
                    "staffing.unstable",
                    string.Create(CultureInfo.InvariantCulture, $"{agents} agents cannot carry {load:0.##} erlangs: under Erlang C the queue grows without bound. Add agents, or give a patience to use Erlang A."));
            }
        }
        else
        {
            metrics = target.Require(query.OfferedCalls / intervalSeconds, query.AhtSeconds);
        }

        return new StaffingResult(
            target.Model,
            load,
            metrics.Agents,
            ShrinkageRule.Scheduled(metrics.Agents, query.Shrinkage),
            metrics.ServiceLevel,
            metrics.ProbabilityOfWaiting,
            metrics.AverageSpeedOfAnswerSeconds,
            metrics.Occupancy,
            metrics.ProbabilityOfAbandon,
            target.IsMetBy(metrics));
    }

    public Result<StaffingRequirements> Requirements(VolumeForecast forecast, QueueStaffingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(settings);
        var error = StaffingValidation.Check(settings, forecast);
        if (error is not null)
        {
            return error;
        }

        var target = new StaffingTarget(settings.ServiceLevelTarget, settings.AnswerWithinSeconds, settings.MaxOccupancy, settings.PatienceSeconds);
        var intervalSeconds = Duration.FromMinutes(forecast.IntervalMinutes).TotalSeconds;
        var rows = new IntervalRequirement[forecast.Intervals.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var interval = forecast.Intervals[i];
            if (!double.IsFinite(interval.OfferedCalls) || interval.OfferedCalls < 0
                || (interval.OfferedCalls > 0 && !(double.IsFinite(interval.AhtSeconds) && interval.AhtSeconds > 0)))
            {
                return new Error(
                    "staffing.invalid_interval_load",
                    string.Create(CultureInfo.InvariantCulture, $"{interval.Date:uuuu-MM-dd} {interval.Start:HH:mm}: calls must be 0 or more and AHT above 0 seconds."));
            }

            var metrics = target.Require(interval.OfferedCalls / intervalSeconds, interval.AhtSeconds);
            var shrinkage = settings.ShrinkageByDayOfWeek is { } byDay && byDay.TryGetValue(interval.Date.DayOfWeek, out var daily)
                ? daily
                : settings.Shrinkage;
            rows[i] = new IntervalRequirement(
                interval.Date,
                interval.Start,
                interval.OfferedCalls,
                interval.AhtSeconds,
                metrics.Agents,
                ShrinkageRule.Scheduled(metrics.Agents, shrinkage),
                metrics.ServiceLevel,
                metrics.ProbabilityOfWaiting,
                metrics.AverageSpeedOfAnswerSeconds,
                metrics.Occupancy,
                metrics.ProbabilityOfAbandon,
                shrinkage);
        }

        return new StaffingRequirements(forecast.Queue, forecast.IntervalMinutes, target.Model, rows);
    }

    /// <summary>The service target and the model it implies: a patience selects Erlang A.</summary>
    private readonly record struct StaffingTarget(double ServiceLevel, double AnswerWithinSeconds, double? MaxOccupancy, double? PatienceSeconds)
    {
        public StaffingModel Model => PatienceSeconds is null ? StaffingModel.ErlangC : StaffingModel.ErlangA;

        public QueueMetrics Require(double callsPerSecond, double ahtSeconds) => PatienceSeconds is { } patience
            ? ErlangA.Require(callsPerSecond, ahtSeconds, patience, AnswerWithinSeconds, ServiceLevel, MaxOccupancy)
            : ErlangC.Require(callsPerSecond * ahtSeconds, ahtSeconds, AnswerWithinSeconds, ServiceLevel, MaxOccupancy);

        public QueueMetrics Evaluate(int agents, double callsPerSecond, double ahtSeconds) => PatienceSeconds is { } patience
            ? ErlangA.Evaluate(agents, callsPerSecond, ahtSeconds, patience, AnswerWithinSeconds)
            : ErlangC.Evaluate(agents, callsPerSecond * ahtSeconds, ahtSeconds, AnswerWithinSeconds);

        public bool IsMetBy(QueueMetrics metrics) =>
            StaffingTolerance.MeetsServiceLevel(metrics.ServiceLevel, ServiceLevel)
            && StaffingTolerance.WithinOccupancyCap(metrics.Occupancy, MaxOccupancy);
    }
}
