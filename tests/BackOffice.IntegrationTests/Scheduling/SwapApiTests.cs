using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.IntegrationTests.Scheduling;

/// <summary>
/// Swaps through HTTP on a real database. Weeks start two weeks or more after today, so their shifts are
/// swappable; expected outcomes follow from the site rules (TX defaults: 11 h rest, 40 h weekly overtime threshold).
/// </summary>
public abstract class SwapApiTests(BackOfficeApp app)
{
    private static readonly LocalDate Monday = SwapSeed.Week;
    private static readonly LocalTime Nine = new(9, 0);

    [Fact]
    public async Task Approve_WhenOfferAcceptedAndSupervisorApproves_MovesShiftToColleagueWithNewVersionAndNotifiesBoth()
    {
        var (team, admin) = await TeamAsync();
        var ids = await SwapSeed.PublishAsync(app, team, Monday, new SeedShift(0, Monday.PlusDays(1), Nine, 480));
        using var a = await AgentAsync(team, 0);
        using var b = await AgentAsync(team, 1);
        using var supervisor = await SupervisorAsync(team);

        var offer = await PostAsync(a, "/api/me/swaps", new { shiftId = ids[0], colleagueId = team.Agents[1] }, HttpStatusCode.Created);
        offer["status"]!.GetValue<string>().Should().Be("Open");
        var incoming = JsonNode.Parse(await b.GetStringAsync(new Uri("/api/me/swaps", UriKind.Relative)))!["incoming"]!.AsArray();
        incoming.Should().ContainSingle();
        incoming[0]!["check"]!["hardViolations"]!.GetValue<bool>().Should().BeFalse();

        var accepted = await PostAsync(b, $"/api/swaps/{Id(offer)}/accept", new { version = Version(incoming[0]!) });
        // The site's policy is off by default (SiteSchedulingRules.Defaults), so a person must approve.
        accepted["status"]!.GetValue<string>().Should().Be("PendingApproval");
        var pending = JsonNode.Parse(await supervisor.GetStringAsync(new Uri("/api/swaps?status=PendingApproval", UriKind.Relative)))!.AsArray();
        pending.Select(p => p!["id"]!.GetValue<string>()).Should().Equal(Id(offer));

        var approved = await PostAsync(supervisor, $"/api/swaps/{Id(offer)}/approve", new { version = Version(pending[0]!), note = "ok" });
        approved["status"]!.GetValue<string>().Should().Be("Approved");

        var roster = await RosterAsync(admin, team);
        roster["publishedVersion"]!.GetValue<int>().Should().Be(2, "the seed published version 1 and the swap is one change");
        var shift = roster["shifts"]!.AsArray().Single();
        shift!["employeeId"]!.GetValue<string>().Should().Be(team.Agents[1].ToString());
        shift["origin"]!.GetValue<string>().Should().Be("Swap");
        (await SwapSeed.NotificationKindsAsync(app, team.Agents[0])).Should().Contain(["shift.changed", "swap.approved", "swap.accepted"]);
        (await SwapSeed.NotificationKindsAsync(app, team.Agents[1])).Should().Contain(["swap.offered", "shift.changed", "swap.approved"]);
    }

    [Fact]
    public async Task Accept_WhenSitePolicyAutoApprovesAndNothingIsBroken_ApprovesAtOnce()
    {
        var (team, admin) = await TeamAsync();
        await SwapSeed.SetRulesAsync(app, team, autoApprove: true);
        var ids = await SwapSeed.PublishAsync(app, team, Monday, new SeedShift(0, Monday.PlusDays(2), Nine, 480));
        using var a = await AgentAsync(team, 0);
        using var b = await AgentAsync(team, 1);

        var offer = await PostAsync(a, "/api/me/swaps", new { shiftId = ids[0], colleagueId = team.Agents[1] }, HttpStatusCode.Created);
        var accepted = await PostAsync(b, $"/api/swaps/{Id(offer)}/accept", new { version = Version(offer) });

        accepted["status"]!.GetValue<string>().Should().Be("Approved");
        accepted["decidedBy"]!.GetValue<string>().Should().Be("auto-approval");
        var shift = (await RosterAsync(admin, team))["shifts"]!.AsArray().Single();
        shift!["employeeId"]!.GetValue<string>().Should().Be(team.Agents[1].ToString());
    }

