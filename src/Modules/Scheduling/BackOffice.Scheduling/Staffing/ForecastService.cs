using System.Globalization;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Persistence;
using BackOffice.SharedKernel;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Staffing;

internal sealed class ForecastService(
    SchedulingDbContext db,
    IVolumeHistoryCsv csv,
    IVolumeHistoryMerger merger,
    IForecaster forecaster,
    IStaffingCalculator calculator) : IForecastService
{
    /// <summary>Enough history for the look-back (twice 6 weeks to replace skipped days) and the 8-week trend window.</summary>
    private const int HistoryWeeks = 14;

    public async Task<IReadOnlyList<string>> QueuesAsync(CancellationToken cancellationToken) =>
        await db.QueueSettings.AsNoTracking().OrderBy(s => s.Queue).Select(s => s.Queue).ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<QueueSettings?> GetSettingsAsync(string queue, CancellationToken cancellationToken)
    {
        var row = await db.QueueSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Queue == queue, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToSettings(row);
    }

    public async Task<Result<QueueSettings>> SaveSettingsAsync(QueueSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var invalid = Validate(settings);
        if (invalid is not null)
        {
            return invalid;
        }

        var row = await db.QueueSettings.SingleOrDefaultAsync(s => s.Queue == settings.Queue, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            if (settings.Version is not null)
            {
                return Error.NotFound("queue.not_found", $"Queue '{settings.Queue}' has no settings yet; create them without a version.");
            }

            row = new QueueSettingsRow { Queue = settings.Queue };
            db.QueueSettings.Add(row);
        }
        else
        {
            if (settings.Version is not { } expected || expected != row.Version)
            {
                return StaleSettings();
            }

            if (row.IntervalMinutes != settings.IntervalMinutes
                && await db.Volume.AnyAsync(v => v.Queue == settings.Queue, cancellationToken).ConfigureAwait(false))
            {
                return Error.Conflict("queue.interval_fixed", $"Queue '{settings.Queue}' already has {row.IntervalMinutes}-minute history; its interval length cannot change.");
            }

            // The version the caller read is what the database must still hold when the update lands.
            db.Entry(row).Property(r => r.Version).OriginalValue = expected;
        }

        row.IntervalMinutes = settings.IntervalMinutes;
        row.ServiceLevelTarget = settings.ServiceLevelTarget;
        row.AnswerWithinSeconds = settings.AnswerWithinSeconds;
        row.MaxOccupancy = settings.MaxOccupancy;
        row.Shrinkage = settings.Shrinkage;
        row.ShrinkageByDayOfWeek = FormatShrinkage(settings.ShrinkageByDayOfWeek);
        row.PatienceSeconds = settings.PatienceSeconds;
        row.TimeZoneId = settings.TimeZoneId;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleSettings();
        }
        catch (DbUpdateException) when (settings.Version is null)
        {
            // Two creators raced for the same queue: the loser must reload, as for any stale write.
            return StaleSettings();
        }

        // PostgreSQL assigns the new xmin on write; reading it back gives the caller the token for the next update.
        await db.Entry(row).ReloadAsync(cancellationToken).ConfigureAwait(false);
        return ToSettings(row);
    }

    public async Task<VolumeImportSummary> ImportAsync(TextReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var known = await db.QueueSettings.AsNoTracking().ToDictionaryAsync(s => s.Queue, s => s.IntervalMinutes, cancellationToken).ConfigureAwait(false);
        var parsed = csv.Parse(reader, known);
        if (!parsed.IsValid)
        {
            return new VolumeImportSummary(parsed.Records.Count, 0, 0, 0, parsed.Errors, []);
        }

        // Only the stored rows the file could collide with: same queues, within the file's time span.
        var existing = new List<VolumeRecord>();
        foreach (var queue in parsed.Records.GroupBy(r => r.Queue, StringComparer.Ordinal))
        {
            var from = queue.Min(r => r.IntervalStart.ToInstant());
            var to = queue.Max(r => r.IntervalStart.ToInstant());
            var rows = await db.Volume.AsNoTracking()
                .Where(v => v.Queue == queue.Key && v.IntervalStart >= from && v.IntervalStart <= to)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            existing.AddRange(rows.Select(ToRecord));
        }

        var merge = merger.Merge(existing, parsed.Records, VolumeMergePolicy.Upsert);
        if (merge.Conflicts.Count > 0)
        {
            return new VolumeImportSummary(parsed.Records.Count, 0, 0, 0, [], merge.Conflicts);
        }

        db.Volume.AddRange(merge.Inserted.Select(ToRow));
        db.Volume.UpdateRange(merge.Updated.Select(ToRow));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return new VolumeImportSummary(parsed.Records.Count, merge.Inserted.Count, merge.Updated.Count, merge.Unchanged, [], []);
    }

    public async Task<ForecastAdjustments> GetAdjustmentsAsync(string queue, LocalDate from, LocalDate to, CancellationToken cancellationToken)
    {
        var exceptions = await db.ExceptionDays.AsNoTracking().Where(d => d.Queue == queue).Select(d => d.Date)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var uplifts = await db.DayUplifts.AsNoTracking().Where(d => d.Queue == queue && d.Date >= from && d.Date < to)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var overrides = await db.IntervalOverrides.AsNoTracking().Where(o => o.Queue == queue && o.Date >= from && o.Date < to)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ForecastAdjustments(
            [.. exceptions.Order()],
            [.. uplifts.OrderBy(u => u.Date).Select(u => new DayUplift(u.Date, u.Percent))],
            [.. overrides.OrderBy(o => o.Date).ThenBy(o => o.Start).Select(o => new IntervalOverride(o.Date, o.Start, o.OfferedCalls, o.AhtSeconds))]);
    }

    public async Task<Result> SaveAdjustmentsAsync(string queue, LocalDate weekStart, ForecastAdjustments adjustments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        var settings = await db.QueueSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Queue == queue, cancellationToken).ConfigureAwait(false);
        if (settings is null)
        {
            return NotConfigured(queue);
        }

        var weekEnd = weekStart.PlusWeeks(1);
        var invalid = Validate(adjustments, weekStart, weekEnd, settings.IntervalMinutes);
        if (invalid is not null)
        {
            return invalid;
        }

        db.DayUplifts.RemoveRange(await db.DayUplifts.Where(d => d.Queue == queue && d.Date >= weekStart && d.Date < weekEnd).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.IntervalOverrides.RemoveRange(await db.IntervalOverrides.Where(o => o.Queue == queue && o.Date >= weekStart && o.Date < weekEnd).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.DayUplifts.AddRange(adjustments.Uplifts.Select(u => new DayUpliftRow { Queue = queue, Date = u.Date, Percent = u.Percent }));
        db.IntervalOverrides.AddRange(adjustments.Overrides.Select(o => new IntervalOverrideRow
        {
            Queue = queue,
            Date = o.Date,
            Start = o.Start,
            OfferedCalls = o.OfferedCalls,
            AhtSeconds = o.AhtSeconds,
        }));
        if (adjustments.ExceptionDays is { } days)
        {
            db.ExceptionDays.RemoveRange(await db.ExceptionDays.Where(d => d.Queue == queue).ToListAsync(cancellationToken).ConfigureAwait(false));
            db.ExceptionDays.AddRange(days.Distinct().Select(d => new ExceptionDayRow { Queue = queue, Date = d }));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Success();
    }

    public async Task<Result<QueueForecast>> ForecastAsync(string queue, LocalDate weekStart, int weeks, CancellationToken cancellationToken)
    {
        var row = await db.QueueSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Queue == queue, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return NotConfigured(queue);
        }

        var settings = ToSettings(row);
        var zone = DateTimeZoneProviders.Tzdb[settings.TimeZoneId];

        // A day of slack either side of the local window covers any UTC offset.
        var from = weekStart.PlusWeeks(-HistoryWeeks).PlusDays(-1).AtStartOfDayInZone(zone).ToInstant();
        var to = weekStart.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        var rows = await db.Volume.AsNoTracking()
            .Where(v => v.Queue == queue && v.IntervalStart >= from && v.IntervalStart < to)
            .OrderBy(v => v.IntervalStart)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var history = rows.Select(ToRecord).Where(r => r.IntervalStart.LocalDateTime.Date < weekStart).ToList();
        var adjustments = await GetAdjustmentsAsync(queue, weekStart, weekStart.PlusWeeks(Math.Max(weeks, 0)), cancellationToken).ConfigureAwait(false);

        var forecast = forecaster.Forecast(new ForecastRequest(
            queue, history, weekStart, weeks, adjustments.ExceptionDays, adjustments.Uplifts, adjustments.Overrides));
        if (!forecast.IsSuccess)
        {
            return forecast.Error!;
        }

        var requirements = calculator.Requirements(forecast.Value!, new QueueStaffingSettings(
            queue, settings.ServiceLevelTarget, settings.AnswerWithinSeconds, settings.MaxOccupancy, settings.Shrinkage,
            settings.ShrinkageByDayOfWeek, settings.PatienceSeconds));
        if (!requirements.IsSuccess)
        {
            return requirements.Error!;
        }

        var intervals = forecast.Value!.Intervals;
        var rowsOut = requirements.Value!.Intervals.Select((r, i) => new QueueForecastInterval(r, intervals[i].Source)).ToList();
        return new QueueForecast(
            queue, forecast.Value.IntervalMinutes, weekStart, weeks, forecast.Value.WeeklyTrend, requirements.Value.Model, settings.TimeZoneId, rowsOut);
    }

    public void WriteRequirementsCsv(TextWriter writer, QueueForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(forecast);
        using var output = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        string[] header =
        [
            "queue", "date", "interval_start", "source", "offered_calls", "aht_seconds", "raw_agents", "scheduled_agents",
            "shrinkage", "service_level", "probability_of_waiting", "asa_seconds", "occupancy", "probability_of_abandon",
        ];
        foreach (var name in header)
        {
            output.WriteField(name);
        }

        output.NextRecord();
        foreach (var (r, source) in forecast.Intervals)
        {
            output.WriteField(forecast.Queue);
            output.WriteField(LocalDatePattern.Iso.Format(r.Date));
            output.WriteField(LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(r.Start));
            output.WriteField(source.ToString());
            output.WriteField(r.OfferedCalls.ToString("0.###", CultureInfo.InvariantCulture));
            output.WriteField(r.AhtSeconds.ToString("0.#", CultureInfo.InvariantCulture));
            output.WriteField(r.RawAgents.ToString(CultureInfo.InvariantCulture));
            output.WriteField(r.ScheduledAgents.ToString(CultureInfo.InvariantCulture));
            output.WriteField(r.Shrinkage.ToString(CultureInfo.InvariantCulture));
            output.WriteField(r.ServiceLevel.ToString("0.####", CultureInfo.InvariantCulture));
            output.WriteField(r.ProbabilityOfWaiting.ToString("0.####", CultureInfo.InvariantCulture));
            output.WriteField(r.AverageSpeedOfAnswerSeconds.ToString("0.##", CultureInfo.InvariantCulture));
            output.WriteField(r.Occupancy.ToString("0.####", CultureInfo.InvariantCulture));
            output.WriteField(r.ProbabilityOfAbandon?.ToString("0.####", CultureInfo.InvariantCulture) ?? "");
            output.NextRecord();
        }
    }

    private static Error StaleSettings() =>
        Error.Conflict("concurrency.stale", "Someone else changed this queue's settings since you loaded them. Reload and apply your change again.");

    private static Error NotConfigured(string queue) =>
        Error.NotFound("queue.not_configured", $"Queue '{queue}' has no settings: set its interval, service level, shrinkage and site time zone first.");

    private static Error? Validate(QueueSettings s)
    {
        if (string.IsNullOrWhiteSpace(s.Queue) || s.Queue.Length > QueueSettingsRow.MaxQueueLength)
        {
            return new Error("queue.invalid_name", $"A queue name is required, at most {QueueSettingsRow.MaxQueueLength} characters.");
        }

        if (s.IntervalMinutes is not (15 or 30))
        {
            return new Error("queue.invalid_interval", "The interval length is 15 or 30 minutes.");
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(s.TimeZoneId ?? "") is null)
        {
            return new Error("queue.invalid_time_zone", $"'{s.TimeZoneId}' is not a TZDB time zone id (e.g. America/Chicago).");
        }

        if (s.ShrinkageByDayOfWeek is { } byDay && byDay.Keys.Any(d => d == IsoDayOfWeek.None))
        {
            return new Error("queue.invalid_shrinkage", "Per-day shrinkage is keyed by Monday … Sunday.");
        }

        // Targets, occupancy, shrinkage and patience get the calculator's own checks, so the API and the CLI agree.
        var probe = new StaffingQuery(1, 1, Duration.FromMinutes(s.IntervalMinutes), s.ServiceLevelTarget, s.AnswerWithinSeconds, s.MaxOccupancy, s.Shrinkage, s.PatienceSeconds);
        foreach (var shrinkage in (s.ShrinkageByDayOfWeek?.Values ?? []).Prepend(s.Shrinkage))
        {
            var error = StaffingValidation.Check(probe with { Shrinkage = shrinkage });
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static Error? Validate(ForecastAdjustments a, LocalDate weekStart, LocalDate weekEnd, int intervalMinutes)
    {
        string Text(LocalDate d) => LocalDatePattern.Iso.Format(d);
        foreach (var u in a.Uplifts)
        {
            if (u.Date < weekStart || u.Date >= weekEnd)
            {
                return new Error("forecast.uplift_outside_week", $"The uplift for {Text(u.Date)} is not in the week starting {Text(weekStart)}.");
            }

            if (!double.IsFinite(u.Percent) || u.Percent < -100)
            {
                return new Error("forecast.invalid_uplift", $"The uplift for {Text(u.Date)} must be a percentage of −100 or more.");
            }
        }

        foreach (var o in a.Overrides)
        {
            if (o.Date < weekStart || o.Date >= weekEnd)
            {
                return new Error("forecast.override_outside_week", $"The override for {Text(o.Date)} is not in the week starting {Text(weekStart)}.");
            }

            if (o.Start.Second != 0 || o.Start.NanosecondOfSecond != 0 || ((o.Start.Hour * 60) + o.Start.Minute) % intervalMinutes != 0)
            {
                return new Error("forecast.override_misaligned", $"The override at {o.Start:HH:mm} is not on the queue's {intervalMinutes}-minute grid.");
            }

            if ((o.OfferedCalls is null && o.AhtSeconds is null)
                || o.OfferedCalls is { } calls && !(double.IsFinite(calls) && calls >= 0)
                || o.AhtSeconds is { } aht && !(double.IsFinite(aht) && aht > 0))
            {
                return new Error("forecast.invalid_override", $"The override for {Text(o.Date)} {o.Start:HH:mm} needs calls of 0 or more and/or an AHT above 0.");
            }
        }

        if (a.Uplifts.GroupBy(u => u.Date).FirstOrDefault(g => g.Count() > 1) is { } dupUplift)
        {
            return new Error("forecast.duplicate_uplift", $"{Text(dupUplift.Key)} has more than one uplift.");
        }

        if (a.Overrides.GroupBy(o => (o.Date, o.Start)).FirstOrDefault(g => g.Count() > 1) is { } dupOverride)
        {
            return new Error("forecast.duplicate_override", $"{Text(dupOverride.Key.Date)} {dupOverride.Key.Start:HH:mm} has more than one override.");
        }

        return null;
    }

    private static QueueSettings ToSettings(QueueSettingsRow r) => new(
        r.Queue, r.IntervalMinutes, r.ServiceLevelTarget, r.AnswerWithinSeconds, r.MaxOccupancy, r.Shrinkage,
        ParseShrinkage(r.ShrinkageByDayOfWeek), r.PatienceSeconds, r.TimeZoneId, r.Version);

    private static string? FormatShrinkage(IReadOnlyDictionary<IsoDayOfWeek, decimal>? byDay) =>
        byDay is null || byDay.Count == 0
            ? null
            : string.Join(';', byDay.OrderBy(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}")));

    private static Dictionary<IsoDayOfWeek, decimal>? ParseShrinkage(string? text) =>
        string.IsNullOrEmpty(text)
            ? null
            : text.Split(';').Select(p => p.Split('=')).ToDictionary(
                p => Enum.Parse<IsoDayOfWeek>(p[0]),
                p => decimal.Parse(p[1], NumberStyles.Number, CultureInfo.InvariantCulture));

    private static VolumeRecord ToRecord(VolumeRow v) => new(
        v.Queue, v.IntervalStart.WithOffset(Offset.FromSeconds(v.UtcOffsetSeconds)), v.IntervalMinutes, v.Offered, v.Handled, v.AhtSeconds);

    private static VolumeRow ToRow(VolumeRecord r) => new()
    {
        Queue = r.Queue,
        IntervalStart = r.IntervalStart.ToInstant(),
        UtcOffsetSeconds = r.IntervalStart.Offset.Seconds,
        IntervalMinutes = r.IntervalMinutes,
        Offered = r.Offered,
        Handled = r.Handled,
        AhtSeconds = r.AhtSeconds,
    };
}
