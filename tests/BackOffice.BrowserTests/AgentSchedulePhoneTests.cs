using System.Globalization;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using Microsoft.Playwright;
using NodaTime;

namespace BackOffice.BrowserTests;

/// <summary>
/// Issue #6 acceptance: an agent on a phone sees the published shift and the ICS feed carries it; a scheduler
/// publishes through the publish page, with the reason the lead-time rule asks for.
/// </summary>
public sealed class AgentSchedulePhoneTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];

    [Fact]
    public async Task MySchedule_WhenAgentOnAPhone_SeesThePublishedShiftAndItsCalendarFeed()
    {
        using var admin = await session.ApiClientAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 1);
        // Two weeks after next Monday: outside the 14-day notice, inside the page's 4 weeks.
        var today = SystemClock.Instance.GetCurrentInstant().InZone(Chicago).Date;
        var week = today.Next(IsoDayOfWeek.Monday).PlusWeeks(2);
        var shiftDate = week.PlusDays(1);
        var ids = await TestRosters.SeedAsync(session.App.Services, team.TeamId, week, new TestShift(team.Agents[0], shiftDate, new LocalTime(9, 0), 510));
        await TestRosters.PublishAsync(admin, team.TeamId, week);
        var (_, email) = await session.App.CreateUserAsync(Roles.Agent, new EmployeeId(team.Agents[0]), displayName: "Rosa Delgado");

        var page = await session.NewPhonePageAsync();
        await session.SignInAsync(page, email);
        await session.GotoAsync(page, "/my/schedule");
        var weekSection = page.GetByRole(AriaRole.Region, new() { Name = $"Week of {week.ToString("d MMM", CultureInfo.InvariantCulture)}" });
        await weekSection.WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "agent-my-schedule-phone.png"), FullPage = true });
        (await weekSection.InnerTextAsync()).Should().Contain("09:00–17:30").And.Contain("8 h");

        await session.GotoAsync(page, "/my/calendar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create calendar link" }).ClickAsync();
        var link = page.GetByLabel("Calendar link");
        await link.WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "agent-calendar-link-phone.png"), FullPage = true });
        var url = await link.InputValueAsync();

        // A calendar app fetches the feed without signing in.
        using var anonymous = new HttpClient();
        var ics = (await anonymous.GetStringAsync(new Uri(url))).Replace("\r\n ", "", StringComparison.Ordinal);
        ics.Should().Contain($"UID:{ids[0]}@backoffice");
        // 09:00 in America/Chicago, converted by the tz database (CST is UTC−6, CDT UTC−5), as the feed must state it in UTC.
        var start = (shiftDate + new LocalTime(9, 0)).InZoneStrictly(Chicago).ToInstant();
        ics.Should().Contain($"DTSTART:{start.ToDateTimeUtc().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}Z");
    }

    [Fact]
    public async Task PublishPage_WhenInsideTheNotice_AsksForAReasonAndPublishes()
    {
        using var admin = await session.ApiClientAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        // Next Monday is 1–7 days away: inside the 14-day notice.
        var week = SystemClock.Instance.GetCurrentInstant().InZone(Chicago).Date.Next(IsoDayOfWeek.Monday);
        await TestRosters.SeedAsync(session.App.Services, team.TeamId, week,
            new TestShift(team.Agents[0], week, new LocalTime(8, 0), 510),
            new TestShift(team.Agents[1], week.PlusDays(1), new LocalTime(12, 0), 510));
        var (_, email) = await session.App.CreateUserAsync(Roles.Scheduler);

        var page = await session.NewDesktopPageAsync();
        await session.SignInAsync(page, email);
        await session.GotoAsync(page, $"/scheduling/roster/publish?team={team.TeamId}&week={week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var reason = page.GetByLabel("Reason");
        await reason.WaitForAsync(new() { Timeout = 15_000 });
        (await page.GetByRole(AriaRole.Note).InnerTextAsync()).Should().Contain("reason is required");
        (await reason.GetAttributeAsync("required")).Should().NotBeNull("the browser must not send a late publication without a reason");
        await reason.FillAsync("Client moved the campaign launch forward");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "scheduler-publish-review.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published version 1" });
        await status.WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "scheduler-published.png"), FullPage = true });
        (await status.InnerTextAsync()).Should().Contain("2 agent(s) notified");
    }
}