    [Fact]
    public async Task Accept_WhenColleagueWouldWorkOvertime_StaysPendingDespiteAutoApproval()
    {
        var (team, admin) = await TeamAsync();
        await SwapSeed.SetRulesAsync(app, team, autoApprove: true);
        // B already works 5 × 8 h = 40 h; taking A's Saturday makes 48 h, over the FLSA 40 h threshold (29 U.S.C. §207(a)(1)).
        var shifts = Enumerable.Range(0, 5).Select(d => new SeedShift(1, Monday.PlusDays(d), Nine, 480)).Append(new SeedShift(0, Monday.PlusDays(5), Nine, 480)).ToArray();
        var ids = await SwapSeed.PublishAsync(app, team, Monday, shifts);
        using var a = await AgentAsync(team, 0);
        using var b = await AgentAsync(team, 1);

        var offer = await PostAsync(a, "/api/me/swaps", new { shiftId = ids[5], colleagueId = team.Agents[1] }, HttpStatusCode.Created);
        var accepted = await PostAsync(b, $"/api/swaps/{Id(offer)}/accept", new { version = Version(offer) });

        accepted["status"]!.GetValue<string>().Should().Be("PendingApproval");
        accepted["check"]!["overtime"]!.GetValue<bool>().Should().BeTrue();
        accepted["check"]!["autoApprovable"]!.GetValue<bool>().Should().BeFalse();
        var codes = accepted["check"]!["agents"]!.AsArray().SelectMany(x => x!["violations"]!.AsArray()).Select(v => v!["code"]!.GetValue<string>());
        codes.Should().Contain("overtime.weekly");
        (await RosterAsync(admin, team))["shifts"]!.AsArray().Count(s => s!["employeeId"]!.GetValue<string>() == team.Agents[0].ToString()).Should().Be(1);
    }

    [Fact]
    public async Task Approve_WhenARuleBreaksAfterAcceptance_RefusesWithMessagesAndLeavesRosterUnchanged()
    {
        var (team, admin) = await TeamAsync();
        var tuesday = Monday.PlusDays(1);
        var ids = await SwapSeed.PublishAsync(app, team, Monday, new SeedShift(0, tuesday, Nine, 480));
        using var a = await AgentAsync(team, 0);
        using var b = await AgentAsync(team, 1);
        using var supervisor = await SupervisorAsync(team);
        var offer = await PostAsync(a, "/api/me/swaps", new { shiftId = ids[0], colleagueId = team.Agents[1] }, HttpStatusCode.Created);
        var accepted = await PostAsync(b, $"/api/swaps/{Id(offer)}/accept", new { version = Version(offer) });
        await SwapSeed.BlockDayAsync(app, team.Agents[1], tuesday);

        using var response = await supervisor.PostAsJsonAsync(new Uri($"/api/swaps/{Id(offer)}/approve", UriKind.Relative), new { version = Version(accepted) });
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        var problem = JsonNode.Parse(body)!;
        problem["code"]!.GetValue<string>().Should().Be("swap.rules_broken");
        problem["detail"]!.GetValue<string>().Should().Contain("approved time off").And.Contain($"Agent01 {team.Site.Code}");
        var roster = await RosterAsync(admin, team);
        roster["publishedVersion"]!.GetValue<int>().Should().Be(1);
        roster["shifts"]!.AsArray().Single()!["employeeId"]!.GetValue<string>().Should().Be(team.Agents[0].ToString());
        var mine = JsonNode.Parse(await a.GetStringAsync(new Uri("/api/me/swaps", UriKind.Relative)))!["requested"]!.AsArray().Single()!;
        mine["status"]!.GetValue<string>().Should().Be("Failed");
        mine["failureReason"]!.GetValue<string>().Should().Contain("approved time off");
    }

