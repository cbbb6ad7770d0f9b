using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Staffing.Forecasting;
using BackOffice.Scheduling.Staffing.Synthetic;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Staffing;

public sealed class ForecasterTests
{
    private static readonly LocalTime NineAm = new(9, 0);
    private readonly Forecaster _forecaster = new();

    // A weekly pattern that every test week repeats: depends on the weekday and the slot only.
    private static int Pattern(LocalDate date, LocalTime time) => (int)date.DayOfWeek * 3 + time.Hour;

    private static ForecastInterval At(VolumeForecast forecast, LocalDate date, LocalTime time) =>
        forecast.Intervals.Single(i => i.Date == date && i.Start == time);

    [Fact]
    public void Forecast_WhenEveryWeekIsIdentical_RepeatsThatWeek()
    {
        var history = new VolumeHistoryBuilder().WithDays(VolumeHistoryBuilder.Monday(0), 28, Pattern).Build();
        var start = VolumeHistoryBuilder.Monday(4);

        var forecast = _forecaster.Forecast(new ForecastRequest("Sales", history, start, 2)).Value!;

        forecast.WeeklyTrend.Should().BeApproximately(0, 1e-12);
        foreach (var interval in forecast.Intervals.Where(i => i.Start >= new LocalTime(9, 0) && i.Start < new LocalTime(17, 0)))
        {
            interval.OfferedCalls.Should().BeApproximately(Pattern(interval.Date, interval.Start), 1e-9);
            interval.AhtSeconds.Should().BeApproximately(180, 1e-9);
            interval.Source.Should().Be(ForecastSource.History);
        }
    }

    [Fact]
    public void Forecast_WhenOneWeekRequested_CoversEveryWallClockSlotOfSevenDays()
    {
        var history = new VolumeHistoryBuilder().WithDays(VolumeHistoryBuilder.Monday(0), 14, Pattern).Build();

        var forecast = _forecaster.Forecast(new ForecastRequest("Sales", history, VolumeHistoryBuilder.Monday(2), 1)).Value!;

        // 7 days × 48 half-hours; closed hours (no rows on days that have data) forecast zero calls.
        forecast.Intervals.Should().HaveCount(7 * 48);
        forecast.Intervals[0].Start.Should().Be(LocalTime.Midnight);
        forecast.Intervals[0].OfferedCalls.Should().Be(0);
        forecast.IntervalMinutes.Should().Be(30);
    }

    [Fact]
    public void Forecast_WhenRecentWeeksDiffer_WeighsNewerWeekByTheDecay()
    {
        var history = new VolumeHistoryBuilder()
            .WithDays(VolumeHistoryBuilder.Monday(0), 7, (_, _) => 10)
            .WithDays(VolumeHistoryBuilder.Monday(1), 7, (_, _) => 20)
            .Build();
        var options = new ForecastOptions(LookbackWeeks: 2, RecencyDecay: 0.5, ApplyTrend: false);

        var forecast = _forecaster.Forecast(new ForecastRequest("Sales", history, VolumeHistoryBuilder.Monday(2), 2, Options: options)).Value!;

        // Documented weights: newest week 1, the one before 0.5 → (1·20 + 0.5·10) / 1.5 = 16.667, in both forecast weeks
        // (week 2 looks back from its own date, skipping the forecast week it cannot know).
        At(forecast, VolumeHistoryBuilder.Monday(2), NineAm).OfferedCalls.Should().BeApproximately(50.0 / 3, 1e-9);
        At(forecast, VolumeHistoryBuilder.Monday(3), NineAm).OfferedCalls.Should().BeApproximately(50.0 / 3, 1e-9);
    }

