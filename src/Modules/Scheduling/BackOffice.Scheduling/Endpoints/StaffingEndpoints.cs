using System.Text;
using BackOffice.Infrastructure.Http;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Endpoints;

/// <summary>Queue settings, volume import, forecast adjustments, and the forecast with its staffing requirements.</summary>
internal static class StaffingEndpoints
{
    /// <summary>ACD exports of a few months for dozens of queues stay well under this.</summary>
    private const long MaxImportBytes = 50L * 1024 * 1024;

    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static void Map(IEndpointRouteBuilder app)
    {
        var write = app.MapGroup("/api").RequireAuthorization(Policies.Scheduling).WithTags("Scheduling");
        var read = app.MapGroup("/api").RequireAuthorization(Policies.SchedulingRead).WithTags("Scheduling");
        write.MapGet("/queues/{queue}/settings", GetSettingsAsync);
        write.MapPut("/queues/{queue}/settings", PutSettingsAsync).Accepts<SettingsDto>("application/json");
        write.MapPost("/volume/import", ImportAsync);
        write.MapGet("/queues/{queue}/forecast/overrides", GetOverridesAsync);
        write.MapPut("/queues/{queue}/forecast/overrides", PutOverridesAsync).Accepts<AdjustmentsDto>("application/json");
        read.MapGet("/queues/{queue}/forecast", ForecastAsync);
        read.MapGet("/queues/{queue}/requirements/csv", RequirementsCsvAsync);
    }

    internal static async Task<IResult> GetSettingsAsync(string queue, IForecastService service, CancellationToken ct)
    {
        var settings = await service.GetSettingsAsync(queue, ct).ConfigureAwait(false);
        return settings is null
            ? Error.NotFound("queue.not_configured", $"Queue '{queue}' has no settings.").ToProblem()
            : TypedResults.Ok(SettingsDto.From(settings));
    }

    internal static async Task<IResult> PutSettingsAsync(string queue, HttpRequest request, IForecastService service, CancellationToken ct)
    {
        var (body, bad) = await JsonBody.ReadAsync<SettingsDto>(request, ct).ConfigureAwait(false);
        if (body is null)
        {
            return bad!;
        }

        Dictionary<IsoDayOfWeek, decimal>? byDay = null;
        if (body.ShrinkageByDayOfWeek is { } days)
        {
            byDay = [];
            foreach (var (day, value) in days)
            {
                if (!Enum.TryParse<IsoDayOfWeek>(day, ignoreCase: true, out var weekday) || weekday == IsoDayOfWeek.None || int.TryParse(day, out _))
                {
                    return new Error("queue.invalid_shrinkage", $"'{day}' is not a day of the week (Monday … Sunday).").ToProblem();
                }

                byDay[weekday] = value;
            }
        }

        var result = await service.SaveSettingsAsync(
            new QueueSettings(queue, body.IntervalMinutes, body.ServiceLevelTarget, body.AnswerWithinSeconds, body.MaxOccupancy, body.Shrinkage,
                byDay, body.PatienceSeconds, body.TimeZoneId ?? "", body.Version),
            ct).ConfigureAwait(false);
        return result.IsSuccess ? TypedResults.Ok(SettingsDto.From(result.Value!)) : result.Error!.ToProblem();
    }