    [Fact]
    public async Task AnotherAgentOrSupervisor_WhenNotPartyToTheSwap_GetsNotFound()
    {
        var (team, _) = await TeamAsync(agents: 3);
        var ids = await SwapSeed.PublishAsync(app, team, Monday, new SeedShift(0, Monday.PlusDays(3), Nine, 480));
        using var a = await AgentAsync(team, 0);
        using var c = await AgentAsync(team, 2);
        var offer = await PostAsync(a, "/api/me/swaps", new { shiftId = ids[0], colleagueId = team.Agents[1] }, HttpStatusCode.Created);
        var (otherTeam, _) = await TeamAsync(agents: 1);
        using var otherSupervisor = await SupervisorAsync(otherTeam);

        var seen = JsonNode.Parse(await c.GetStringAsync(new Uri("/api/me/swaps", UriKind.Relative)))!;
        using var accept = await c.PostAsJsonAsync(new Uri($"/api/swaps/{Id(offer)}/accept", UriKind.Relative), new { version = Version(offer) });
        using var approve = await otherSupervisor.PostAsJsonAsync(new Uri($"/api/swaps/{Id(offer)}/approve", UriKind.Relative), new { version = Version(offer) });
        var listed = JsonNode.Parse(await otherSupervisor.GetStringAsync(new Uri("/api/swaps", UriKind.Relative)))!.AsArray();

        seen["incoming"]!.AsArray().Should().BeEmpty();
        seen["requested"]!.AsArray().Should().BeEmpty();
        accept.StatusCode.Should().Be(HttpStatusCode.NotFound);
        approve.StatusCode.Should().Be(HttpStatusCode.NotFound);
        listed.Should().BeEmpty();
    }

    [Fact]
    public async Task Approve_WhenTheRosterWeekChangedSinceItWasRead_Returns409AndChangesNothing()
    {
        var (team, admin) = await TeamAsync();
        var ids = await SwapSeed.PublishAsync(app, team, Monday, new SeedShift(0, Monday.PlusDays(1), Nine, 480));
        using var a = await AgentAsync(team, 0);
        using var b = await AgentAsync(team, 1);
        using var supervisor = await SupervisorAsync(team);
        var offer = await PostAsync(a, "/api/me/swaps", new { shiftId = ids[0], colleagueId = team.Agents[1] }, HttpStatusCode.Created);
        var accepted = await PostAsync(b, $"/api/swaps/{Id(offer)}/accept", new { version = Version(offer) });
        var weekVersion = accepted["shift"]!["weekVersion"]!.GetValue<uint>();
        await SwapSeed.TouchWeekAsync(app, team, Monday);

        using var response = await supervisor.PostAsJsonAsync(new Uri($"/api/swaps/{Id(offer)}/approve", UriKind.Relative), new { version = Version(accepted), weekVersion });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        var roster = await RosterAsync(admin, team);
        roster["publishedVersion"]!.GetValue<int>().Should().Be(1);
        roster["shifts"]!.AsArray().Single()!["employeeId"]!.GetValue<string>().Should().Be(team.Agents[0].ToString());
        var pending = JsonNode.Parse(await supervisor.GetStringAsync(new Uri("/api/swaps", UriKind.Relative)))!.AsArray().Single()!;
        pending["status"]!.GetValue<string>().Should().Be("PendingApproval");
    }

