using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

public sealed class RosterSetupPagesTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task ShiftRules_WhenSchedulerAddsATemplate_SeesItsPreviewAndTheTable()
    {
        using var admin = await session.ApiClientAsync(Roles.Admin);
        var site = await TestSites.CreateAsync(admin);
        var (_, email) = await session.App.CreateUserAsync(Roles.Scheduler);
        var page = await session.NewDesktopPageAsync();
        await session.SignInAsync(page, email);

        await session.GotoAsync(page, $"/scheduling/rules?site={site.Id}");
        await page.GetByLabel("Template name").FillAsync("Early 8h");
        await page.GetByLabel("Earliest start").FillAsync("06:00");
        await page.GetByLabel("Latest start").FillAsync("08:00");
        await page.GetByLabel("Paid lengths (minutes, comma-separated)").FillAsync("480, 600");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add template" }).ClickAsync();

        // 06:00 … 08:00 every 30 min = 5 starts × 2 lengths = 10 shifts; the 8 h shift from 06:00 with its 30-min meal ends 14:30.
        var preview = page.GetByRole(AriaRole.Heading, new() { Name = "Preview: 10 shifts a day" });
        await preview.WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "shift-rules-template-preview.png"), FullPage = true });

        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("Early 8h saved");
        (await page.Locator(".preview").InnerTextAsync()).Should().Contain("06:00–14:30").And.Contain("unpaid meal");
        (await page.GetByRole(AriaRole.Table).First.InnerTextAsync()).Should().Contain("Early 8h");

        // A reversed start window is refused with a readable message next to the field, and nothing is added.
        await page.GetByLabel("Template name").FillAsync("Backwards");
        await page.GetByLabel("Earliest start").FillAsync("12:00");
        await page.GetByLabel("Latest start").FillAsync("08:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add template" }).ClickAsync();
        var error = page.Locator("#tpl-latestStart-error");
        await error.WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "shift-rules-template-error.png"), FullPage = true });
        (await error.InnerTextAsync()).Should().Contain("latest start");
        var templates = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/sites/{site.Id}/shift-templates", UriKind.Relative)))!.AsArray();
        templates.Select(t => t!["name"]!.GetValue<string>()).Should().Equal("Early 8h");
    }

    [Fact]
    public async Task MyAvailability_WhenAgentSetsItOnAPhone_SavesWindowsAndWishes()
    {
        using var admin = await session.ApiClientAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 1);
        var (_, email) = await session.App.CreateUserAsync(Roles.Agent, new EmployeeId(team.Agents[0]));
        var page = await session.NewPhonePageAsync();
        await session.SignInAsync(page, email);

        await session.GotoAsync(page, "/my/availability");
        // First an impossible window: nothing is saved and the message sits next to Tuesday.
        await page.GetByLabel("Tuesday availability").SelectOptionAsync("between");
        await page.GetByLabel("Tuesday from", new() { Exact = true }).FillAsync("18:00");
        await page.GetByLabel("Tuesday until", new() { Exact = true }).FillAsync("09:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save availability" }).ClickAsync();
        var tuesdayError = page.GetByRole(AriaRole.Group, new() { Name = "Tuesday" }).Locator(".field-error");
        await tuesdayError.WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "my-availability-error-phone.png"), FullPage = true });
        (await tuesdayError.InnerTextAsync()).Should().Contain("not after 18:00");

        await page.GetByLabel("Tuesday until", new() { Exact = true }).FillAsync("00:00");
        await page.GetByLabel("Monday availability").SelectOptionAsync("between");
        await page.GetByLabel("Monday from", new() { Exact = true }).FillAsync("09:00");
        await page.GetByLabel("Monday until", new() { Exact = true }).FillAsync("17:00");
        await page.GetByLabel("Saturday availability").SelectOptionAsync("off");
        await page.GetByLabel("Sunday off").CheckAsync();
        await page.GetByLabel("How much these wishes matter").SelectOptionAsync(new SelectOptionValue { Label = "High" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save availability" }).ClickAsync();
        var saved = page.GetByRole(AriaRole.Status);
        await saved.WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "my-availability-saved-phone.png"), FullPage = true });

        (await saved.InnerTextAsync()).Should().Contain("saved");
        var stored = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/employees/{team.Agents[0]}/availability", UriKind.Relative)))!;
        // Monday 09–17, Tuesday 18–midnight, the other four working days any time, Saturday absent (not available).
        stored["windows"]!.AsArray().Select(w => $"{w!["day"]} {w["from"]}-{w["until"]}").Should().Equal(
            "Monday 09:00-17:00", "Tuesday 18:00-00:00", "Wednesday 00:00-00:00", "Thursday 00:00-00:00", "Friday 00:00-00:00", "Sunday 00:00-00:00");
        stored["preferences"]!.AsArray().Should().ContainSingle()
            .Which!.ToJsonString().Should().Contain("\"day\":\"Sunday\"").And.Contain("\"wantsOff\":true").And.Contain("\"weight\":20");
    }
}
