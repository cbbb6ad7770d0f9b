using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Persistence;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.IntegrationTests.Scheduling;

/// <summary>Volume import, forecast adjustments and staffing requirements through the HTTP API, on each database.</summary>
public abstract class ForecastApiTests(BackOfficeApp app)
{
    /// <summary>Eight Mondays-first weeks of history end on Sunday 2026-03-01; the forecast week starts the next day.</summary>
    private static readonly LocalDate HistoryStart = new(2026, 1, 5);
    private const string WeekStart = "2026-03-02";

    [Fact]
    public async Task Import_WhenTheSameFileIsImportedTwice_SecondImportChangesNothing()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var queue = await CreateQueueAsync(scheduler);
        var (csv, rows) = SyntheticHistory(queue);

        using var first = await ImportAsync(scheduler, csv);
        var firstBody = await first.Content.ReadFromJsonAsync<ImportDto>();
        var storedAfterFirst = await StoredRowsAsync(queue);
        using var second = await ImportAsync(scheduler, csv);
        var secondBody = await second.Content.ReadFromJsonAsync<ImportDto>();

        // Expected counts are the generator's own row count: every row is new once, then identical.
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        firstBody.Should().Be(new ImportDto(rows, rows, 0, 0));
        storedAfterFirst.Should().Be(rows);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        secondBody.Should().Be(new ImportDto(rows, 0, 0, rows));
        (await StoredRowsAsync(queue)).Should().Be(rows);
    }

    [Fact]
    public async Task Import_WhenOneRowChangedSinceTheLastImport_UpdatesThatRowOnly()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var queue = await CreateQueueAsync(scheduler);
        var (csv, rows) = SyntheticHistory(queue);
        using (var first = await ImportAsync(scheduler, csv))
        {
            first.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var lines = csv.Split('\n').ToList();
        var cells = lines[1].Split(',');
        cells[2] = (int.Parse(cells[2], CultureInfo.InvariantCulture) + 7).ToString(CultureInfo.InvariantCulture);
        lines[1] = string.Join(',', cells);
        using var corrected = await ImportAsync(scheduler, string.Join('\n', lines));

        // A corrected re-export is an upsert of the one changed (queue, instant); the other rows are identical.
        (await corrected.Content.ReadFromJsonAsync<ImportDto>()).Should().Be(new ImportDto(rows, 0, 1, rows - 1));
        (await StoredRowsAsync(queue)).Should().Be(rows);
    }

    [Fact]
    public async Task Import_WhenOneRowIsInvalid_Returns400NamingTheLineAndStoresNothing()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var queue = await CreateQueueAsync(scheduler);
        var lines = SyntheticHistory(queue).Csv.Split('\n').ToList();
        var cells = lines[2].Split(',');
        cells[2] = "-4"; // offered calls on line 3 (line 1 is the header)
        lines[2] = string.Join(',', cells);

        using var response = await ImportAsync(scheduler, string.Join('\n', lines));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray().ToList();
        errors.Should().ContainSingle();
        errors[0].GetProperty("line").GetInt32().Should().Be(3);
        errors[0].GetProperty("code").GetString().Should().Be("volume.bad_offered");
        (await StoredRowsAsync(queue)).Should().Be(0);
    }

    [Fact]
    public async Task Forecast_WhenIntervalIsOverriddenTo100CallsWithAht180_Requires14AgentsAnd20Scheduled()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var queue = await CreateQueueAsync(scheduler);
        using (var import = await ImportAsync(scheduler, SyntheticHistory(queue).Csv))
        {
            import.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var put = await scheduler.PutAsJsonAsync(Api(queue, "forecast/overrides"), new
        {
            weekStart = WeekStart,
            uplifts = Array.Empty<object>(),
            overrides = new[] { new { date = "2026-03-03", start = "10:00", offeredCalls = 100.0, ahtSeconds = 180.0 } },
        });
        put.StatusCode.Should().Be(HttpStatusCode.NoContent);

        var forecast = await scheduler.GetFromJsonAsync<ForecastDto>(Api(queue, $"forecast?weekStart={WeekStart}&weeks=1"));
        var interval = forecast!.Intervals.Single(i => i.Date == "2026-03-03" && i.Start == "10:00");

        // Issue 3, "Checks that must hold": 100 calls in 30 min, AHT 180 s, 80/20, max occupancy 0.85, shrinkage 0.30
        // gives 14 agents, 20 scheduled, SL ≈ 0.888, P(wait) ≈ 0.174, occupancy ≈ 0.714, ASA ≈ 7.8 s.
        interval.Source.Should().Be("Override");
        interval.RawAgents.Should().Be(14);
        interval.ScheduledAgents.Should().Be(20);
        interval.ServiceLevel.Should().BeApproximately(0.888, 0.0005);
        interval.ProbabilityOfWaiting.Should().BeApproximately(0.174, 0.0005);
        interval.Occupancy.Should().BeApproximately(0.714, 0.0005);
        interval.AverageSpeedOfAnswerSeconds.Should().BeApproximately(7.8, 0.05);
        forecast.Intervals.Should().HaveCount(7 * 48, "a week of 30-minute local slots; the spring-forward gap is still a local slot");
        forecast.Intervals.Where(i => i.Source == "History").Should().NotBeEmpty("the rest of the week comes from the imported history");

        var csv = await scheduler.GetStringAsync(Api(queue, $"requirements/csv?weekStart={WeekStart}"));
        csv.Split('\n')[0].Should().StartWith("queue,date,interval_start,source,offered_calls,aht_seconds,raw_agents,scheduled_agents");
        csv.Should().Contain($"{queue},2026-03-03,10:00,Override,100,180,14,20,");
    }

    [Fact]
    public async Task Forecast_WhenCalledByAnAgent_Returns403()
    {
        using var agent = await app.SignInAsNewUserAsync(Roles.Agent);
        using var response = await agent.GetAsync(Api("Sales", $"forecast?weekStart={WeekStart}"));
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PutSettings_WhenVersionIsStale_Returns409AndKeepsTheNewerSettings()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var queue = await CreateQueueAsync(scheduler);
        var original = await scheduler.GetFromJsonAsync<SettingsDto>(Api(queue, "settings"));

        using var first = await scheduler.PutAsJsonAsync(Api(queue, "settings"), original! with { Shrinkage = 0.35m });
        using var stale = await scheduler.PutAsJsonAsync(Api(queue, "settings"), original with { Shrinkage = 0.40m });
        var after = await scheduler.GetFromJsonAsync<SettingsDto>(Api(queue, "settings"));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).Should().Contain("concurrency.stale");
        after!.Shrinkage.Should().Be(0.35m);
        after.Version.Should().NotBe(original.Version);
    }

    [Theory]
    [InlineData("settings", "{\"intervalMinutes\": 20, \"serviceLevelTarget\": 0.8, \"answerWithinSeconds\": 20, \"timeZoneId\": \"America/Chicago\"}")]
    [InlineData("settings", "{\"intervalMinutes\": 30, \"serviceLevelTarget\": 0.8, \"answerWithinSeconds\": 20, \"timeZoneId\": \"Mars/Olympus\"}")]
    [InlineData("settings", "{\"intervalMinutes\": \"thirty\"")]
    [InlineData("forecast/overrides", "{\"weekStart\": \"2026-02-30\"}")]
    public async Task Put_WhenInputIsInvalid_Returns400ProblemNotServerError(string path, string json)
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var queue = await CreateQueueAsync(scheduler);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await scheduler.PutAsync(Api(queue, path), content);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forecast_WhenWeekStartIsMissing_Returns400()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var queue = await CreateQueueAsync(scheduler);
        using var response = await scheduler.GetAsync(Api(queue, "forecast"));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ForecastPage_WhenSchedulerSavesAnOverride_PageShowsChartAndApiReportsTheOverride()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var queue = await CreateQueueAsync(scheduler);
        using (var import = await ImportAsync(scheduler, SyntheticHistory(queue).Csv))
        {
            import.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var page = new Uri($"/scheduling/forecast?queue={queue}&week={WeekStart}", UriKind.Relative);
        var html = await scheduler.GetStringAsync(page);
        html.Should().Contain("role=\"img\"").And.Contain($"/api/queues/{queue}/requirements/csv?weekStart={WeekStart}");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "adjust",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Adjust.Kind"] = "override",
            ["Adjust.Date"] = "2026-03-04",
            ["Adjust.Start"] = "11:30",
            ["Adjust.Calls"] = "100",
            ["Adjust.Aht"] = "180",
        });
        using var posted = await scheduler.PostAsync(page, form);
        (await posted.Content.ReadAsStringAsync()).Should().Contain("Adjustment saved.");

        var forecast = await scheduler.GetFromJsonAsync<ForecastDto>(Api(queue, $"forecast?weekStart={WeekStart}"));
        var interval = forecast!.Intervals.Single(i => i.Date == "2026-03-04" && i.Start == "11:30");

        // The worked example again (100 calls / 30 min, AHT 180 s, 80/20, occupancy ≤ 0.85, shrinkage 0.30).
        interval.Source.Should().Be("Override");
        interval.RawAgents.Should().Be(14);
        interval.ScheduledAgents.Should().Be(20);
    }

    private static Uri Api(string queue, string path) => new($"/api/queues/{Uri.EscapeDataString(queue)}/{path}", UriKind.Relative);

    private static async Task<string> CreateQueueAsync(HttpClient client)
    {
        var queue = $"Q{Guid.NewGuid():N}"[..12];
        using var response = await client.PutAsJsonAsync(Api(queue, "settings"), new SettingsDto(
            null, 30, 0.8, 20, 0.85, 0.30m, null, null, "America/Chicago", null));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return queue;
    }

    private (string Csv, int Rows) SyntheticHistory(string queue)
    {
        var generator = app.Services.GetRequiredService<ISyntheticVolumeGenerator>();
        var records = generator.Generate(new SyntheticHistoryOptions(Seed: 42, HistoryStart, Weeks: 8, IntervalMinutes: 30))
            .Select(r => r with { Queue = queue }).ToList();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        app.Services.GetRequiredService<IVolumeHistoryCsv>().Write(writer, records);
        return (writer.ToString(), records.Count);
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await client.PostAsync(new Uri("/api/volume/import", UriKind.Relative), content);
    }

    private async Task<int> StoredRowsAsync(string queue)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        return await db.Volume.CountAsync(v => v.Queue == queue);
    }

    private sealed record ImportDto(int Rows, int Inserted, int Updated, int Unchanged);

    private sealed record SettingsDto(
        string? Queue,
        int IntervalMinutes,
        double ServiceLevelTarget,
        double AnswerWithinSeconds,
        double? MaxOccupancy,
        decimal Shrinkage,
        Dictionary<string, decimal>? ShrinkageByDayOfWeek,
        double? PatienceSeconds,
        string? TimeZoneId,
        uint? Version);

    private sealed record ForecastIntervalDto(
        string Date,
        string Start,
        string Source,
        double OfferedCalls,
        double AhtSeconds,
        int RawAgents,
        int ScheduledAgents,
        double ServiceLevel,
        double ProbabilityOfWaiting,
        double AverageSpeedOfAnswerSeconds,
        double Occupancy);

    private sealed record ForecastDto(string Queue, int IntervalMinutes, List<ForecastIntervalDto> Intervals);
}

public sealed class SqliteForecastApiTests(SqliteBackOfficeApp app) : ForecastApiTests(app), IClassFixture<SqliteBackOfficeApp>;

public sealed class PostgresForecastApiTests(PostgresBackOfficeApp app) : ForecastApiTests(app), IClassFixture<PostgresBackOfficeApp>;