    [Fact]
    public async Task Reject_WhenSupervisorRejects_KeepsTheRosterAndTellsBothAgents()
    {
        var (team, admin) = await TeamAsync();
        var ids = await SwapSeed.PublishAsync(app, team, Monday, new SeedShift(0, Monday.PlusDays(4), Nine, 480));
        using var a = await AgentAsync(team, 0);
        using var b = await AgentAsync(team, 1);
        using var supervisor = await SupervisorAsync(team);
        var offer = await PostAsync(a, "/api/me/swaps", new { shiftId = ids[0], colleagueId = team.Agents[1] }, HttpStatusCode.Created);
        var accepted = await PostAsync(b, $"/api/swaps/{Id(offer)}/accept", new { version = Version(offer) });

        var rejected = await PostAsync(supervisor, $"/api/swaps/{Id(offer)}/reject", new { version = Version(accepted), note = "Friday is short" });
        using var cancelAfter = await a.PostAsJsonAsync(new Uri($"/api/swaps/{Id(offer)}/cancel", UriKind.Relative), new { version = Version(rejected) });

        rejected["status"]!.GetValue<string>().Should().Be("Rejected");
        rejected["decisionNote"]!.GetValue<string>().Should().Be("Friday is short");
        cancelAfter.StatusCode.Should().Be(HttpStatusCode.Conflict, "a rejected request is final");
        var roster = await RosterAsync(admin, team);
        roster["publishedVersion"]!.GetValue<int>().Should().Be(1);
        roster["shifts"]!.AsArray().Single()!["employeeId"]!.GetValue<string>().Should().Be(team.Agents[0].ToString());
        (await SwapSeed.NotificationKindsAsync(app, team.Agents[0])).Should().Contain("swap.rejected").And.NotContain("shift.changed");
        (await SwapSeed.NotificationKindsAsync(app, team.Agents[1])).Should().Contain("swap.rejected");
    }

