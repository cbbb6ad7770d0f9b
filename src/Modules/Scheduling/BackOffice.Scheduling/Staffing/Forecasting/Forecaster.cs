using System.Globalization;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Staffing.Forecasting;

/// <summary>
/// Same-weekday, same-interval weighted average (docs/forecasting.md):
/// <list type="number">
/// <item>For a target day D, the samples are the days D − 7k before the forecast start that have data and are not
/// exception days, newest first, at most <see cref="ForecastOptions.LookbackWeeks"/> of them (looking back at most twice
/// that many weeks to replace excluded ones).</item>
/// <item>A sample k weeks older than the newest possible one weighs decay^k (0.8: 1, 0.8, 0.64, 0.51, 0.41, 0.33).</item>
/// <item>Each sample's calls are carried to D by the fitted trend, e^{g·(D − d)}.</item>
/// <item>Offered calls per slot = weighted mean; AHT per slot = mean weighted by weight × handled calls (falling back to
/// the day's, then the history's AHT where a slot had no handled calls).</item>
/// <item>Then day uplifts scale calls, then interval overrides replace figures.</item>
/// </list>
/// </summary>
internal sealed class Forecaster : IForecaster
{
    private const int MaxWeeks = 6;

    public Result<VolumeForecast> Forecast(ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options ?? ForecastOptions.Default;
        var error = CheckRequest(request.Queue, request.Weeks, options);
        if (error is not null)
        {
            return error;
        }

        var index = VolumeHistoryIndex.Build(request.Queue, request.History ?? []);
        if (!index.IsSuccess)
        {
            return index.Error!;
        }

        var exceptions = ToSet(request.ExceptionDays);
        return Forecast(request.Queue, index.Value!, request.StartDate, request.Weeks, exceptions, request.Uplifts ?? [], request.Overrides ?? [], options);
    }

    public Result<BacktestReport> Backtest(BacktestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options ?? ForecastOptions.Default;
        var error = CheckRequest(request.Queue, request.HoldoutWeeks, options);
        if (error is not null)
        {
            return error;
        }

        var full = VolumeHistoryIndex.Build(request.Queue, request.History ?? []);
        if (!full.IsSuccess)
        {
            return full.Error!;
        }

        var actual = full.Value!;
        var holdoutStart = actual.LastDay.PlusDays((-7 * request.HoldoutWeeks) + 1);
        var training = request.History!.Where(r => r.IntervalStart.LocalDateTime.Date < holdoutStart).ToList();
        var trainingIndex = VolumeHistoryIndex.Build(request.Queue, training);
        if (!trainingIndex.IsSuccess || trainingIndex.Value!.Days.Count() < 7)
        {
            return new Error(
                "forecast.too_little_history",
                $"Holding back {request.HoldoutWeeks} week(s) leaves less than one week of history for queue '{request.Queue}' to learn from.");
        }

        var exceptions = ToSet(request.ExceptionDays);
        var forecast = Forecast(request.Queue, trainingIndex.Value!, holdoutStart, request.HoldoutWeeks, exceptions, [], [], options);
        if (!forecast.IsSuccess)
        {
            return forecast.Error!;
        }

        var accuracy = new ForecastAccuracy();
        foreach (var day in forecast.Value!.Intervals.GroupBy(i => i.Date))
        {
            if (exceptions.Contains(day.Key) || !actual.TryGetDay(day.Key, out var observed))
            {
                continue;
            }

            var slot = 0;
            foreach (var interval in day)
            {
                accuracy.AddInterval(interval.OfferedCalls, observed.Offered[slot], interval.AhtSeconds, observed.Handled[slot], observed.HandledSeconds[slot]);
                slot++;
            }

            accuracy.AddDay(day.Sum(i => i.OfferedCalls), observed.TotalOffered);
        }

        return new BacktestReport(
            request.Queue,
            holdoutStart,
            actual.LastDay,
            trainingIndex.Value!.Days.Count(),
            accuracy.IntervalsScored,
            accuracy.IntervalsWithCalls,
            accuracy.Mape,
            accuracy.WeightedMape,
            accuracy.DailyMape,
            accuracy.AhtWeightedMape);
    }

