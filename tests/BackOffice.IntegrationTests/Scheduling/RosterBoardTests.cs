using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.IntegrationTests.Scheduling;

/// <summary>
/// The board's edit API over HTTP. Test sites are in America/Chicago; the week of Monday 2026-12-07 has no DST change.
/// Expected break layouts follow the default break rules of the board (30-minute unpaid meal from 6 paid hours, a
/// 15-minute paid break per 4 paid hours), so an 8-hour paid shift spans 8 h 30 min.
/// </summary>
public abstract class RosterBoardTests(BackOfficeApp app)
{
    private const string Week = "2026-12-07";

    [Fact]
    public async Task AddShift_WhenTheSecondBreaksTheRestRule_SavesBothAndReturnsTheViolationOnIt()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        var agent = team.Agents[0];

        var first = await EditAsync(admin, HttpMethod.Post, Shifts(team), new { version = 0, employeeId = agent, date = "2026-12-07", start = "22:00", paidMinutes = 480 }, HttpStatusCode.Created);
        var firstShift = ShiftOf(first);
        // 8 h paid + 30 min unpaid meal = 8 h 30 min: 22:00 Monday → 06:30 Tuesday.
        firstShift["spanMinutes"]!.GetValue<int>().Should().Be(510);
        firstShift["end"]!.GetValue<string>().Should().StartWith("2026-12-08T06:30");
        firstShift["origin"]!.GetValue<string>().Should().Be("Manual");

        // 06:30 → 14:00 is 7 h 30 min of rest, under the site default of 11 h.
        var second = await EditAsync(admin, HttpMethod.Post, Shifts(team), new { version = VersionOf(first), employeeId = agent, date = "2026-12-08", start = "14:00", paidMinutes = 480 }, HttpStatusCode.Created);
        var secondId = second["shiftId"]!.GetValue<string>();
        var rest = Violations(second).Where(v => v["code"]!.GetValue<string>() == "rest.too_short").ToList();
        rest.Should().ContainSingle();
        rest[0]["shiftId"]!.GetValue<string>().Should().Be(secondId);
        rest[0]["severity"]!.GetValue<string>().Should().Be("Error");
        rest[0]["message"]!.GetValue<string>().Should().Contain("7 h 30 min");