    [Fact]
    public void Forecast_WhenAhtDiffers_WeighsItByWeightTimesHandledCalls()
    {
        var monday0 = VolumeHistoryBuilder.Monday(0);
        var history = new VolumeHistoryBuilder()
            .WithRecord(monday0, NineAm, 10, 10, 100)
            .WithRecord(monday0.PlusWeeks(1), NineAm, 30, 30, 200)
            .Build();
        var options = new ForecastOptions(LookbackWeeks: 2, RecencyDecay: 0.5, ApplyTrend: false);

        var forecast = _forecaster.Forecast(new ForecastRequest("Sales", history, monday0.PlusWeeks(2), 1, Options: options)).Value!;

        // (0.5·10·100 + 1·30·200) / (0.5·10 + 1·30) = 6,500 / 35 = 185.714 s.
        At(forecast, monday0.PlusWeeks(2), NineAm).AhtSeconds.Should().BeApproximately(6500.0 / 35, 1e-9);
    }

    [Fact]
    public void Forecast_WhenVolumeGrowsTwoPercentAWeek_ProjectsTheTrend()
    {
        var first = VolumeHistoryBuilder.Monday(0);
        var builder = new VolumeHistoryBuilder();
        for (var week = 0; week < 6; week++)
        {
            var level = 1000 * Math.Pow(1.02, week);
            for (var day = 0; day < 7; day++)
            {
                builder.WithRecord(first.PlusWeeks(week).PlusDays(day), new LocalTime(10, 0), (int)Math.Round(level, MidpointRounding.AwayFromZero), 1, 180);
            }
        }

        var options = new ForecastOptions(LookbackWeeks: 1, RecencyDecay: 1, ApplyTrend: true);
        var forecast = _forecaster.Forecast(new ForecastRequest("Sales", builder.Build(), first.PlusWeeks(6), 2, Options: options)).Value!;

        // ln(volume) rises ln(1.02) per week; the newest week (1000·1.02^5 = 1104.08, stored as 1104) carried one week
        // ahead is ×1.02, two weeks ahead (the same sample, two weeks older) ×1.02².
        forecast.WeeklyTrend.Should().BeApproximately(0.02, 0.0005);
        At(forecast, first.PlusWeeks(6), new LocalTime(10, 0)).OfferedCalls.Should().BeApproximately(1104 * 1.02, 1.0);
        At(forecast, first.PlusWeeks(7), new LocalTime(10, 0)).OfferedCalls.Should().BeApproximately(1104 * 1.02 * 1.02, 1.5);
    }

    [Fact]
    public void Forecast_WhenTrendIsImplausiblySteep_ClampsIt()
    {
        var first = VolumeHistoryBuilder.Monday(0);
        var builder = new VolumeHistoryBuilder();
        for (var week = 0; week < 4; week++)
        {
            var calls = (int)(100 * Math.Pow(1.5, week));
            builder.WithDays(first.PlusWeeks(week), 7, (_, _) => calls);
        }

        var forecast = _forecaster.Forecast(new ForecastRequest("Sales", builder.Build(), first.PlusWeeks(4), 1)).Value!;

        // +50 %/week is clamped to the default cap of ±5 %/week.
        forecast.WeeklyTrend.Should().BeApproximately(0.05, 1e-9);
    }

    [Fact]
    public void Forecast_WhenLastWeekHadAHoliday_LeavesThatDayOut()
    {
        var holiday = VolumeHistoryBuilder.Monday(3);
        var history = new VolumeHistoryBuilder()
            .WithDays(VolumeHistoryBuilder.Monday(0), 28, (date, _) => date == holiday ? 500 : 10)
            .Build();
        var options = new ForecastOptions(LookbackWeeks: 1, ApplyTrend: false);

        var excluded = _forecaster.Forecast(new ForecastRequest("Sales", history, VolumeHistoryBuilder.Monday(4), 1, ExceptionDays: [holiday], Options: options)).Value!;
        var included = _forecaster.Forecast(new ForecastRequest("Sales", history, VolumeHistoryBuilder.Monday(4), 1, Options: options)).Value!;

        At(excluded, VolumeHistoryBuilder.Monday(4), NineAm).OfferedCalls.Should().Be(10);
        At(included, VolumeHistoryBuilder.Monday(4), NineAm).OfferedCalls.Should().Be(500);
    }

