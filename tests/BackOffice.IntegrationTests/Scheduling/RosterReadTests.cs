using System.Net;
using System.Text.Json.Nodes;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;

namespace BackOffice.IntegrationTests.Scheduling;

public abstract class RosterReadTests(BackOfficeApp app)
{
    [Fact]
    public async Task GetWeek_WhenNeverGenerated_ReturnsAnEmptyDraftWithTheTeamsAgents()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 3, minWeeklyHours: 20, maxWeeklyHours: 40);

        var body = await admin.GetStringAsync(new Uri($"/api/teams/{team.TeamId}/roster/2026-12-07", UriKind.Relative));
        var week = JsonNode.Parse(body)!;

        week["status"]!.GetValue<string>().Should().Be("Draft");
        week["shifts"]!.AsArray().Should().BeEmpty();
        week["agents"]!.AsArray().Select(a => Guid.Parse(a!["employeeId"]!.GetValue<string>())).Should().BeEquivalentTo(team.Agents);
        // Each agent is below the 20 h contract minimum with no shifts: a warning per agent, no hard violation.
        week["violations"]!.AsArray().Count(v => v!["code"]!.GetValue<string>() == "week.under_contract").Should().Be(3);
        week["totals"]!["hardViolations"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task GetWeek_WhenNotAMondayOrAnotherSupervisorsTeam_GivesProblemDetails()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 1);
        using var supervisor = await app.SignInAsNewUserAsync(Roles.Supervisor);

        using var tuesday = await admin.GetAsync(new Uri($"/api/teams/{team.TeamId}/roster/2026-12-08", UriKind.Relative));
        tuesday.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tuesday.Content.ReadAsStringAsync()).Should().Contain("Monday");

        using var notTheirs = await supervisor.GetAsync(new Uri($"/api/teams/{team.TeamId}/roster/2026-12-07", UriKind.Relative));
        notTheirs.StatusCode.Should().Be(HttpStatusCode.NotFound);
        notTheirs.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}

public sealed class SqliteRosterReadTests(SqliteBackOfficeApp app) : RosterReadTests(app), IClassFixture<SqliteBackOfficeApp>;

public sealed class PostgresRosterReadTests(PostgresBackOfficeApp app) : RosterReadTests(app), IClassFixture<PostgresBackOfficeApp>;
