using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Contracts.Staffing;

/// <summary>
/// The stored side of forecasting for hosts (API, web pages, CLI): queue settings, volume history import,
/// the scheduler's adjustments, and a queue's forecast with its interval staffing requirements.
/// </summary>
public interface IForecastService
{
    Task<IReadOnlyList<string>> QueuesAsync(CancellationToken cancellationToken);

    Task<QueueSettings?> GetSettingsAsync(string queue, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the queue's settings (<see cref="QueueSettings.Version"/> null) or updates them (the version last read);
    /// a stale or missing version on an existing queue is a conflict.
    /// </summary>
    Task<Result<QueueSettings>> SaveSettingsAsync(QueueSettings settings, CancellationToken cancellationToken);

    /// <summary>Validates the whole ACD file and stores it only when every row is valid; identical rows are left alone.</summary>
    Task<VolumeImportSummary> ImportAsync(TextReader csv, CancellationToken cancellationToken);

    /// <summary>The queue's exception days, and the uplifts and overrides dated in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    Task<ForecastAdjustments> GetAdjustmentsAsync(string queue, LocalDate from, LocalDate to, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the uplifts and overrides of the week starting <paramref name="weekStart"/> (each must be dated in that
    /// week); when <see cref="ForecastAdjustments.ExceptionDays"/> is not null it replaces the queue's exception days.
    /// </summary>
    Task<Result> SaveAdjustmentsAsync(string queue, LocalDate weekStart, ForecastAdjustments adjustments, CancellationToken cancellationToken);

    /// <summary>The forecast of 1–6 weeks from <paramref name="weekStart"/> with the stored adjustments, and each interval's requirement.</summary>
    Task<Result<QueueForecast>> ForecastAsync(string queue, LocalDate weekStart, int weeks, CancellationToken cancellationToken);

    /// <summary>Writes a forecast's requirements as CSV (one row per interval, invariant culture).</summary>
    void WriteRequirementsCsv(TextWriter writer, QueueForecast forecast);
}

/// <summary>
/// A queue's stored staffing policy. <paramref name="TimeZoneId"/> is the site's TZDB zone; <paramref name="Version"/>
/// is the concurrency token (null to create).
/// </summary>
public sealed record QueueSettings(
    string Queue,
    int IntervalMinutes,
    double ServiceLevelTarget,
    double AnswerWithinSeconds,
    double? MaxOccupancy,
    decimal Shrinkage,
    IReadOnlyDictionary<IsoDayOfWeek, decimal>? ShrinkageByDayOfWeek,
    double? PatienceSeconds,
    string TimeZoneId,
    uint? Version = null);

/// <summary>What an import did. When <see cref="Errors"/> or <see cref="Conflicts"/> is not empty nothing was stored.</summary>
public sealed record VolumeImportSummary(
    int Rows,
    int Inserted,
    int Updated,
    int Unchanged,
    IReadOnlyList<VolumeImportError> Errors,
    IReadOnlyList<string> Conflicts)
{
    public bool IsStored => Errors.Count == 0 && Conflicts.Count == 0;
}

public sealed record ForecastAdjustments(
    IReadOnlyList<LocalDate>? ExceptionDays,
    IReadOnlyList<DayUplift> Uplifts,
    IReadOnlyList<IntervalOverride> Overrides);

public sealed record QueueForecastInterval(IntervalRequirement Requirement, ForecastSource Source);

public sealed record QueueForecast(
    string Queue,
    int IntervalMinutes,
    LocalDate StartDate,
    int Weeks,
    double WeeklyTrend,
    StaffingModel Model,
    string TimeZoneId,
    IReadOnlyList<QueueForecastInterval> Intervals);