    [Fact]
    public void Forecast_WhenDayUpliftedOrClosed_ScalesThatDayOnly()
    {
        var history = new VolumeHistoryBuilder().WithDays(VolumeHistoryBuilder.Monday(0), 14, (_, _) => 20).Build();
        var start = VolumeHistoryBuilder.Monday(2);
        var request = new ForecastRequest("Sales", history, start, 1, Uplifts: [new DayUplift(start, 10), new DayUplift(start.PlusDays(1), -100)]);

        var forecast = _forecaster.Forecast(request).Value!;

        At(forecast, start, NineAm).OfferedCalls.Should().BeApproximately(22, 1e-9);
        At(forecast, start, NineAm).Source.Should().Be(ForecastSource.Uplift);
        At(forecast, start.PlusDays(1), NineAm).OfferedCalls.Should().Be(0);
        At(forecast, start.PlusDays(2), NineAm).OfferedCalls.Should().BeApproximately(20, 1e-9);
    }

    [Fact]
    public void Forecast_WhenIntervalOverridden_UsesTheSchedulersFigure()
    {
        var history = new VolumeHistoryBuilder().WithDays(VolumeHistoryBuilder.Monday(0), 14, (_, _) => 20).Build();
        var start = VolumeHistoryBuilder.Monday(2);
        var request = new ForecastRequest("Sales", history, start, 1,
            Uplifts: [new DayUplift(start, 50)],
            Overrides: [new IntervalOverride(start, NineAm, 42, null)]);

        var forecast = _forecaster.Forecast(request).Value!;

        var overridden = At(forecast, start, NineAm);
        overridden.OfferedCalls.Should().Be(42);
        overridden.AhtSeconds.Should().BeApproximately(180, 1e-9);
        overridden.Source.Should().Be(ForecastSource.Override);
        At(forecast, start, new LocalTime(9, 30)).OfferedCalls.Should().BeApproximately(30, 1e-9);
    }