    internal static async Task<IResult> ImportAsync(HttpRequest request, IForecastService service, CancellationToken ct)
    {
        if (request.ContentLength > MaxImportBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large", detail: $"Import files are limited to {MaxImportBytes / (1024 * 1024)} MB.");
        }

        // The CSV parser reads synchronously, which Kestrel forbids on the request stream: buffer the body first.
        string text;
        using (var body = new StreamReader(request.Body, Encoding.UTF8))
        {
            text = await body.ReadToEndAsync(ct).ConfigureAwait(false);
        }

        using var reader = new StringReader(text);
        var summary = await service.ImportAsync(reader, ct).ConfigureAwait(false);
        if (summary.Errors.Count > 0)
        {
            return new Error("volume.invalid_file", $"The file has {summary.Errors.Count} invalid row(s); nothing was imported.").ToProblem(
                new Dictionary<string, object?> { ["errors"] = summary.Errors.Select(e => new { line = e.Line, code = e.Code, message = e.Message }).ToList() });
        }

        if (summary.Conflicts.Count > 0)
        {
            return Error.Conflict("volume.conflict", "The file conflicts with stored history; nothing was imported.").ToProblem(
                new Dictionary<string, object?> { ["conflicts"] = summary.Conflicts });
        }

        return TypedResults.Ok(new ImportResponse(summary.Rows, summary.Inserted, summary.Updated, summary.Unchanged));
    }

    internal static async Task<IResult> GetOverridesAsync(string queue, string? weekStart, IForecastService service, CancellationToken ct)
    {
        if (!TryDate(weekStart, out var start))
        {
            return BadDate("weekStart", weekStart);
        }

        var adjustments = await service.GetAdjustmentsAsync(queue, start, start.PlusWeeks(1), ct).ConfigureAwait(false);
        return TypedResults.Ok(AdjustmentsDto.From(start, adjustments));
    }

