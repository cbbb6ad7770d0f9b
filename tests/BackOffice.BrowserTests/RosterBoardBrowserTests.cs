using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>
/// The scheduler's board in Chromium: coverage chart, dragging shifts between days, the rest-rule flag after a move,
/// and undo. Shifts are created through the board API (the browser app has no demo data).
/// </summary>
public sealed class RosterBoardBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Week = "2026-12-07";

    [Fact]
    public async Task Board_WhenSchedulerDragsShifts_MovesThemAndFlagsTheRestViolationUntilUndone()
    {
        using var admin = await session.ApiClientAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2);
        var ana = $"Agent00 {team.Site.Code}";
        var ben = $"Agent01 {team.Site.Code}";
        var version = 0u;
        foreach (var (agent, date, start) in new[] { (0, "2026-12-07", "09:00"), (1, "2026-12-08", "22:00"), (1, "2026-12-10", "14:00") })
        {
            using var response = await admin.PostAsJsonAsync(new Uri($"/api/teams/{team.TeamId}/roster/{Week}/shifts", UriKind.Relative),
                new { version, employeeId = team.Agents[agent], date, start, paidMinutes = 480 });
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.Created, body);
            version = JsonNode.Parse(body)!["week"]!["version"]!.GetValue<uint>();
        }

        var (_, scheduler) = await session.App.CreateUserAsync(Roles.Scheduler);
        var page = await session.NewDesktopPageAsync();
        await session.SignInAsync(page, scheduler);
        await session.GotoAsync(page, $"/scheduling/roster?team={team.TeamId}&week={Week}");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Roster board" }).WaitForAsync(new() { Timeout = 20_000 });
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Scheduled agents per 30-minute interval" });
        await chart.WaitForAsync();
        (await page.GetByRole(AriaRole.Status, new() { Name = "Week status" }).InnerTextAsync()).Should().Be("Draft");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "board-opened.png"), FullPage = true });

        // Drag Ana's Monday shift to Thursday.
        await ShiftBlock(page, ana, "Mon 7 Dec 09:00").DragToAsync(Cell(page, ana, "2026-12-10"));
        await ShiftBlock(page, ana, "Thu 10 Dec 09:00").WaitForAsync(new() { Timeout = 15_000 });
        (await ShiftBlock(page, ana, "Mon 7 Dec").CountAsync()).Should().Be(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "board-dragged.png"), FullPage = true });

        // Ben's Tuesday night shift ends Wednesday 06:30; moving his Thursday 14:00 shift to Wednesday leaves 7 h 30 min of rest.
        await ShiftBlock(page, ben, "Thu 10 Dec 14:00").DragToAsync(Cell(page, ben, "2026-12-09"));
        var flagged = ShiftBlock(page, ben, "Wed 9 Dec 14:00");
        await flagged.WaitForAsync(new() { Timeout = 15_000 });
        (await flagged.GetAttributeAsync("aria-label")).Should().Contain("Rule violation").And.Contain("7 h 30 min rest");
        (await flagged.GetByRole(AriaRole.Img, new() { Name = "Rule violation" }).CountAsync()).Should().Be(1);
        (await page.GetByRole(AriaRole.List).Filter(new() { HasText = "7 h 30 min rest" }).CountAsync()).Should().BeGreaterThan(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "board-rest-violation.png"), FullPage = true });

        // Undo puts the shift back on Thursday and the flag goes away.
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true }).ClickAsync();
        await ShiftBlock(page, ben, "Thu 10 Dec 14:00").WaitForAsync(new() { Timeout = 15_000 });
        (await page.GetByRole(AriaRole.Img, new() { Name = "Rule violation" }).CountAsync()).Should().Be(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "board-undone.png"), FullPage = true });

        // The edits went through the same API and change log: the week the API returns agrees with the board.
        var week = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/teams/{team.TeamId}/roster/{Week}", UriKind.Relative)))!;
        week["violations"]!.AsArray().Should().NotContain(v => v!["code"]!.GetValue<string>() == "rest.too_short");
        week["shifts"]!.AsArray().Select(s => s!["date"]!.GetValue<string>()).Should().BeEquivalentTo("2026-12-08", "2026-12-10", "2026-12-10");
    }

    private static ILocator ShiftBlock(IPage page, string agent, string when) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"{agent} shift {when}" });

    private static ILocator Cell(IPage page, string agent, string day) =>
        page.Locator($"td[data-agent='{agent}'][data-day='{day}']");
}