        var saved = await GetWeekAsync(admin, team);
        saved["shifts"]!.AsArray().Should().HaveCount(2);
        Violations(saved).Should().Contain(v => v["code"]!.GetValue<string>() == "rest.too_short");
    }

    [Fact]
    public async Task ChangeAndDeleteShift_WhenMovedAwayThenDeleted_ClearTheViolationAndRemoveTheShift()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        var first = await EditAsync(admin, HttpMethod.Post, Shifts(team), new { version = 0, employeeId = team.Agents[0], date = "2026-12-07", start = "22:00", paidMinutes = 480 }, HttpStatusCode.Created);
        var second = await EditAsync(admin, HttpMethod.Post, Shifts(team), new { version = VersionOf(first), employeeId = team.Agents[0], date = "2026-12-08", start = "14:00", paidMinutes = 480 }, HttpStatusCode.Created);
        var id = second["shiftId"]!.GetValue<string>();

        // Moving the late shift to the other agent on Wednesday leaves both agents with plenty of rest.
        var moved = await EditAsync(admin, HttpMethod.Put, $"{Shifts(team)}/{id}", new { version = VersionOf(second), employeeId = team.Agents[1], date = "2026-12-09", start = "14:00", paidMinutes = 480 }, HttpStatusCode.OK);
        Violations(moved).Should().NotContain(v => v["code"]!.GetValue<string>() == "rest.too_short");
        var movedShift = ShiftOf(moved);
        movedShift["employeeId"]!.GetValue<string>().Should().Be(team.Agents[1].ToString());
        movedShift["date"]!.GetValue<string>().Should().Be("2026-12-09");

        // Locking keeps everything else.
        var locked = await EditAsync(admin, HttpMethod.Put, $"{Shifts(team)}/{id}", new { version = VersionOf(moved), employeeId = team.Agents[1], date = "2026-12-09", start = "14:00", paidMinutes = 480, locked = true }, HttpStatusCode.OK);
        ShiftOf(locked)["locked"]!.GetValue<bool>().Should().BeTrue();
        locked["message"]!.GetValue<string>().Should().StartWith("Locked");

        using var delete = await admin.DeleteAsync(new Uri($"{Shifts(team)}/{id}?version={VersionOf(locked)}", UriKind.Relative));
        delete.StatusCode.Should().Be(HttpStatusCode.OK, await delete.Content.ReadAsStringAsync());
        var week = await GetWeekAsync(admin, team);
        week["shifts"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Should().NotContain(id).And.HaveCount(1);
    }

    [Fact]
    public async Task ChangeShift_WhenTheVersionIsStale_Returns409AndChangesNothing()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 1);
        var added = await EditAsync(admin, HttpMethod.Post, Shifts(team), new { version = 0, employeeId = team.Agents[0], date = "2026-12-07", start = "09:00", paidMinutes = 480 }, HttpStatusCode.Created);
        var id = added["shiftId"]!.GetValue<string>();
        var moved = await EditAsync(admin, HttpMethod.Put, $"{Shifts(team)}/{id}", new { version = VersionOf(added), employeeId = team.Agents[0], date = "2026-12-08", start = "09:00", paidMinutes = 480 }, HttpStatusCode.OK);

        // A second scheduler still holds the board as it was after the add.
        using var stale = await admin.PutAsJsonAsync(new Uri($"{Shifts(team)}/{id}", UriKind.Relative), new { version = VersionOf(added), employeeId = team.Agents[0], date = "2026-12-10", start = "07:00", paidMinutes = 360 });
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).Should().Contain("Reload");

        var week = await GetWeekAsync(admin, team);
        var shift = week["shifts"]!.AsArray().Single()!;
        shift["date"]!.GetValue<string>().Should().Be("2026-12-08");
        shift["start"]!.GetValue<string>().Should().StartWith("09:00");
        VersionOf(week).Should().Be(VersionOf(moved["week"]!));
    }

    [Fact]
    public async Task AddShift_WhenInputIsInvalid_Returns400AndSavesNothing()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 1);
        var outsider = Guid.NewGuid();
        var cases = new object[]
        {
            new { version = 0, employeeId = team.Agents[0], date = "2026-13-07", start = "09:00", paidMinutes = 480 },
            new { version = 0, employeeId = team.Agents[0], date = "2026-12-07", start = "9 o'clock", paidMinutes = 480 },
            new { version = 0, employeeId = team.Agents[0], date = "2026-12-07", start = "09:00", paidMinutes = 0 },
            new { version = 0, employeeId = team.Agents[0], date = "2026-12-14", start = "09:00", paidMinutes = 480 },
            new { version = 0, employeeId = outsider, date = "2026-12-07", start = "09:00", paidMinutes = 480 },
            new { version = 0, employeeId = team.SupervisorId, date = "2026-12-07", start = "09:00", paidMinutes = 480 },
        };
        var codes = new List<string>();
        foreach (var body in cases)
        {
            using var response = await admin.PostAsJsonAsync(new Uri(Shifts(team), UriKind.Relative), body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body.ToString());
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            codes.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]?.GetValue<string>() ?? "");
        }

        codes.Should().Equal("roster.invalid_date", "roster.invalid_start", "roster.invalid_length", "roster.date_outside_week", "roster.agent_not_in_team", "roster.agent_not_in_team");
        var week = await GetWeekAsync(admin, team);
        week["id"]!.GetValue<string>().Should().Be(Guid.Empty.ToString(), "no week was saved");
        week["shifts"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Undo_WhenRepeated_RevertsEditsNewestFirstUntilNothingIsLeft()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 1);
        var agent = team.Agents[0];
        var added = await EditAsync(admin, HttpMethod.Post, Shifts(team), new { version = 0, employeeId = agent, date = "2026-12-07", start = "09:00", paidMinutes = 480 }, HttpStatusCode.Created);
        var id = added["shiftId"]!.GetValue<string>();
        var moved = await EditAsync(admin, HttpMethod.Put, $"{Shifts(team)}/{id}", new { version = VersionOf(added), employeeId = agent, date = "2026-12-09", start = "13:00", paidMinutes = 360 }, HttpStatusCode.OK);
        using var deleted = await admin.DeleteAsync(new Uri($"{Shifts(team)}/{id}?version={VersionOf(moved)}", UriKind.Relative));
        var afterDelete = JsonNode.Parse(await deleted.Content.ReadAsStringAsync())!;

        var undoable = JsonNode.Parse(await admin.GetStringAsync(new Uri($"{Base(team)}/undo", UriKind.Relative)))!.AsArray();
        undoable.Select(u => u!["kind"]!.GetValue<string>()).Should().Equal("Removed", "Changed", "Added");

        // Undo the delete: the shift comes back as it was, under the same id.
        var undo1 = await EditAsync(admin, HttpMethod.Post, $"{Base(team)}/undo", new { version = VersionOf(afterDelete) }, HttpStatusCode.OK);
        var back = undo1["week"]!["shifts"]!.AsArray().Single()!;
        back["id"]!.GetValue<string>().Should().Be(id);
        back["date"]!.GetValue<string>().Should().Be("2026-12-09");
        back["paidMinutes"]!.GetValue<int>().Should().Be(360);

        // Undo the move: back to Monday 09:00, 8 h paid.
        var undo2 = await EditAsync(admin, HttpMethod.Post, $"{Base(team)}/undo", new { version = VersionOf(undo1) }, HttpStatusCode.OK);
        var original = undo2["week"]!["shifts"]!.AsArray().Single()!;
        original["date"]!.GetValue<string>().Should().Be("2026-12-07");
        original["start"]!.GetValue<string>().Should().StartWith("09:00");
        original["paidMinutes"]!.GetValue<int>().Should().Be(480);

        // Undo the add: the week is empty again; then nothing is left to undo.
        var undo3 = await EditAsync(admin, HttpMethod.Post, $"{Base(team)}/undo", new { version = VersionOf(undo2) }, HttpStatusCode.OK);
        undo3["week"]!["shifts"]!.AsArray().Should().BeEmpty();
        using var nothing = await admin.PostAsJsonAsync(new Uri($"{Base(team)}/undo", UriKind.Relative), new { version = VersionOf(undo3) });
        nothing.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await nothing.Content.ReadAsStringAsync()).Should().Contain("nothing_to_undo");
    }

    [Fact]
    public async Task CopyPreviousWeek_WhenAnAgentHasTimeOff_CopiesTheRestAndReportsTheSkippedDay()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        var previous = $"/api/teams/{team.TeamId}/roster/2026-11-30/shifts";
        var v = 0u;
        foreach (var (agent, date) in new[] { (team.Agents[0], "2026-11-30"), (team.Agents[0], "2026-12-01"), (team.Agents[1], "2026-11-30") })
        {
            var r = await EditAsync(admin, HttpMethod.Post, previous, new { version = v, employeeId = agent, date, start = "08:00", paidMinutes = 480 }, HttpStatusCode.Created);
            v = VersionOf(r);
        }

        // Agent 1 has approved time off on Monday 7 December.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            db.Add(new AgentDayBlock { EmployeeId = new EmployeeId(team.Agents[1]), Date = new LocalDate(2026, 12, 7), Kind = DayBlockKind.TimeOff });
            await db.SaveChangesAsync();
        }

        var copied = await EditAsync(admin, HttpMethod.Post, $"{Base(team)}/copy-previous", new { version = 0 }, HttpStatusCode.OK);
        var shifts = copied["week"]!["shifts"]!.AsArray();
        shifts.Select(s => (s!["employeeId"]!.GetValue<string>(), s["date"]!.GetValue<string>())).Should().BeEquivalentTo(new[]
        {
            (team.Agents[0].ToString(), "2026-12-07"),
            (team.Agents[0].ToString(), "2026-12-08"),
        });
        shifts.Should().OnlyContain(s => s!["origin"]!.GetValue<string>() == "Copied" && s["start"]!.GetValue<string>().StartsWith("08:00", StringComparison.Ordinal));
        var skipped = copied["skipped"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        skipped.Should().ContainSingle().Which.Should().Contain("approved time off");
    }

    [Fact]
    public async Task CopyPreviousWeek_WhenAnAgentLeftTheTeam_SkipsThemAndSaysWhy()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        var previous = $"/api/teams/{team.TeamId}/roster/2026-11-30/shifts";
        var first = await EditAsync(admin, HttpMethod.Post, previous, new { version = 0, employeeId = team.Agents[0], date = "2026-12-02", start = "10:00", paidMinutes = 360 }, HttpStatusCode.Created);
        await EditAsync(admin, HttpMethod.Post, previous, new { version = VersionOf(first), employeeId = team.Agents[1], date = "2026-12-02", start = "10:00", paidMinutes = 360 }, HttpStatusCode.Created);

        // Agent 1 leaves the team (stays at the site, without a team).
        var employee = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/employees/{team.Agents[1]}", UriKind.Relative)))!;
        using var leave = await admin.PutAsJsonAsync(new Uri($"/api/employees/{team.Agents[1]}", UriKind.Relative), new
        {
            version = employee["version"]!.GetValue<uint>(),
            firstName = employee["firstName"]!.GetValue<string>(),
            lastName = employee["lastName"]!.GetValue<string>(),
            siteId = team.Site.Id,
            teamId = (Guid?)null,
            homeState = "TX",
            skills = new[] { "billing" },
        });
        leave.StatusCode.Should().Be(HttpStatusCode.OK, await leave.Content.ReadAsStringAsync());

        var copied = await EditAsync(admin, HttpMethod.Post, $"{Base(team)}/copy-previous", new { version = 0 }, HttpStatusCode.OK);

        copied["week"]!["shifts"]!.AsArray().Select(s => s!["employeeId"]!.GetValue<string>()).Should().Equal(team.Agents[0].ToString());
        copied["skipped"]!.AsArray().Select(s => s!.GetValue<string>()).Should().ContainSingle().Which.Should().Contain("no longer in the team");
    }

    [Fact]
    public async Task Rotation_WhenSavedFromOneWeekAndAppliedToAnother_PlacesTheSameShiftsAsTemplateShifts()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        var a = await EditAsync(admin, HttpMethod.Post, Shifts(team), new { version = 0, employeeId = team.Agents[0], date = "2026-12-07", start = "07:00", paidMinutes = 480 }, HttpStatusCode.Created);
        await EditAsync(admin, HttpMethod.Post, Shifts(team), new { version = VersionOf(a), employeeId = team.Agents[1], date = "2026-12-11", start = "12:30", paidMinutes = 360 }, HttpStatusCode.Created);

        using var save = await admin.PostAsJsonAsync(new Uri($"/api/teams/{team.TeamId}/rotations", UriKind.Relative), new { name = "Early/late", weekStart = Week });
        save.StatusCode.Should().Be(HttpStatusCode.Created, await save.Content.ReadAsStringAsync());
        var rotation = JsonNode.Parse(await save.Content.ReadAsStringAsync())!;
        rotation["shifts"]!.GetValue<int>().Should().Be(2);

        var list = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/teams/{team.TeamId}/rotations", UriKind.Relative)))!.AsArray();
        list.Select(r => r!["name"]!.GetValue<string>()).Should().Equal("Early/late");

        var applied = await EditAsync(admin, HttpMethod.Post, $"/api/teams/{team.TeamId}/rotations/{rotation["id"]}/apply", new { version = 0, weekStart = "2027-01-04" }, HttpStatusCode.OK);
        var shifts = applied["week"]!["shifts"]!.AsArray();
        shifts.Select(s => (s!["employeeId"]!.GetValue<string>(), s["date"]!.GetValue<string>(), s["start"]!.GetValue<string>()[..5], s["paidMinutes"]!.GetValue<int>()))
            .Should().BeEquivalentTo(new[] { (team.Agents[0].ToString(), "2027-01-04", "07:00", 480), (team.Agents[1].ToString(), "2027-01-08", "12:30", 360) });
        shifts.Should().OnlyContain(s => s!["origin"]!.GetValue<string>() == "Template");
    }

    [Fact]
    public async Task BoardApi_WhenCalledBySupervisorsAndAgents_AllowsOnlyWhatTheirRolesAndTeamsPermit()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 1);
        using var ownSupervisor = await app.SignInAsNewUserAsync(Roles.Supervisor, new EmployeeId(team.SupervisorId));
        using var otherSupervisor = await app.SignInAsNewUserAsync(Roles.Supervisor);
        using var agent = await app.SignInAsNewUserAsync(Roles.Agent, new EmployeeId(team.Agents[0]));
        var body = new { version = 0, employeeId = team.Agents[0], date = Week, start = "09:00", paidMinutes = 480 };

        using (var read = await ownSupervisor.GetAsync(new Uri($"/api/teams/{team.TeamId}/rotations", UriKind.Relative)))
        {
            read.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using (var read = await otherSupervisor.GetAsync(new Uri($"/api/teams/{team.TeamId}/rotations", UriKind.Relative)))
        {
            read.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        using (var read = await otherSupervisor.GetAsync(new Uri($"{Base(team)}/undo", UriKind.Relative)))
        {
            read.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        using (var edit = await ownSupervisor.PostAsJsonAsync(new Uri(Shifts(team), UriKind.Relative), body))
        {
            edit.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }

        using (var edit = await agent.PostAsJsonAsync(new Uri(Shifts(team), UriKind.Relative), body))
        {
            edit.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }

        using (var read = await agent.GetAsync(new Uri($"/api/teams/{team.TeamId}/rotations", UriKind.Relative)))
        {
            read.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }

        (await GetWeekAsync(admin, team))["shifts"]!.AsArray().Should().BeEmpty();
    }

    private static string Base(TestTeam team) => $"/api/teams/{team.TeamId}/roster/{Week}";

    private static string Shifts(TestTeam team) => $"{Base(team)}/shifts";

    private static async Task<JsonNode> GetWeekAsync(HttpClient client, TestTeam team) =>
        JsonNode.Parse(await client.GetStringAsync(new Uri(Base(team), UriKind.Relative)))!;

    private static async Task<JsonNode> EditAsync(HttpClient client, HttpMethod method, string url, object body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>The version of an edit result's week, or of a week view.</summary>
    private static uint VersionOf(JsonNode node) => (node["week"] ?? node)["version"]!.GetValue<uint>();

    private static JsonNode ShiftOf(JsonNode result)
    {
        var id = result["shiftId"]!.GetValue<string>();
        return result["week"]!["shifts"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == id)!;
    }

    private static List<JsonNode> Violations(JsonNode node) => (node["week"] ?? node)["violations"]!.AsArray().Select(v => v!).ToList();
}

public sealed class SqliteRosterBoardTests(SqliteBackOfficeApp app) : RosterBoardTests(app), IClassFixture<SqliteBackOfficeApp>;

public sealed class PostgresRosterBoardTests(PostgresBackOfficeApp app) : RosterBoardTests(app), IClassFixture<PostgresBackOfficeApp>;
