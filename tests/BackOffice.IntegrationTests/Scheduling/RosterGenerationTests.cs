using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Generation;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.IntegrationTests.Scheduling;

/// <summary>Roster generation as a background job, through the HTTP API, on each database.</summary>
public abstract class RosterGenerationTests(BackOfficeApp app)
{
    /// <summary>Eight weeks of synthetic history end on Sunday 2026-03-01; the generated week starts the next day.</summary>
    private static readonly LocalDate HistoryStart = new(2026, 1, 5);
    private static readonly LocalDate Week = new(2026, 3, 2);
    private const string WeekText = "2026-03-02";

    [Fact]
    public async Task Generate_WhenTheTeamIsSetUp_SavesTheEnginesRosterWithinContractsAndTimeOff()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 6, minWeeklyHours: 16, maxWeeklyHours: 40, maxConsecutiveDays: 5);
        await SetUpSchedulingAsync(admin, team);
        var blocked = Week.PlusDays(2); // agent 0 has approved time off on the Wednesday
        await TestScheduling.BlockDayAsync(app, team.Agents[0], blocked);
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);

        var (location, finished) = await GenerateAndWaitAsync(scheduler, team, seconds: 5);
        var week = JsonNode.Parse(await scheduler.GetStringAsync(Api($"/api/teams/{team.TeamId}/roster/{WeekText}")))!;

        location.Should().StartWith("/api/roster-generations/");
        finished["status"]!.GetValue<string>().Should().Be("Succeeded", finished.ToJsonString());
        var shifts = week["shifts"]!.AsArray().Select(s => s!).ToList();
        shifts.Should().NotBeEmpty();
        foreach (var agent in team.Agents)
        {
            // The contract given to TestTeams (16–40 h) is the independent bound every agent must respect.
            var paid = shifts.Where(s => Guid.Parse(s["employeeId"]!.GetValue<string>()) == agent).Sum(s => s["paidMinutes"]!.GetValue<int>());
            paid.Should().BeInRange(16 * 60 - (agent == team.Agents[0] ? 16 * 60 / 5 : 0), 40 * 60, "agent {0} is within contract", agent);
        }

        shifts.Should().NotContain(s => Guid.Parse(s["employeeId"]!.GetValue<string>()) == team.Agents[0] && s["date"]!.GetValue<string>() == "2026-03-04");
        week["coverage"]!.AsArray().Should().NotBeEmpty();
        var results = (RecentGenerationResults)app.Services.GetRequiredService<IGenerationResultSink>();
        var solved = results.Find(Guid.Parse(finished["id"]!.GetValue<string>()));
        solved.Should().NotBeNull("the host's own job server ran the generation");
        var engineShifts = solved!.Shifts.Select(s => (Agent: GenerationRequestBuilder.Employee(s.AgentId).Value, s.Start.Date, s.Start.TimeOfDay, s.PaidMinutes)).ToList();
        var savedShifts = shifts.Select(s => (
            Agent: Guid.Parse(s["employeeId"]!.GetValue<string>()),
            Date: LocalDateOf(s["date"]!),
            Start: LocalTimeOf(s["start"]!),
            Paid: s["paidMinutes"]!.GetValue<int>())).ToList();
        savedShifts.Should().BeEquivalentTo(engineShifts);
        finished["shifts"]!.GetValue<int>().Should().Be(engineShifts.Count);
    }

    [Fact]
    public async Task Generate_WhenTheWeekHasLockedAndManualShifts_KeepsThemUnchanged()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 6, minWeeklyHours: 16, maxWeeklyHours: 40, maxConsecutiveDays: 5);
        await SetUpSchedulingAsync(admin, team);
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        (await GenerateAndWaitAsync(scheduler, team, seconds: 3)).Finished["status"]!.GetValue<string>().Should().Be("Succeeded");

        // A scheduler locks one shift and edits another by hand (one hour later, same length).
        var (lockedId, manualId) = await EditTwoShiftsAsync(team);
        var before = await ShiftsAsync(team);

        var regenerated = (await GenerateAndWaitAsync(scheduler, team, seconds: 5)).Finished;
        regenerated["status"]!.GetValue<string>().Should().Be("Succeeded", regenerated.ToJsonString());
        var after = await ShiftsAsync(team);

        after.Should().ContainKey(lockedId).WhoseValue.Should().Be(before[lockedId]);
        after.Should().ContainKey(manualId).WhoseValue.Should().Be(before[manualId]);
    }

    [Fact]
    public async Task Cancel_AfterTheFirstImprovingRoster_KeepsTheBestRosterSoFar()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 14, minWeeklyHours: 24, maxWeeklyHours: 40, maxConsecutiveDays: 5);
        await SetUpSchedulingAsync(admin, team, share: 60);
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);

        var location = await StartAsync(scheduler, team, weeks: 2, seconds: 60);
        var progressed = await WaitAsync(scheduler, location, g => g["progress"]!.AsArray().Count > 0 || g["status"]!.GetValue<string>() is not ("Queued" or "Running"));
        progressed["status"]!.GetValue<string>().Should().Be("Running", "a 2-week, 14-agent roster is not proved optimal before its first improving roster is reported");
        using var cancel = await scheduler.PostAsync(Api(location + "/cancel"), null);
        cancel.StatusCode.Should().Be(HttpStatusCode.Accepted, await cancel.Content.ReadAsStringAsync());
        var finished = await WaitAsync(scheduler, location, g => g["status"]!.GetValue<string>() is not ("Queued" or "Running"));
        var week = JsonNode.Parse(await scheduler.GetStringAsync(Api($"/api/teams/{team.TeamId}/roster/{WeekText}")))!;

        finished["status"]!.GetValue<string>().Should().Be("Cancelled");
        finished["shifts"]!.GetValue<int>().Should().BePositive();
        week["shifts"]!.AsArray().Should().NotBeEmpty();
        (finished["finishedAt"]!.GetValue<string>().CompareTo(finished["startedAt"]!.GetValue<string>()) > 0).Should().BeTrue();
    }

    [Fact]
    public async Task Generate_WhenTheSameWeekIsStillGenerating_Returns409()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 4, minWeeklyHours: 16, maxWeeklyHours: 40);
        await SetUpSchedulingAsync(admin, team);
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var first = await StartAsync(scheduler, team, weeks: 1, seconds: 20);

        using var second = await scheduler.PostAsJsonAsync(Api($"/api/teams/{team.TeamId}/roster/{WeekText}/generate"), new { weeks = 1, seconds = 5 });

        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).Should().Contain("generation.already_running");
        using var cancel = await scheduler.PostAsync(Api(first + "/cancel"), null);
        await WaitAsync(scheduler, first, g => g["status"]!.GetValue<string>() is not ("Queued" or "Running"));
    }

    [Fact]
    public async Task Generate_WhenTheTeamHasNoQueue_GivesProblemDetailsAndUnknownIdsAre404()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);

        using var response = await scheduler.PostAsJsonAsync(Api($"/api/teams/{team.TeamId}/roster/{WeekText}/generate"), new { weeks = 1, seconds = 5 });
        using var unknown = await scheduler.GetAsync(Api($"/api/roster-generations/{Guid.NewGuid()}"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("generation.no_queue").And.Contain("queue");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static Uri Api(string path) => new(path, UriKind.Relative);

    private static LocalDate LocalDateOf(JsonNode node) => NodaTime.Text.LocalDatePattern.Iso.Parse(node.GetValue<string>()).Value;

    private static LocalTime LocalTimeOf(JsonNode node) => NodaTime.Text.LocalTimePattern.ExtendedIso.Parse(node.GetValue<string>()).Value;

    private Task SetUpSchedulingAsync(HttpClient admin, TestTeam team, int share = 100) => TestScheduling.SetUpAsync(app, admin, team, HistoryStart, share);

    private async Task<(Guid Locked, Guid Manual)> EditTwoShiftsAsync(TestTeam team)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var week = await db.Set<RosterWeek>().Include(w => w.Shifts).SingleAsync(w => w.TeamId == new TeamId(team.TeamId) && w.WeekStart == Week);
        var ordered = week.Shifts.OrderBy(s => s.Date).ThenBy(s => s.EmployeeId.Value).ToList();
        var locked = ordered[0];
        locked.Apply(locked.ToSpec() with { Locked = true });
        var manual = ordered.First(s => s.EmployeeId != locked.EmployeeId && s.Start.Hour <= 12);
        manual.Apply(manual.ToSpec() with { Start = manual.Start.PlusHours(1) });
        manual.MarkOrigin(ShiftOrigin.Manual);
        await db.SaveChangesAsync();
        return (locked.Id, manual.Id);
    }

    private async Task<Dictionary<Guid, ShiftSpec>> ShiftsAsync(TestTeam team)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var week = await db.Set<RosterWeek>().Include(w => w.Shifts).AsNoTracking().SingleAsync(w => w.TeamId == new TeamId(team.TeamId) && w.WeekStart == Week);
        return week.Shifts.ToDictionary(s => s.Id, s => s.ToSpec() with { Breaks = [] });
    }

    private static async Task<string> StartAsync(HttpClient scheduler, TestTeam team, int weeks, int seconds)
    {
        using var response = await scheduler.PostAsJsonAsync(Api($"/api/teams/{team.TeamId}/roster/{WeekText}/generate"), new { weeks, seconds });
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    private static async Task<(string Location, JsonNode Finished)> GenerateAndWaitAsync(HttpClient scheduler, TestTeam team, int seconds)
    {
        var location = await StartAsync(scheduler, team, weeks: 1, seconds);
        return (location, await WaitAsync(scheduler, location, g => g["status"]!.GetValue<string>() is not ("Queued" or "Running")));
    }

    /// <summary>Polls the generation until <paramref name="done"/> (the job runs in the host's background server).</summary>
    private static async Task<JsonNode> WaitAsync(HttpClient scheduler, string location, Func<JsonNode, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(180);
        while (true)
        {
            var generation = JsonNode.Parse(await scheduler.GetStringAsync(Api(location)))!;
            if (done(generation))
            {
                return generation;
            }

            DateTimeOffset.UtcNow.Should().BeBefore(deadline, "the generation should move on: {0}", generation.ToJsonString());
            await Task.Delay(250);
        }
    }
}

public sealed class SqliteRosterGenerationTests(SqliteBackOfficeApp app) : RosterGenerationTests(app), IClassFixture<SqliteBackOfficeApp>;

public sealed class PostgresRosterGenerationTests(PostgresBackOfficeApp app) : RosterGenerationTests(app), IClassFixture<PostgresBackOfficeApp>;
