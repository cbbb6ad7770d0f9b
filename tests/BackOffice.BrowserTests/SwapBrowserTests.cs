using System.Globalization;
using System.Text.Json.Nodes;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.IntegrationTests.Scheduling;
using BackOffice.SharedKernel;
using Microsoft.Playwright;
using NodaTime;

namespace BackOffice.BrowserTests;

public sealed class SwapBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Swap_WhenOfferedOnAPhoneAcceptedAndApproved_MovesTheShiftFromAToB()
    {
        using var admin = await session.ApiClientAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 2, maxWeeklyHours: 60);
        var tuesday = SwapSeed.Week.PlusDays(1);
        await SwapSeed.PublishAsync(session.App, team, SwapSeed.Week, new SeedShift(0, tuesday, new LocalTime(9, 0), 480));
        var (_, emailA) = await session.App.CreateUserAsync(Roles.Agent, new EmployeeId(team.Agents[0]));
        var (_, emailB) = await session.App.CreateUserAsync(Roles.Agent, new EmployeeId(team.Agents[1]));
        var (_, supervisorEmail) = await session.App.CreateUserAsync(Roles.Supervisor, new EmployeeId(team.SupervisorId));
        var nameB = $"Agent01 {team.Site.Code}";
        var expected = tuesday.ToString("ddd d MMM", CultureInfo.InvariantCulture) + " 09:00–17:00";

        // Agent A offers the Tuesday shift to B from a phone.
        var a = await session.NewPhonePageAsync();
        await session.SignInAsync(a, emailA);
        await session.GotoAsync(a, "/my/swaps");
        await a.GetByLabel("Offer to").SelectOptionAsync(new SelectOptionValue { Label = nameB });
        await a.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await a.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your request was sent" }).WaitForAsync(new() { Timeout = 15_000 });
        await Shot(a, "swap-1-agent-a-offers-phone");

        // Agent B sees the offer with its rule check and accepts it.
        var b = await session.NewPhonePageAsync();
        await session.SignInAsync(b, emailB);
        await session.GotoAsync(b, "/my/swaps");
        (await b.GetByRole(AriaRole.Group, new() { Name = "Rule check" }).InnerTextAsync()).Should().Contain("no rule affected");
        await Shot(b, "swap-2-agent-b-incoming-phone");
        await b.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await b.GetByRole(AriaRole.Status).Filter(new() { HasText = "waits for a supervisor" }).WaitForAsync(new() { Timeout = 15_000 });

        // The supervisor approves it.
        var s = await session.NewDesktopPageAsync();
        await session.SignInAsync(s, supervisorEmail);
        await session.GotoAsync(s, "/scheduling/swaps");
        await s.GetByLabel("Note to the agents (optional)").FillAsync("Covered, thanks");
        await Shot(s, "swap-3-supervisor-pending");
        await s.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await s.GetByRole(AriaRole.Status).Filter(new() { HasText = "Swap approved" }).WaitForAsync(new() { Timeout = 15_000 });
        await Shot(s, "swap-4-supervisor-approved");

        // Both agents' pages show it approved, and the roster has the shift on B.
        await session.GotoAsync(a, "/my/swaps");
        (await a.GetByRole(AriaRole.Region, new() { Name = "My requests" }).InnerTextAsync()).Should().Contain("Approved").And.Contain(expected);
        await Shot(a, "swap-5-agent-a-approved-phone");
        await session.GotoAsync(b, "/my/swaps");
        (await b.GetByRole(AriaRole.Region, new() { Name = "My requests" }).InnerTextAsync()).Should().Contain("Approved");
        (await b.GetByRole(AriaRole.Region, new() { Name = "Offer or trade a shift" }).InnerTextAsync()).Should().Contain(expected, "the shift is B's now");
        (await a.GetByRole(AriaRole.Region, new() { Name = "Offer or trade a shift" }).InnerTextAsync()).Should().Contain("no upcoming published shift");
        await Shot(b, "swap-6-agent-b-approved-phone");
        var roster = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/teams/{team.TeamId}/roster/{SwapSeed.Week:yyyy-MM-dd}", UriKind.Relative)))!;
        roster["shifts"]!.AsArray().Single()!["employeeId"]!.GetValue<string>().Should().Be(team.Agents[1].ToString());
        roster["publishedVersion"]!.GetValue<int>().Should().Be(2);
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, name + ".png"), FullPage = true });
}
