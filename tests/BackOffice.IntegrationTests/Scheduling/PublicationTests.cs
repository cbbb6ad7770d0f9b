using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using BackOffice.Identity.Contracts;
using BackOffice.Infrastructure.Persistence;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace BackOffice.IntegrationTests.Scheduling;

/// <summary>
/// Publication, versions, the agent's own schedule and the ICS feed, through HTTP on a real database with a fake
/// clock (the lead-time rule depends on "today"). Shifts are seeded through the rostering domain in a scope, since
/// the board's edit API belongs to another part of issue #6.
/// </summary>
public abstract class PublicationTests(BackOfficeApp app)
{
    // The week under test: Monday 7 December 2026, at a Texas site in America/Chicago.
    private static readonly LocalDate Week = new(2026, 12, 7);

    // 17 November 2026 (site date) is 20 days before 7 December: outside the 14-day notice.
    private static readonly Instant TwentyDaysAhead = Instant.FromUtc(2026, 11, 17, 15, 0);

    // 27 November 2026 is 10 days before 7 December: inside the notice.
    private static readonly Instant TenDaysAhead = Instant.FromUtc(2026, 11, 27, 15, 0);

    [Fact]
    public async Task Publish_WhenTwentyDaysAheadWithoutReason_PublishesVersionOneAndNotifiesTheAgent()
    {
        await using var s = await Scenario.StartAsync(app, TwentyDaysAhead);
        await s.SeedAsync(s.Shift(0, 1, 9, 0, 510));
        using var agent = await s.SignInAgentAsync(0);

        using var response = await s.PublishAsync(reason: null);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        JsonNode.Parse(body)!["publishedVersion"]!.GetValue<int>().Should().Be(1);
        var notes = JsonNode.Parse(await agent.GetStringAsync(Url("/api/me/notifications")))!.AsArray();
        notes.Should().ContainSingle(n => n!["kind"]!.GetValue<string>() == "week.published" && n["link"]!.GetValue<string>() == "/my/schedule?week=2026-12-07");
    }

    [Fact]
    public async Task Publish_WhenTenDaysAhead_NeedsAReasonAndRecordsItInTheAuditLogAndHistory()
    {
        await using var s = await Scenario.StartAsync(app, TenDaysAhead);
        await s.SeedAsync(s.Shift(0, 1, 9, 0, 510));

        using var withoutReason = await s.PublishAsync(reason: null);
        withoutReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await withoutReason.Content.ReadAsStringAsync()).Should().Contain("roster.publish_reason_required").And.Contain("14-day");

        using var withReason = await s.PublishAsync(reason: "Forecast revised after the client's campaign moved");
        withReason.StatusCode.Should().Be(HttpStatusCode.OK, await withReason.Content.ReadAsStringAsync());

        await using (var scope = s.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            var weekId = JsonNode.Parse(await s.Admin.GetStringAsync(Url($"/api/teams/{s.Team.TeamId}/roster/2026-12-07")))!["id"]!.GetValue<Guid>().ToString();
            var audit = await db.AuditLog.Where(a => a.Action == "roster.published" && a.EntityId == weekId).ToListAsync();
            audit.Should().ContainSingle().Which.Reason.Should().Be("Forecast revised after the client's campaign moved");
        }