    internal static async Task<IResult> PutOverridesAsync(string queue, HttpRequest request, IForecastService service, CancellationToken ct)
    {
        var (body, bad) = await JsonBody.ReadAsync<AdjustmentsDto>(request, ct).ConfigureAwait(false);
        if (body is null)
        {
            return bad!;
        }

        if (!TryDate(body.WeekStart, out var start))
        {
            return BadDate("weekStart", body.WeekStart);
        }

        var exceptions = new List<LocalDate>();
        foreach (var text in body.ExceptionDays ?? [])
        {
            if (!TryDate(text, out var day))
            {
                return BadDate("exceptionDays", text);
            }

            exceptions.Add(day);
        }

        var uplifts = new List<DayUplift>();
        foreach (var u in body.Uplifts ?? [])
        {
            if (!TryDate(u.Date, out var day))
            {
                return BadDate("uplifts.date", u.Date);
            }

            uplifts.Add(new DayUplift(day, u.Percent));
        }

        var overrides = new List<IntervalOverride>();
        foreach (var o in body.Overrides ?? [])
        {
            if (!TryDate(o.Date, out var day))
            {
                return BadDate("overrides.date", o.Date);
            }

            if (o.Start is null || !ShortTime.Parse(o.Start).TryGetValue(default, out var time))
            {
                return new Error("forecast.bad_time", $"'{o.Start}' is not a time of day (HH:mm).").ToProblem();
            }

            overrides.Add(new IntervalOverride(day, time, o.OfferedCalls, o.AhtSeconds));
        }

        var result = await service.SaveAdjustmentsAsync(queue, start, new ForecastAdjustments(body.ExceptionDays is null ? null : exceptions, uplifts, overrides), ct).ConfigureAwait(false);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    internal static async Task<IResult> ForecastAsync(string queue, string? weekStart, int? weeks, IForecastService service, CancellationToken ct)
    {
        if (!TryDate(weekStart, out var start))
        {
            return BadDate("weekStart", weekStart);
        }

        var result = await service.ForecastAsync(queue, start, weeks ?? 1, ct).ConfigureAwait(false);
        return result.IsSuccess ? TypedResults.Ok(ForecastDto.From(result.Value!)) : result.Error!.ToProblem();
    }

    internal static async Task<IResult> RequirementsCsvAsync(string queue, string? weekStart, int? weeks, IForecastService service, CancellationToken ct)
    {
        if (!TryDate(weekStart, out var start))
        {
            return BadDate("weekStart", weekStart);
        }

        var result = await service.ForecastAsync(queue, start, weeks ?? 1, ct).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        await using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        service.WriteRequirementsCsv(writer, result.Value!);
        var name = $"requirements-{LocalDatePattern.Iso.Format(start)}.csv";
        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", name);
    }


    private static bool TryDate(string? text, out LocalDate date)
    {
        date = default;
        return text is not null && LocalDatePattern.Iso.Parse(text).TryGetValue(default, out date);
    }

    private static IResult BadDate(string field, string? text) =>
        new Error("forecast.bad_date", $"{field}: '{text}' is not a date (yyyy-MM-dd).").ToProblem();

    internal sealed record SettingsDto(
        string? Queue,
        int IntervalMinutes,
        double ServiceLevelTarget,
        double AnswerWithinSeconds,
        double? MaxOccupancy,
        decimal Shrinkage,
        Dictionary<string, decimal>? ShrinkageByDayOfWeek,
        double? PatienceSeconds,
        string? TimeZoneId,
        uint? Version)
    {
        public static SettingsDto From(QueueSettings s) => new(
            s.Queue, s.IntervalMinutes, s.ServiceLevelTarget, s.AnswerWithinSeconds, s.MaxOccupancy, s.Shrinkage,
            s.ShrinkageByDayOfWeek?.ToDictionary(p => p.Key.ToString(), p => p.Value), s.PatienceSeconds, s.TimeZoneId, s.Version);
    }

    internal sealed record ImportResponse(int Rows, int Inserted, int Updated, int Unchanged);

    internal sealed record UpliftDto(string? Date, double Percent);

    internal sealed record OverrideDto(string? Date, string? Start, double? OfferedCalls, double? AhtSeconds);

    internal sealed record AdjustmentsDto(string? WeekStart, List<string>? ExceptionDays, List<UpliftDto>? Uplifts, List<OverrideDto>? Overrides)
    {
        public static AdjustmentsDto From(LocalDate weekStart, ForecastAdjustments a) => new(
            LocalDatePattern.Iso.Format(weekStart),
            a.ExceptionDays?.Select(LocalDatePattern.Iso.Format).ToList(),
            a.Uplifts.Select(u => new UpliftDto(LocalDatePattern.Iso.Format(u.Date), u.Percent)).ToList(),
            a.Overrides.Select(o => new OverrideDto(LocalDatePattern.Iso.Format(o.Date), ShortTime.Format(o.Start), o.OfferedCalls, o.AhtSeconds)).ToList());
    }

    internal sealed record ForecastIntervalDto(
        string Date,
        string Start,
        string Source,
        double OfferedCalls,
        double AhtSeconds,
        int RawAgents,
        int ScheduledAgents,
        decimal Shrinkage,
        double ServiceLevel,
        double ProbabilityOfWaiting,
        double AverageSpeedOfAnswerSeconds,
        double Occupancy,
        double? ProbabilityOfAbandon);

    internal sealed record ForecastDto(
        string Queue,
        int IntervalMinutes,
        string StartDate,
        int Weeks,
        double WeeklyTrend,
        string Model,
        string TimeZoneId,
        List<ForecastIntervalDto> Intervals)
    {
        public static ForecastDto From(QueueForecast f) => new(
            f.Queue, f.IntervalMinutes, LocalDatePattern.Iso.Format(f.StartDate), f.Weeks, f.WeeklyTrend, f.Model.ToString(), f.TimeZoneId,
            f.Intervals.Select(i => new ForecastIntervalDto(
                LocalDatePattern.Iso.Format(i.Requirement.Date),
                ShortTime.Format(i.Requirement.Start),
                i.Source.ToString(),
                i.Requirement.OfferedCalls,
                i.Requirement.AhtSeconds,
                i.Requirement.RawAgents,
                i.Requirement.ScheduledAgents,
                i.Requirement.Shrinkage,
                i.Requirement.ServiceLevel,
                i.Requirement.ProbabilityOfWaiting,
                i.Requirement.AverageSpeedOfAnswerSeconds,
                i.Requirement.Occupancy,
                i.Requirement.ProbabilityOfAbandon)).ToList());
    }
}