    [Fact]
    public async Task Accept_WhenTradeLeavesColleagueEightHoursRest_IsRefusedNamingTheColleagueAndStaysOpen()
    {
        var (team, admin) = await TeamAsync();
        var tuesday = Monday.PlusDays(1);
        var wednesday = Monday.PlusDays(2);
        var ids = await SwapSeed.PublishAsync(app, team, Monday,
            new SeedShift(0, wednesday, new LocalTime(6, 0), 480),   // A: Wed 06:00–14:00
            new SeedShift(1, tuesday, new LocalTime(14, 0), 480),    // B: Tue 14:00–22:00
            new SeedShift(1, wednesday, new LocalTime(14, 0), 480)); // B: Wed 14:00–22:00
        using var a = await AgentAsync(team, 0);
        using var b = await AgentAsync(team, 1);
        var trade = await PostAsync(a, "/api/me/swaps", new { shiftId = ids[0], colleagueId = team.Agents[1], colleagueShiftId = ids[2] }, HttpStatusCode.Created);

        var incoming = JsonNode.Parse(await b.GetStringAsync(new Uri("/api/me/swaps", UriKind.Relative)))!["incoming"]!.AsArray().Single()!;
        using var response = await b.PostAsJsonAsync(new Uri($"/api/swaps/{Id(trade)}/accept", UriKind.Relative), new { version = Version(trade) });
        var body = await response.Content.ReadAsStringAsync();

        // B would finish Tue 22:00 and start Wed 06:00: 8 h of rest against the site's 11 h (SiteSchedulingRules default).
        incoming["check"]!["hardViolations"]!.GetValue<bool>().Should().BeTrue();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        JsonNode.Parse(body)!["detail"]!.GetValue<string>().Should().Contain($"Agent01 {team.Site.Code} has 8 h rest");
        var mine = JsonNode.Parse(await a.GetStringAsync(new Uri("/api/me/swaps", UriKind.Relative)))!["requested"]!.AsArray().Single()!;
        mine["status"]!.GetValue<string>().Should().Be("Open");
        (await RosterAsync(admin, team))["publishedVersion"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Trade_WhenApproved_ExchangesBothShiftsAcrossTwoWeeks()
    {
        var (team, admin) = await TeamAsync();
        var next = Monday.PlusDays(7);
        var mine = await SwapSeed.PublishAsync(app, team, Monday, new SeedShift(0, Monday.PlusDays(2), Nine, 480));
        var theirs = await SwapSeed.PublishAsync(app, team, next, new SeedShift(1, next.PlusDays(2), new LocalTime(13, 0), 480));
        using var a = await AgentAsync(team, 0);
        using var b = await AgentAsync(team, 1);
        using var supervisor = await SupervisorAsync(team);

        var trade = await PostAsync(a, "/api/me/swaps", new { shiftId = mine[0], colleagueId = team.Agents[1], colleagueShiftId = theirs[0] }, HttpStatusCode.Created);
        trade["kind"]!.GetValue<string>().Should().Be("Trade");
        var accepted = await PostAsync(b, $"/api/swaps/{Id(trade)}/accept", new { version = Version(trade) });
        await PostAsync(supervisor, $"/api/swaps/{Id(trade)}/approve", new { version = Version(accepted) });

        (await RosterAsync(admin, team))["shifts"]!.AsArray().Single()!["employeeId"]!.GetValue<string>().Should().Be(team.Agents[1].ToString());
        (await RosterAsync(admin, team, next))["shifts"]!.AsArray().Single()!["employeeId"]!.GetValue<string>().Should().Be(team.Agents[0].ToString());
    }

    [Fact]
    public async Task Request_WhenShiftIsNotOwnOrAlreadyOffered_IsRefused()
    {
        var (team, _) = await TeamAsync();
        var ids = await SwapSeed.PublishAsync(app, team, Monday, new SeedShift(0, Monday, Nine, 480));
        using var a = await AgentAsync(team, 0);
        using var b = await AgentAsync(team, 1);

        // B's shift is not A's: asking to give it away is "not found"; an unknown colleague shift likewise.
        using var notMine = await b.PostAsJsonAsync(new Uri("/api/me/swaps", UriKind.Relative), new { shiftId = ids[0] });
        notMine.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var twice = await a.PostAsJsonAsync(new Uri("/api/me/swaps", UriKind.Relative), new { shiftId = ids[0] });
        twice.StatusCode.Should().Be(HttpStatusCode.Created);
        using var again = await a.PostAsJsonAsync(new Uri("/api/me/swaps", UriKind.Relative), new { shiftId = ids[0] });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    private async Task<(TestTeam Team, HttpClient Admin)> TeamAsync(int agents = 2)
    {
        var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        return (await TestTeams.CreateAsync(admin, agents, minWeeklyHours: 0, maxWeeklyHours: 60), admin);
    }

    private async Task<HttpClient> AgentAsync(TestTeam team, int index)
    {
        var (_, email) = await app.CreateUserAsync(Roles.Agent, new EmployeeId(team.Agents[index]));
        return await app.SignInAsync(email);
    }

    private async Task<HttpClient> SupervisorAsync(TestTeam team)
    {
        var (_, email) = await app.CreateUserAsync(Roles.Supervisor, new EmployeeId(team.SupervisorId));
        return await app.SignInAsync(email);
    }

    private static async Task<JsonNode> RosterAsync(HttpClient admin, TestTeam team, LocalDate? week = null) =>
        JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/teams/{team.TeamId}/roster/{week ?? Monday:yyyy-MM-dd}", UriKind.Relative)))!;

    private static async Task<JsonNode> PostAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        return JsonNode.Parse(text)!;
    }

    private static string Id(JsonNode swap) => swap["id"]!.GetValue<string>();

    private static uint Version(JsonNode swap) => swap["version"]!.GetValue<uint>();
}

public sealed class SqliteSwapApiTests(SqliteBackOfficeApp app) : SwapApiTests(app), IClassFixture<SqliteBackOfficeApp>;

public sealed class PostgresSwapApiTests(PostgresBackOfficeApp app) : SwapApiTests(app), IClassFixture<PostgresBackOfficeApp>;
