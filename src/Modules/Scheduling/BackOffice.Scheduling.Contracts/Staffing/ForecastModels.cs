using NodaTime;

namespace BackOffice.Scheduling.Contracts.Staffing;

/// <summary>
/// Method settings. Each same-weekday sample that is <c>k</c> weeks older than the most recent usable one weighs
/// <c>RecencyDecay^k</c>; at most <paramref name="LookbackWeeks"/> samples are used. The weekly trend is fitted on the
/// last <paramref name="TrendWeeks"/> weeks and clamped to ±<paramref name="MaxWeeklyTrend"/>.
/// </summary>
public sealed record ForecastOptions(
    int LookbackWeeks = 6,
    double RecencyDecay = 0.8,
    bool ApplyTrend = true,
    int TrendWeeks = 8,
    double MaxWeeklyTrend = 0.05)
{
    public static ForecastOptions Default { get; } = new();
}

/// <summary>Scales every interval of one forecast day: +10 is 10 % more calls, −100 closes the day.</summary>
public sealed record DayUplift(LocalDate Date, double Percent);

/// <summary>A scheduler's own figure for one interval; a null value keeps the model's figure.</summary>
public sealed record IntervalOverride(LocalDate Date, LocalTime Start, double? OfferedCalls, double? AhtSeconds);

/// <summary>
/// <paramref name="ExceptionDays"/> are holidays and other abnormal days: they are left out of the history the
/// forecast learns from (and out of backtest scoring).
/// </summary>
public sealed record ForecastRequest(
    string Queue,
    IReadOnlyList<VolumeRecord> History,
    LocalDate StartDate,
    int Weeks,
    IReadOnlyCollection<LocalDate>? ExceptionDays = null,
    IReadOnlyList<DayUplift>? Uplifts = null,
    IReadOnlyList<IntervalOverride>? Overrides = null,
    ForecastOptions? Options = null);

public enum ForecastSource
{
    /// <summary>Weighted same-weekday history, trend-adjusted.</summary>
    History,

    /// <summary>No usable history for that weekday: zero calls.</summary>
    NoHistory,

    /// <summary>History with the day's percentage uplift applied.</summary>
    Uplift,

    /// <summary>The scheduler's override.</summary>
    Override,
}

public sealed record ForecastInterval(
    LocalDate Date,
    LocalTime Start,
    double OfferedCalls,
    double AhtSeconds,
    ForecastSource Source);

/// <summary>
/// Intervals cover every local wall-clock slot of each day (96 or 48), in the site's local time; on a DST change day a
/// host maps them to instants with the site's zone (the skipped spring-forward slots simply do not occur).
/// <paramref name="WeeklyTrend"/> is the fitted growth per week (0.02 = +2 %/week) that was applied.
/// </summary>
public sealed record VolumeForecast(
    string Queue,
    int IntervalMinutes,
    LocalDate StartDate,
    int Weeks,
    double WeeklyTrend,
    IReadOnlyList<ForecastInterval> Intervals);

public sealed record BacktestRequest(
    string Queue,
    IReadOnlyList<VolumeRecord> History,
    int HoldoutWeeks = 2,
    IReadOnlyCollection<LocalDate>? ExceptionDays = null,
    ForecastOptions? Options = null);

/// <summary>
/// Errors of offered calls on the held-back weeks. <paramref name="Mape"/> is the mean of |F − A| / A over intervals
/// with A &gt; 0; <paramref name="WeightedMape"/> is Σ|F − A| / ΣA over every scored interval;
/// <paramref name="DailyMape"/> is the MAPE of daily totals; <paramref name="AhtWeightedMape"/> weighs AHT errors by
/// handled calls. All are fractions (0.12 = 12 %).
/// </summary>
public sealed record BacktestReport(
    string Queue,
    LocalDate HoldoutStart,
    LocalDate HoldoutEnd,
    int TrainingDays,
    int IntervalsScored,
    int IntervalsWithCalls,
    double Mape,
    double WeightedMape,
    double DailyMape,
    double AhtWeightedMape);

/// <summary>
/// <paramref name="FirstDay"/> should be a Monday for whole weeks. <paramref name="ZoneId"/> is a TZDB id: rows carry that
/// zone's offsets, including its DST changes. <paramref name="MeanDailyCalls"/> is a weekday's volume of the first queue;
/// further queues are scaled around it.
/// </summary>
public sealed record SyntheticHistoryOptions(
    int Seed,
    LocalDate FirstDay,
    int Weeks,
    int IntervalMinutes = 15,
    int Queues = 1,
    string ZoneId = "America/Chicago",
    double MeanDailyCalls = 2400,
    double WeeklyGrowth = 0.005,
    double AhtSeconds = 240);