        var history = JsonNode.Parse(await s.Admin.GetStringAsync(Url($"/api/teams/{s.Team.TeamId}/roster/2026-12-07/history")))!;
        history["versions"]!.AsArray().Should().ContainSingle(v => v!["reason"]!.GetValue<string>() == "Forecast revised after the client's campaign moved");
        history["changes"]!.AsArray().Should().Contain(c => c!["kind"]!.GetValue<string>() == "Published" && c["reason"]!.GetValue<string>() == "Forecast revised after the client's campaign moved");
    }

    [Fact]
    public async Task Publish_WhenHardViolations_Returns409UnlessOverriddenWithAReason()
    {
        await using var s = await Scenario.StartAsync(app, TwentyDaysAhead);
        // 14:00–22:00 then 06:00 the next day leaves 8 h of rest, under the default 11 h minimum: a hard violation.
        await s.SeedAsync(s.Shift(0, 2, 14, 0, 480), s.Shift(0, 3, 6, 0, 480));

        using var refused = await s.PublishAsync(reason: null);
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        problem["code"]!.GetValue<string>().Should().Be("roster.has_violations");
        problem["violations"]!.AsArray().Should().Contain(v => v!["code"]!.GetValue<string>() == "rest.too_short");

        using var overrideWithoutReason = await s.PublishAsync(reason: null, overrideViolations: true);
        overrideWithoutReason.StatusCode.Should().Be(HttpStatusCode.Conflict);

        using var overridden = await s.PublishAsync(reason: "Agent asked for the early start in writing", overrideViolations: true);
        overridden.StatusCode.Should().Be(HttpStatusCode.OK, await overridden.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Publish_WhenEmptyStaleOrUnchanged_GivesClearProblems()
    {
        await using var s = await Scenario.StartAsync(app, TwentyDaysAhead);

        using var empty = await s.PublishAsync(reason: null);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).Should().Contain("roster.empty_week");

        using var unknownTeam = await s.Admin.PostAsJsonAsync(Url($"/api/teams/{Guid.NewGuid()}/roster/2026-12-07/publish"), new { version = 0 });
        unknownTeam.StatusCode.Should().Be(HttpStatusCode.NotFound);

        await s.SeedAsync(s.Shift(0, 1, 9, 0, 510));
        var version = await s.WeekVersionAsync();
        using var stale = await s.Admin.PostAsJsonAsync(Url($"/api/teams/{s.Team.TeamId}/roster/2026-12-07/publish"), new { version = version + 1 });
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);

        (await s.PublishAsync(reason: null)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var again = await s.PublishAsync(reason: null);
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).Should().Contain("roster.nothing_to_publish");
    }

    [Fact]
    public async Task ChangeAfterPublish_WhenRecordedThroughTheJournal_IsVersionTwoNotifiedAndAnsweredByAsOf()
    {
        await using var s = await Scenario.StartAsync(app, TwentyDaysAhead);
        await s.SeedAsync(s.Shift(0, 1, 9, 0, 510), s.Shift(1, 1, 9, 0, 510));
        using var agent = await s.SignInAgentAsync(0);
        (await s.PublishAsync(reason: null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var afterV1 = s.Clock.GetCurrentInstant();

        s.Clock.Advance(Duration.FromDays(2));
        await s.ChangeFirstShiftAsync(agentIndex: 0, newStart: new LocalTime(10, 0), by: "Scheduler Sue", reason: "Covering the 10:00 training");

        var history = JsonNode.Parse(await s.Admin.GetStringAsync(Url($"/api/teams/{s.Team.TeamId}/roster/2026-12-07/history")))!;
        history["publishedVersion"]!.GetValue<int>().Should().Be(2);
        var change = history["changes"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "Changed")!;
        change["by"]!.GetValue<string>().Should().Be("Scheduler Sue");
        change["reason"]!.GetValue<string>().Should().Be("Covering the 10:00 training");
        change["publishedVersion"]!.GetValue<int>().Should().Be(2);
        change["before"]!["start"]!.GetValue<string>().Should().StartWith("09:00");
        change["after"]!["start"]!.GetValue<string>().Should().StartWith("10:00");

        var notes = JsonNode.Parse(await agent.GetStringAsync(Url("/api/me/notifications")))!.AsArray();
        notes[0]!["kind"]!.GetValue<string>().Should().Be("shift.changed", "the newest notification comes first");

        // The pages show the same: the history table names the author and the reason; the agent's list marks unread items.
        var historyPage = WebUtility.HtmlDecode(await s.Admin.GetStringAsync(Url($"/scheduling/roster/history?team={s.Team.TeamId}&week=2026-12-07")));
        historyPage.Should().Contain("Scheduler Sue").And.Contain("Covering the 10:00 training").And.Contain("Version 2");
        var notificationsPage = WebUtility.HtmlDecode(await agent.GetStringAsync(Url("/my/notifications")));
        notificationsPage.Should().Contain("Unread:").And.Contain("/my/schedule?week=2026-12-07");
        using var read = await agent.PostAsync(Url($"/api/me/notifications/{notes[0]!["id"]!.GetValue<Guid>()}/read"), null);
        read.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var after = JsonNode.Parse(await agent.GetStringAsync(Url("/api/me/notifications")))!.AsArray();
        after[0]!["read"]!.GetValue<bool>().Should().BeTrue();
        after.Count(n => !n!["read"]!.GetValue<bool>()).Should().Be(1, "only the changed-shift notice was marked read; the publication notice stays unread");

        // Between v1 and v2 the agent saw v1: 09:00.
        var between = afterV1.Plus(Duration.FromHours(1));
        var seen = JsonNode.Parse(await s.Admin.GetStringAsync(Url($"/api/teams/{s.Team.TeamId}/roster/2026-12-07/versions?asOf={between}")))!;
        seen["number"]!.GetValue<int>().Should().Be(1);
        seen["shifts"]!.AsArray().Where(x => x!["employeeId"]!.GetValue<Guid>() == s.Team.Agents[0]).Single()!["start"]!.GetValue<string>().Should().StartWith("09:00");
        var now = JsonNode.Parse(await s.Admin.GetStringAsync(Url($"/api/teams/{s.Team.TeamId}/roster/2026-12-07/versions?asOf={s.Clock.GetCurrentInstant()}")))!;
        now["number"]!.GetValue<int>().Should().Be(2);
        using var beforeAny = await s.Admin.GetAsync(Url($"/api/teams/{s.Team.TeamId}/roster/2026-12-07/versions?asOf={TwentyDaysAhead.Minus(Duration.FromDays(1))}"));
        beforeAny.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MySchedule_WhenDraftThenPublished_ShowsOnlyTheAgentsOwnPublishedShifts()
    {
        await using var s = await Scenario.StartAsync(app, TwentyDaysAhead);
        await s.SeedAsync(s.Shift(0, 1, 9, 0, 510), s.Shift(1, 2, 13, 0, 510));
        using var agentA = await s.SignInAgentAsync(0);
        using var agentB = await s.SignInAgentAsync(1);

        var draft = JsonNode.Parse(await agentA.GetStringAsync(Url("/api/me/schedule?from=2026-12-07&weeks=1")))!;
        draft["weeks"]![0]!["published"]!.GetValue<bool>().Should().BeFalse();
        draft["weeks"]![0]!["shifts"]!.AsArray().Should().BeEmpty("a draft is invisible to agents");

        (await s.PublishAsync(reason: null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var mine = JsonNode.Parse(await agentA.GetStringAsync(Url("/api/me/schedule?from=2026-12-07&weeks=4")))!;
        var shifts = mine["weeks"]!.AsArray().SelectMany(w => w!["shifts"]!.AsArray()).ToList();
        shifts.Should().ContainSingle();
        shifts[0]!["date"]!.GetValue<string>().Should().Be("2026-12-08");
        mine["employeeId"]!.GetValue<Guid>().Should().Be(s.Team.Agents[0]);
        // 510 minutes with a 30-minute unpaid meal = 8 h paid (480 minutes).
        mine["weeks"]![0]!["paidMinutes"]!.GetValue<int>().Should().Be(480);
        var theirs = JsonNode.Parse(await agentB.GetStringAsync(Url("/api/me/schedule?from=2026-12-07&weeks=1")))!;
        theirs["weeks"]![0]!["shifts"]!.AsArray().Single()!["date"]!.GetValue<string>().Should().Be("2026-12-09");
        var page = WebUtility.HtmlDecode(await agentA.GetStringAsync(Url("/my/schedule?week=2026-12-07")));
        page.Should().Contain("Tue 8 Dec").And.Contain("09:00–17:30").And.NotContain("Wed 9 Dec", "agent B's Wednesday shift is not agent A's");

        // The team's roster (everyone's shifts) is not for agents, whatever they ask for.
        using var board = await agentA.GetAsync(Url($"/api/teams/{s.Team.TeamId}/roster/2026-12-07"));
        board.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var coverage = await agentA.GetAsync(Url("/api/me/team-coverage?week=2026-12-07"));
        coverage.StatusCode.Should().Be(HttpStatusCode.Forbidden, "sites hide team coverage from agents unless they opt in");
    }

    [Fact]
    public async Task CalendarFeed_WhenPublishedChangedAndRemoved_KeepsUidsUtcTimesAndCancels()
    {
        await using var s = await Scenario.StartAsync(app, TwentyDaysAhead);
        await s.SeedAsync(s.Shift(0, 1, 9, 0, 510), s.Shift(0, 2, 9, 0, 510));
        using var agent = await s.SignInAgentAsync(0);
        (await s.PublishAsync(reason: null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var ids = await s.ShiftIdsAsync(agentIndex: 0);

        using var created = await agent.PostAsync(Url("/api/me/calendar-feed"), null);
        var path = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["path"]!.GetValue<string>();
        using var anonymous = s.Factory.CreateClient();
        using var first = await anonymous.GetAsync(Url(path));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.ToString().Should().Be("text/calendar; charset=utf-8");
        var v1 = Unfold(await first.Content.ReadAsStringAsync());
        // America/Chicago is UTC−6 in December (CST; US DST ends the first Sunday of November, 15 U.S.C. §260a): 09:00 local = 15:00Z.
        var monday = Event(v1, ids[0]);
        monday.Should().Contain("DTSTART:20261208T150000Z").And.Contain("DTEND:20261208T233000Z", "09:00 + 8 h 30 = 17:30 CST = 23:30Z").And.Contain("SEQUENCE:1");

        s.Clock.Advance(Duration.FromDays(1));
        await s.RemoveShiftAsync(ids[1], by: "Scheduler Sue", reason: "Agent moved to the Wednesday class");

        using var second = await anonymous.GetAsync(Url(path));
        var v2 = Unfold(await second.Content.ReadAsStringAsync());
        Event(v2, ids[0]).Should().Contain("DTSTART:20261208T150000Z").And.Contain("SEQUENCE:1", "the Tuesday shift did not change, so its UID and sequence stay");
        Event(v2, ids[1]).Should().Contain("STATUS:CANCELLED").And.Contain("SEQUENCE:2");

        using var revoked = await agent.DeleteAsync(Url("/api/me/calendar-feed"));
        revoked.StatusCode.Should().Be(HttpStatusCode.NoContent);
        using var gone = await anonymous.GetAsync(Url(path));
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    /// <summary>RFC 5545 §3.1: a CRLF followed by one space or tab continues the previous line.</summary>
    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);

    private static string Event(string ics, Guid shiftId)
    {
        var events = ics.Split("BEGIN:VEVENT").Skip(1).Select(e => e[..e.IndexOf("END:VEVENT", StringComparison.Ordinal)]);
        return events.Single(e => e.Contains($"UID:{shiftId}@backoffice\r\n", StringComparison.Ordinal));
    }

    /// <summary>A host with a fake clock on the fixture's database, an admin and a two-agent team.</summary>
    private sealed class Scenario : IAsyncDisposable
    {
        private Scenario(WebApplicationFactory<Program> factory, FakeClock clock)
        {
            Factory = factory;
            Clock = clock;
        }

        public WebApplicationFactory<Program> Factory { get; }

        public FakeClock Clock { get; }

        public HttpClient Admin { get; private set; } = null!;

        public TestTeam Team { get; private set; } = null!;

        public static async Task<Scenario> StartAsync(BackOfficeApp app, Instant now)
        {
            var clock = new FakeClock(now);
            var factory = app.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<IClock>(clock)));
            var scenario = new Scenario(factory, clock);
            scenario.Admin = await scenario.SignInAsync(Roles.Admin, null);
            scenario.Team = await TestTeams.CreateAsync(scenario.Admin, agents: 2);
            return scenario;
        }

        public ShiftSpec Shift(int agent, int dayOfWeek, int hour, int minute, int span) =>
            // A 30-minute unpaid meal 4 h in and a paid 15-minute break 2 h in, as the default template plans them.
            new(new EmployeeId(Team.Agents[agent]), Week.PlusDays(dayOfWeek), new LocalTime(hour, minute), span,
                [new ShiftBreak(120, 15, true), new ShiftBreak(240, 30, false)]);

        public async Task SeedAsync(params ShiftSpec[] shifts)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var workspace = scope.ServiceProvider.GetRequiredService<RosterWorkspace>();
            var session = await workspace.OpenAsync(new TeamId(Team.TeamId), Week, create: true, CancellationToken.None);
            foreach (var shift in shifts)
            {
                session.Value!.Week.Add(shift, ShiftOrigin.Manual).IsSuccess.Should().BeTrue();
            }

            await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().SaveChangesAsync();
        }

        public async Task<uint> WeekVersionAsync() =>
            JsonNode.Parse(await Admin.GetStringAsync(Url($"/api/teams/{Team.TeamId}/roster/2026-12-07")))!["version"]!.GetValue<uint>();

        public async Task<HttpResponseMessage> PublishAsync(string? reason, bool overrideViolations = false) =>
            await Admin.PostAsJsonAsync(Url($"/api/teams/{Team.TeamId}/roster/2026-12-07/publish"), new { version = await WeekVersionAsync(), reason, overrideViolations });

        public async Task<HttpClient> SignInAgentAsync(int index) => await SignInAsync(Roles.Agent, new EmployeeId(Team.Agents[index]));

        public async Task<IReadOnlyList<Guid>> ShiftIdsAsync(int agentIndex)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            var employee = new EmployeeId(Team.Agents[agentIndex]);
            var shifts = await db.Set<RosterShift>().Where(x => x.EmployeeId == employee).ToListAsync();
            return shifts.OrderBy(x => x.Date).Select(x => x.Id).ToList();
        }

        public async Task ChangeFirstShiftAsync(int agentIndex, LocalTime newStart, string by, string reason) =>
            await EditAsync(by, (session, journal) =>
            {
                var employee = new EmployeeId(Team.Agents[agentIndex]);
                var shift = session.Week.Shifts.Where(x => x.EmployeeId == employee).OrderBy(x => x.Date).First();
                var before = RosterShift.Create(session.Week.Id, shift.ToSpec(), shift.Origin).Value!;
                session.Week.Change(shift.Id, shift.ToSpec() with { Start = newStart }).IsSuccess.Should().BeTrue();
                journal.ShiftChanged(session.Week, RosterChangeKind.Changed, "Start moved", reason, employee, shift.Id, before, shift);
            });

        public async Task RemoveShiftAsync(Guid shiftId, string by, string reason) =>
            await EditAsync(by, (session, journal) =>
            {
                var removed = session.Week.Remove(shiftId).Value!;
                journal.ShiftChanged(session.Week, RosterChangeKind.Removed, "Shift removed", reason, removed.EmployeeId, shiftId, removed, null);
            });

        public async ValueTask DisposeAsync()
        {
            Admin.Dispose();
            await Factory.DisposeAsync();
        }

        /// <summary>Runs a roster edit as a named signed-in user (the journal takes its author from the request's user).</summary>
        private async Task EditAsync(string by, Action<RosterSession, RosterJournal> edit)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            accessor.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", by), new Claim("sub", by)], "test")),
            };
            try
            {
                var session = await scope.ServiceProvider.GetRequiredService<RosterWorkspace>().OpenAsync(new TeamId(Team.TeamId), Week, create: false, CancellationToken.None);
                edit(session.Value!, scope.ServiceProvider.GetRequiredService<RosterJournal>());
                await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().SaveChangesAsync();
            }
            finally
            {
                accessor.HttpContext = null;
            }
        }

        private async Task<HttpClient> SignInAsync(string role, EmployeeId? employee)
        {
            var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                var accounts = scope.ServiceProvider.GetRequiredService<IUserAccounts>();
                var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
                var result = await unitOfWork.ExecuteAsync(ct => accounts.CreateAsync([new NewUserAccount(email, $"Test {role}", role, employee, BackOfficeApp.Password)], ct), CancellationToken.None);
                result.IsSuccess.Should().BeTrue(result.Error?.Message);
            }

            var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            using var response = await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            return client;
        }
    }
}

public sealed class SqlitePublicationTests(SqliteBackOfficeApp app) : PublicationTests(app), IClassFixture<SqliteBackOfficeApp>;

public sealed class PostgresPublicationTests(PostgresBackOfficeApp app) : PublicationTests(app), IClassFixture<PostgresBackOfficeApp>;