    [Theory]
    [InlineData(9, 10, 0, "forecast.override_misaligned")]
    [InlineData(9, 0, 7, "forecast.override_outside_horizon")]
    public void Forecast_WhenOverrideInvalid_Fails(int hour, int minute, int dayOffset, string code)
    {
        var history = new VolumeHistoryBuilder().WithDays(VolumeHistoryBuilder.Monday(0), 14, (_, _) => 20).Build();
        var start = VolumeHistoryBuilder.Monday(2);

        var result = _forecaster.Forecast(new ForecastRequest("Sales", history, start, 1, Overrides: [new IntervalOverride(start.PlusDays(dayOffset), new LocalTime(hour, minute), 5, null)]));

        result.Error!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Forecast_WhenHorizonOutsideOneToSixWeeks_Fails(int weeks)
    {
        var history = new VolumeHistoryBuilder().WithDays(VolumeHistoryBuilder.Monday(0), 14, (_, _) => 20).Build();

        _forecaster.Forecast(new ForecastRequest("Sales", history, VolumeHistoryBuilder.Monday(2), weeks)).Error!.Code.Should().Be("forecast.invalid_weeks");
    }

    [Fact]
    public void Forecast_WhenWeekdayHasNoHistory_ForecastsNoCalls()
    {
        // Five weekdays of history a week: Saturdays and Sundays are closed and have no rows at all.
        var builder = new VolumeHistoryBuilder();
        for (var week = 0; week < 2; week++)
        {
            builder.WithDays(VolumeHistoryBuilder.Monday(week), 5, (_, _) => 20);
        }

        var forecast = _forecaster.Forecast(new ForecastRequest("Sales", builder.Build(), VolumeHistoryBuilder.Monday(2), 1)).Value!;

        var sunday = At(forecast, VolumeHistoryBuilder.Monday(2).PlusDays(6), NineAm);
        sunday.OfferedCalls.Should().Be(0);
        sunday.Source.Should().Be(ForecastSource.NoHistory);
    }

    [Fact]
    public void Forecast_WhenQueueHasNoHistory_Fails()
    {
        var history = new VolumeHistoryBuilder().ForQueue("Support").WithDays(VolumeHistoryBuilder.Monday(0), 7, (_, _) => 1).Build();

        _forecaster.Forecast(new ForecastRequest("Sales", history, VolumeHistoryBuilder.Monday(1), 1)).Error!.Code.Should().Be("forecast.no_history");
    }

    [Fact]
    public void Backtest_WhenHeldBackWeekDiffersByAKnownAmount_ReportsThatError()
    {
        // Two weeks of 10 calls per open half-hour, then a held-back week of 12: every open interval is off by
        // |10 − 12| / 12 = 1/6, so MAPE = WMAPE = daily MAPE = 0.1667.
        var history = new VolumeHistoryBuilder()
            .WithDays(VolumeHistoryBuilder.Monday(0), 14, (_, _) => 10)
            .WithDays(VolumeHistoryBuilder.Monday(2), 7, (_, _) => 12)
            .Build();

        var report = _forecaster.Backtest(new BacktestRequest("Sales", history, HoldoutWeeks: 1)).Value!;

        report.HoldoutStart.Should().Be(VolumeHistoryBuilder.Monday(2));
        report.HoldoutEnd.Should().Be(VolumeHistoryBuilder.Monday(2).PlusDays(6));
        report.TrainingDays.Should().Be(14);
        report.IntervalsScored.Should().Be(7 * 48);
        report.IntervalsWithCalls.Should().Be(7 * 16);
        report.Mape.Should().BeApproximately(1.0 / 6, 1e-9);
        report.WeightedMape.Should().BeApproximately(1.0 / 6, 1e-9);
        report.DailyMape.Should().BeApproximately(1.0 / 6, 1e-9);
        report.AhtWeightedMape.Should().BeApproximately(0, 1e-12);
    }

    [Fact]
    public void Backtest_WhenHoldoutLeavesTooLittleHistory_Fails()
    {
        var history = new VolumeHistoryBuilder().WithDays(VolumeHistoryBuilder.Monday(0), 10, (_, _) => 10).Build();

        _forecaster.Backtest(new BacktestRequest("Sales", history, HoldoutWeeks: 2)).Error!.Code.Should().Be("forecast.too_little_history");
    }

    [Fact]
    public void Backtest_WhenVolumeGrowsSteadily_TrendLowersTheError()
    {
        // Synthetic history growing 3 %/week: a plain weighted average lags the growth (its samples are on average
        // about two weeks old), the trend-adjusted one should not.
        var history = new SyntheticAcdHistoryGenerator().Generate(new SyntheticHistoryOptions(11, VolumeHistoryBuilder.Monday(0), 12, WeeklyGrowth: 0.03));
        var withTrend = _forecaster.Backtest(new BacktestRequest("Sales", history, 2, Options: ForecastOptions.Default)).Value!;
        var withoutTrend = _forecaster.Backtest(new BacktestRequest("Sales", history, 2, Options: ForecastOptions.Default with { ApplyTrend = false })).Value!;

        withTrend.DailyMape.Should().BeLessThan(withoutTrend.DailyMape);
        withTrend.WeightedMape.Should().BeLessThan(withoutTrend.WeightedMape);
    }

    [Fact]
    public void Backtest_WhenSyntheticHistory_StaysNearTheNoiseFloor()
    {
        // The generator's own randomness bounds what any forecast can do: Poisson arrivals at the ~40 calls of an
        // average open quarter-hour alone give E|X − λ|/λ ≈ √(2/(πλ)) ≈ 12.6 %, and day levels vary by 6 %.
        // A sound same-weekday average should land within a few points of that, far from a naive error of 30 %+.
        var history = new SyntheticAcdHistoryGenerator().Generate(new SyntheticHistoryOptions(12, VolumeHistoryBuilder.Monday(0), 10));

        var report = _forecaster.Backtest(new BacktestRequest("Sales", history, 2)).Value!;

        report.WeightedMape.Should().BeInRange(0.10, 0.20);
        report.DailyMape.Should().BeLessThan(0.10);
    }
}