    private static Result<VolumeForecast> Forecast(
        string queue,
        VolumeHistoryIndex history,
        LocalDate start,
        int weeks,
        HashSet<LocalDate> exceptions,
        IReadOnlyList<DayUplift> uplifts,
        IReadOnlyList<IntervalOverride> overrides,
        ForecastOptions options)
    {
        var end = start.PlusDays((7 * weeks) - 1);
        var upliftByDay = new Dictionary<LocalDate, double>();
        foreach (var uplift in uplifts)
        {
            if (uplift.Date < start || uplift.Date > end)
            {
                return new Error("forecast.uplift_outside_horizon", $"The uplift for {Text(uplift.Date)} is outside the forecast {Text(start)}..{Text(end)}.");
            }

            if (!double.IsFinite(uplift.Percent) || uplift.Percent < -100)
            {
                return new Error("forecast.invalid_uplift", $"The uplift for {Text(uplift.Date)} must be a percentage of −100 or more.");
            }

            if (!upliftByDay.TryAdd(uplift.Date, uplift.Percent))
            {
                return new Error("forecast.duplicate_uplift", $"{Text(uplift.Date)} has more than one uplift.");
            }
        }

        var overrideBySlot = new Dictionary<(LocalDate, int), IntervalOverride>();
        foreach (var o in overrides)
        {
            var minuteOfDay = (o.Start.Hour * 60) + o.Start.Minute;
            if (o.Date < start || o.Date > end)
            {
                return new Error("forecast.override_outside_horizon", $"The override for {Text(o.Date)} is outside the forecast {Text(start)}..{Text(end)}.");
            }

            if (minuteOfDay % history.IntervalMinutes != 0 || o.Start.Second != 0 || o.Start.NanosecondOfSecond != 0)
            {
                return new Error("forecast.override_misaligned", $"The override at {o.Start:HH:mm} is not on the queue's {history.IntervalMinutes}-minute grid.");
            }

            if ((o.OfferedCalls is { } calls && (!double.IsFinite(calls) || calls < 0)) || (o.AhtSeconds is { } aht && (!double.IsFinite(aht) || aht <= 0)))
            {
                return new Error("forecast.invalid_override", $"The override for {Text(o.Date)} {o.Start:HH:mm} needs calls of 0 or more and an AHT above 0.");
            }

            if (!overrideBySlot.TryAdd((o.Date, minuteOfDay / history.IntervalMinutes), o))
            {
                return new Error("forecast.duplicate_override", $"{Text(o.Date)} {o.Start:HH:mm} has more than one override.");
            }
        }

        var growth = options.ApplyTrend ? FitGrowth(history, start, exceptions, options) : 0;
        var slots = history.SlotsPerDay;
        var intervals = new List<ForecastInterval>(7 * weeks * slots);
        var offered = new double[slots];
        var handled = new double[slots];
        var handledSeconds = new double[slots];
        for (var date = start; date <= end; date = date.PlusDays(1))
        {
            Array.Clear(offered);
            Array.Clear(handled);
            Array.Clear(handledSeconds);
            var samples = CollectSamples(history, date, start, exceptions, options);
            foreach (var (day, sampleDate, weight) in samples)
            {
                var carry = weight * Math.Exp(growth * Period.DaysBetween(sampleDate, date));
                for (var s = 0; s < slots; s++)
                {
                    offered[s] += carry * day.Offered[s];
                    handled[s] += weight * day.Handled[s];
                    handledSeconds[s] += weight * day.HandledSeconds[s];
                }
            }

            var totalWeight = samples.Sum(s => s.Weight);
            var dayHandled = handled.Sum();
            var dayAht = dayHandled > 0 ? handledSeconds.Sum() / dayHandled : history.OverallAhtSeconds;
            var factor = upliftByDay.TryGetValue(date, out var percent) ? 1 + (percent / 100) : 1;
            for (var s = 0; s < slots; s++)
            {
                var source = samples.Count == 0 ? ForecastSource.NoHistory : ForecastSource.History;
                var calls = totalWeight > 0 ? offered[s] / totalWeight : 0;
                var aht = handled[s] > 0 ? handledSeconds[s] / handled[s] : dayAht;
                if (factor != 1)
                {
                    calls *= factor;
                    source = ForecastSource.Uplift;
                }

                if (overrideBySlot.TryGetValue((date, s), out var o))
                {
                    calls = o.OfferedCalls ?? calls;
                    aht = o.AhtSeconds ?? aht;
                    source = ForecastSource.Override;
                }

                intervals.Add(new ForecastInterval(date, LocalTime.Midnight.PlusMinutes(s * history.IntervalMinutes), calls, aht, source));
            }
        }

        return new VolumeForecast(queue, history.IntervalMinutes, start, weeks, Math.Exp(7 * growth) - 1, intervals);
    }

    private static List<(DayVolume Day, LocalDate Date, double Weight)> CollectSamples(
        VolumeHistoryIndex history, LocalDate target, LocalDate start, HashSet<LocalDate> exceptions, ForecastOptions options)
    {
        // The newest usable week is the first one strictly before the forecast start.
        var newest = (Period.DaysBetween(start, target) / 7) + 1;
        var samples = new List<(DayVolume, LocalDate, double)>(options.LookbackWeeks);
        for (var k = newest; k < newest + (2 * options.LookbackWeeks) && samples.Count < options.LookbackWeeks; k++)
        {
            var date = target.PlusDays(-7 * k);
            if (!exceptions.Contains(date) && history.TryGetDay(date, out var day))
            {
                samples.Add((day, date, Math.Pow(options.RecencyDecay, k - newest)));
            }
        }

        return samples;
    }

    private static double FitGrowth(VolumeHistoryIndex history, LocalDate start, HashSet<LocalDate> exceptions, ForecastOptions options)
    {
        var from = start.PlusDays(-7 * options.TrendWeeks);
        var days = new List<(LocalDate, double)>();
        foreach (var date in history.Days)
        {
            if (date >= from && date < start && !exceptions.Contains(date) && history.TryGetDay(date, out var day))
            {
                days.Add((date, day.TotalOffered));
            }
        }

        return WeeklyTrend.FitDailyLogGrowth(days, start, options.MaxWeeklyTrend);
    }

    private static Error? CheckRequest(string queue, int weeks, ForecastOptions options)
    {
        if (string.IsNullOrWhiteSpace(queue))
        {
            return new Error("forecast.missing_queue", "A queue is required.");
        }

        if (weeks is < 1 or > MaxWeeks)
        {
            return new Error("forecast.invalid_weeks", $"Forecasts and hold-outs cover 1 to {MaxWeeks} weeks.");
        }

        if (options.LookbackWeeks is < 1 or > 52 || options.TrendWeeks is < 2 or > 52)
        {
            return new Error("forecast.invalid_options", "Look-back must be 1–52 weeks and the trend window 2–52 weeks.");
        }

        if (!(options.RecencyDecay is > 0 and <= 1) || !(options.MaxWeeklyTrend is >= 0 and < 1))
        {
            return new Error("forecast.invalid_options", "The recency decay must be in (0, 1] and the weekly trend cap in [0, 1).");
        }

        return null;
    }

    private static HashSet<LocalDate> ToSet(IReadOnlyCollection<LocalDate>? days) => days is null ? [] : [.. days];

    private static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
