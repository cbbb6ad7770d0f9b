using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackOffice.Infrastructure.Persistence;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.IntegrationTests.Scheduling;

/// <summary>Site rules, shift templates, team queues, availability and blocked days through the API, on both providers.</summary>
public abstract class RosterSetupTests(BackOfficeApp app)
{
    [Fact]
    public async Task GetSiteRules_WhenNeverSaved_ReturnsDefaultsWithTheStatesDailyOvertime()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var california = await CreateSiteAsync(admin, "CA", "America/Los_Angeles");
        var texas = await TestSites.CreateAsync(admin);

        var ca = await GetJsonAsync(scheduler, $"/api/sites/{california}/scheduling-rules");
        var tx = await GetJsonAsync(scheduler, $"/api/sites/{texas.Id}/scheduling-rules");

        // Cal. Lab. Code §510(a): work over eight hours in one workday is overtime → 480 minutes. Texas has no daily
        // overtime statute (only the FLSA weekly 40 h, 29 U.S.C. §207(a)(1)) → none, and 2 400 weekly minutes.
        ca["dailyOvertimeAfterMinutes"]!.GetValue<int>().Should().Be(480);
        ca["stateDailyOvertimeAfterMinutes"]!.GetValue<int>().Should().Be(480);
        ca["version"].Should().BeNull();
        tx["dailyOvertimeAfterMinutes"].Should().BeNull();
        tx["weeklyOvertimeAfterMinutes"]!.GetValue<int>().Should().Be(2400);
        // The issue: publishing less than 14 days before the week starts needs a reason.
        tx["publishLeadDays"]!.GetValue<int>().Should().Be(14);
    }

    [Fact]
    public async Task PutSiteRules_WhenValuesOutOfRange_ReturnsEveryFieldErrorAndSavesNothing()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var site = await TestSites.CreateAsync(admin);

        // Each value is one step outside the brief's ranges: rest 0–24 h, daily max 1–16 h, 1–13 days, 0–60 lead days, 15/30 intervals.
        using var response = await scheduler.PutAsJsonAsync(Url($"/api/sites/{site.Id}/scheduling-rules"),
            Rules(interval: 20, rest: 1441, dailyMax: 961, consecutive: 14, lead: 61));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var after = await GetJsonAsync(scheduler, $"/api/sites/{site.Id}/scheduling-rules");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(
            ["intervalMinutes", "minRestMinutes", "maxDailyPaidMinutes", "maxConsecutiveDays", "publishLeadDays"]);
        after["version"].Should().BeNull("nothing was saved");
        after["minRestMinutes"]!.GetValue<int>().Should().Be(660);
    }

    [Fact]
    public async Task PutSiteRules_WhenVersionIsStale_Returns409AndAuditsTheSavedChange()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var site = await TestSites.CreateAsync(admin);

        using var created = await scheduler.PutAsJsonAsync(Url($"/api/sites/{site.Id}/scheduling-rules"), Rules(rest: 600));
        var v1 = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["version"]!.GetValue<uint>();
        using var updated = await scheduler.PutAsJsonAsync(Url($"/api/sites/{site.Id}/scheduling-rules"), Rules(rest: 720, version: v1));
        using var stale = await admin.PutAsJsonAsync(Url($"/api/sites/{site.Id}/scheduling-rules"), Rules(rest: 480, version: v1));
        using var createdAgain = await admin.PutAsJsonAsync(Url($"/api/sites/{site.Id}/scheduling-rules"), Rules(rest: 480));
        var after = await GetJsonAsync(scheduler, $"/api/sites/{site.Id}/scheduling-rules");

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        updated.StatusCode.Should().Be(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).Should().Contain("site_rules.stale");
        createdAgain.StatusCode.Should().Be(HttpStatusCode.Conflict, "a second 'first save' must not overwrite the saved rules");
        after["minRestMinutes"]!.GetValue<int>().Should().Be(720);
        await using var scope = app.Services.CreateAsyncScope();
        var scheduling = scope.ServiceProvider.GetServices<IModuleDatabase>().Single(d => d.Module == "scheduling");
        var audit = scheduling.AuditLog.Where(a => a.EntityType == "SiteSchedulingRules" && a.EntityId.Contains(site.Id.ToString())).ToList();
        audit.Select(a => a.Action).Should().BeEquivalentTo(["siteschedulingrules.added", "siteschedulingrules.modified"]);
        audit.Single(a => a.Action == "siteschedulingrules.modified").Changes.Should().Contain("720");
    }

    [Fact]
    public async Task ShiftTemplates_WhenCreatedUpdatedAndDeleted_KeepNamesUniqueAndShowThePreview()
    {
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var site = await TestSites.CreateAsync(admin);
        var list = Url($"/api/sites/{site.Id}/shift-templates");

        using var created = await scheduler.PostAsJsonAsync(list, Template("Day 8h", "08:00", "10:00", [480]));
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var id = body["id"]!.GetValue<string>();
        using var duplicate = await scheduler.PostAsJsonAsync(list, Template("day 8H", "09:00", "09:00", [480]));
        using var invalid = await scheduler.PostAsJsonAsync(list, Template("Broken", "08:00", "10:00", [30]));
        using var reversed = await scheduler.PostAsJsonAsync(list, Template("Reversed", "12:00", "08:00", [480]));
        using var updated = await scheduler.PutAsJsonAsync(Url($"/api/shift-templates/{id}"), Template("Day 8h", "07:00", "10:00", [480, 600], body["version"]!.GetValue<uint>()));
        using var stale = await scheduler.PutAsJsonAsync(Url($"/api/shift-templates/{id}"), Template("Day 8h", "06:00", "10:00", [480], body["version"]!.GetValue<uint>()));
        var afterUpdate = JsonNode.Parse(await GetStringAsync(scheduler, list))!.AsArray();

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        // Hand-worked from the template: starts 08:00, 08:30 … 10:00 = 5, one length → 5 shifts. The 480-minute shift
        // gets the 30-minute unpaid meal (≥ 360 paid), so it spans 510 min (08:00–16:30); the meal sits mid-shift
        // ((510 − 30) / 2 = 240 min → 12:00, inside the 180–300 window); 480 / 240 = 2 paid 15-minute breaks, one centred
        // in each stretch: 0–240 → 120 − 7.5 → 105 (09:45 on the 15-min grid), 270–510 → 390 − 7.5 → 375 (14:15).
        body["preview"]!["shiftCount"]!.GetValue<int>().Should().Be(5);
        var example = body["preview"]!["examples"]![0]!;
        example["start"]!.GetValue<string>().Should().Be("08:00");
        example["end"]!.GetValue<string>().Should().Be("16:30");
        example["breaks"]!.AsArray().Select(b => $"{b!["start"]} {b["minutes"]} {b["paid"]}").Should().Equal("09:45 15 true", "12:00 30 false", "14:15 15 true");
        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!["paidLengths"].Should().NotBeNull();
        JsonNode.Parse(await reversed.Content.ReadAsStringAsync())!["errors"]!["latestStart"].Should().NotBeNull();
        updated.StatusCode.Should().Be(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        afterUpdate.Should().ContainSingle("invalid and duplicate templates were not saved");
        // 07:00 … 10:00 every 30 min = 7 starts × 2 lengths.
        afterUpdate[0]!["preview"]!["shiftCount"]!.GetValue<int>().Should().Be(14);
        afterUpdate[0]!["earliestStart"]!.GetValue<string>().Should().Be("07:00");

        using var deleted = await scheduler.DeleteAsync(Url($"/api/shift-templates/{id}"));
        using var deletedAgain = await scheduler.DeleteAsync(Url($"/api/shift-templates/{id}"));
        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        deletedAgain.StatusCode.Should().Be(HttpStatusCode.NotFound);
        JsonNode.Parse(await GetStringAsync(scheduler, list))!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task PutTeamQueue_WhenQueueExists_TheBoardUsesItAndUnknownQueuesAreRejected()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        using var scheduler = await app.SignInAsNewUserAsync(Roles.Scheduler);
        var team = await TestTeams.CreateAsync(admin, agents: 1);
        var queue = await CreateQueueAsync(scheduler);

        using var unknown = await scheduler.PutAsJsonAsync(Url($"/api/teams/{team.TeamId}/queue"), new { queue = "NoSuchQueue", requirementSharePercent = 0 });
        var problem = JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!;
        var before = await GetJsonAsync(scheduler, $"/api/teams/{team.TeamId}/roster/2026-12-07");
        using var set = await scheduler.PutAsJsonAsync(Url($"/api/teams/{team.TeamId}/queue"), new { queue, requirementSharePercent = 40 });
        using var missingTeam = await scheduler.PutAsJsonAsync(Url($"/api/teams/{Guid.NewGuid()}/queue"), new { queue, requirementSharePercent = 40 });
        var after = await GetJsonAsync(scheduler, $"/api/teams/{team.TeamId}/roster/2026-12-07");

        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(["queue", "requirementSharePercent"]);
        before["queue"].Should().BeNull("nothing was saved");
        set.StatusCode.Should().Be(HttpStatusCode.OK);
        missingTeam.StatusCode.Should().Be(HttpStatusCode.NotFound);
        after["queue"]!.GetValue<string>().Should().Be(queue);
        after["requirementSharePercent"]!.GetValue<int>().Should().Be(40);
    }

    [Fact]
    public async Task PutAvailability_WhenAgentEditsOwn_SavesWindowsAndPreferencesWholeOrNothing()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        using var agent = await app.SignInAsNewUserAsync(Roles.Agent, new EmployeeId(team.Agents[0]));
        var mine = Url($"/api/employees/{team.Agents[0]}/availability");

        using var saved = await agent.PutAsJsonAsync(mine, new
        {
            windows = new[] { new { day = "Monday", from = "08:00", until = "12:00" }, new { day = "Monday", from = "12:00", until = "00:00" }, new { day = "Tuesday", from = "09:00", until = "17:00" } },
            preferences = new object[] { new { day = "Saturday", wantsOff = true, weight = 20 }, new { date = "2026-12-09", wantsOff = false, earliestStart = "10:00", weight = 5 } },
        });
        using var overlapping = await agent.PutAsJsonAsync(mine, new
        {
            windows = new[] { new { day = "Friday", from = "08:00", until = "12:00" }, new { day = "Friday", from = "11:00", until = "15:00" }, new { day = "Friday", from = "18:00", until = "17:00" } },
            preferences = new object[] { new { day = "Sunday", date = "2026-12-13", wantsOff = true, weight = 0 } },
        });
        var problem = JsonNode.Parse(await overlapping.Content.ReadAsStringAsync())!;
        var after = await GetJsonAsync(agent, $"/api/employees/{team.Agents[0]}/availability");

        saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        overlapping.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(
            ["windows[1].from", "windows[2].until", "preferences[0].day", "preferences[0].weight"]);
        after["windows"]!.AsArray().Select(w => $"{w!["day"]} {w["from"]}-{w["until"]}").Should().Equal("Monday 08:00-12:00", "Monday 12:00-00:00", "Tuesday 09:00-17:00");
        after["preferences"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task Availability_WhenAnotherAgentOrAnotherTeamsSupervisor_Returns404AndOwnSupervisorSucceeds()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        var otherTeam = await TestTeams.CreateAsync(admin, agents: 1);
        using var agent = await app.SignInAsNewUserAsync(Roles.Agent, new EmployeeId(team.Agents[0]));
        using var supervisor = await app.SignInAsNewUserAsync(Roles.Supervisor, new EmployeeId(team.SupervisorId));
        using var otherSupervisor = await app.SignInAsNewUserAsync(Roles.Supervisor, new EmployeeId(otherTeam.SupervisorId));
        var colleague = Url($"/api/employees/{team.Agents[1]}/availability");
        var body = new { windows = new[] { new { day = "Wednesday", from = "06:00", until = "14:00" } }, preferences = Array.Empty<object>() };

        using var agentRead = await agent.GetAsync(colleague);
        using var agentWrite = await agent.PutAsJsonAsync(colleague, body);
        using var otherRead = await otherSupervisor.GetAsync(colleague);
        using var otherWrite = await otherSupervisor.PutAsJsonAsync(colleague, body);
        using var ownWrite = await supervisor.PutAsJsonAsync(colleague, body);
        var stored = await GetJsonAsync(admin, $"/api/employees/{team.Agents[1]}/availability");

        agentRead.StatusCode.Should().Be(HttpStatusCode.NotFound);
        agentWrite.StatusCode.Should().Be(HttpStatusCode.NotFound);
        otherRead.StatusCode.Should().Be(HttpStatusCode.NotFound);
        otherWrite.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ownWrite.StatusCode.Should().Be(HttpStatusCode.OK);
        stored["windows"]!.AsArray().Should().ContainSingle().Which!["day"]!.GetValue<string>().Should().Be("Wednesday");
    }

    [Fact]
    public async Task DayBlocks_WhenSupervisorBlocksADay_AgentSeesItButCannotChangeIt()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        var otherTeam = await TestTeams.CreateAsync(admin, agents: 1);
        using var agent = await app.SignInAsNewUserAsync(Roles.Agent, new EmployeeId(team.Agents[0]));
        using var supervisor = await app.SignInAsNewUserAsync(Roles.Supervisor, new EmployeeId(team.SupervisorId));
        using var otherSupervisor = await app.SignInAsNewUserAsync(Roles.Supervisor, new EmployeeId(otherTeam.SupervisorId));
        var blocks = Url($"/api/employees/{team.Agents[0]}/day-blocks");

        using var added = await supervisor.PostAsJsonAsync(blocks, new { date = "2026-12-09", kind = "TimeOff", note = "Approved vacation" });
        using var again = await supervisor.PostAsJsonAsync(blocks, new { date = "2026-12-09", kind = "Unavailable" });
        using var invalid = await supervisor.PostAsJsonAsync(blocks, new { date = "2026-12-32", kind = "Holiday" });
        using var byAgent = await agent.PostAsJsonAsync(blocks, new { date = "2026-12-10", kind = "TimeOff" });
        using var byOtherSupervisor = await otherSupervisor.PostAsJsonAsync(blocks, new { date = "2026-12-11", kind = "TimeOff" });
        using var colleagues = await agent.GetAsync(Url($"/api/employees/{team.Agents[1]}/day-blocks?from=2026-12-01&to=2026-12-31"));
        var seen = JsonNode.Parse(await GetStringAsync(agent, $"/api/employees/{team.Agents[0]}/day-blocks?from=2026-12-01&to=2026-12-31"))!.AsArray();
        var board = await GetJsonAsync(supervisor, $"/api/teams/{team.TeamId}/roster/2026-12-07");

        added.StatusCode.Should().Be(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(["date", "kind"]);
        byAgent.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        byOtherSupervisor.StatusCode.Should().Be(HttpStatusCode.NotFound);
        colleagues.StatusCode.Should().Be(HttpStatusCode.NotFound);
        seen.Select(b => $"{b!["date"]} {b["kind"]} {b["note"]}").Should().Equal("2026-12-09 TimeOff Approved vacation");
        board["agents"]!.AsArray().Should().HaveCount(2, "the board of the blocked agent's team still opens");

        using var removedByAgent = await agent.DeleteAsync(Url($"/api/employees/{team.Agents[0]}/day-blocks/2026-12-09"));
        using var removed = await supervisor.DeleteAsync(Url($"/api/employees/{team.Agents[0]}/day-blocks/2026-12-09"));
        using var removedAgain = await supervisor.DeleteAsync(Url($"/api/employees/{team.Agents[0]}/day-blocks/2026-12-09"));
        removedByAgent.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        removed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        removedAgain.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TeamAvailabilityPage_WhenSupervisorOpensOwnTeam_ListsAgentsAndBlockedDaysButNotOtherTeams()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        var otherTeam = await TestTeams.CreateAsync(admin, agents: 1);
        using var supervisor = await app.SignInAsNewUserAsync(Roles.Supervisor, new EmployeeId(team.SupervisorId));
        using (var block = await supervisor.PostAsJsonAsync(Url($"/api/employees/{team.Agents[1]}/day-blocks"), new { date = "2026-12-09", kind = "TimeOff", note = "Dentist" }))
        {
            block.StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var own = await GetStringAsync(supervisor, $"/scheduling/availability?team={team.TeamId}&from=2026-12-07");
        var other = await GetStringAsync(supervisor, $"/scheduling/availability?team={otherTeam.TeamId}&from=2026-12-07");

        own.Should().Contain($"Agent00 {team.Site.Code}").And.Contain($"Agent01 {team.Site.Code}").And.Contain("Wed 9 Dec time off (Dentist)");
        other.Should().Contain($"Team {otherTeam.TeamId} was not found").And.NotContain($"Agent00 {otherTeam.Site.Code}");
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static Task<string> GetStringAsync(HttpClient client, string path) => client.GetStringAsync(Url(path));

    private static Task<string> GetStringAsync(HttpClient client, Uri path) => client.GetStringAsync(path);

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string path) => JsonNode.Parse(await GetStringAsync(client, path))!;

    private static object Rules(int interval = 30, int rest = 660, int dailyMax = 600, int consecutive = 6, int lead = 14, uint? version = null) => new
    {
        intervalMinutes = interval,
        minRestMinutes = rest,
        maxDailyPaidMinutes = dailyMax,
        maxConsecutiveDays = consecutive,
        weeklyOvertimeAfterMinutes = 2400,
        dailyOvertimeAfterMinutes = (int?)null,
        publishLeadDays = lead,
        swapAutoApprove = false,
        swapMaxUnderCoverIncrease = 0,
        agentsSeeTeamCoverage = true,
        version,
    };

    private static object Template(string name, string earliest, string latest, int[] lengths, uint? version = null) => new
    {
        name,
        earliestStart = earliest,
        latestStart = latest,
        stepMinutes = 30,
        paidLengths = lengths,
        lunchMinutes = 30,
        lunchFromPaidMinutes = 360,
        lunchEarliestAfterMinutes = 180,
        lunchLatestAfterMinutes = 300,
        paidBreakMinutes = 15,
        paidBreakEveryMinutes = 240,
        active = true,
        version,
    };

    private static async Task<Guid> CreateSiteAsync(HttpClient admin, string state, string zone)
    {
        var code = "S" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        using var response = await admin.PostAsJsonAsync(Url("/api/sites"), new
        {
            code,
            name = "Test site " + code,
            timeZoneId = zone,
            address = new { line1 = "1 Main St", city = "Sacramento", state, postalCode = "95814" },
        });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body);
        return Guid.Parse(JsonNode.Parse(body)!["id"]!.GetValue<string>());
    }

    private static async Task<string> CreateQueueAsync(HttpClient scheduler)
    {
        var queue = $"Q{Guid.NewGuid():N}"[..12];
        using var response = await scheduler.PutAsJsonAsync(Url($"/api/queues/{queue}/settings"), new
        {
            intervalMinutes = 30,
            serviceLevelTarget = 0.8,
            answerWithinSeconds = 20,
            maxOccupancy = 0.85,
            shrinkage = 0.30m,
            timeZoneId = "America/Chicago",
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return queue;
    }
}

public sealed class SqliteRosterSetupTests(SqliteBackOfficeApp app) : RosterSetupTests(app), IClassFixture<SqliteBackOfficeApp>;

public sealed class PostgresRosterSetupTests(PostgresBackOfficeApp app) : RosterSetupTests(app), IClassFixture<PostgresBackOfficeApp>;
