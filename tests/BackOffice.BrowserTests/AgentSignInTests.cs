using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

public sealed class AgentSignInTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task SignIn_WhenAgentUsesAPhone_SeesOwnNameOnHome()
    {
        var (_, email) = await session.App.CreateUserAsync(Roles.Agent, displayName: "Rosa Delgado");
        var page = await session.NewPhonePageAsync();

        await page.GotoAsync(new Uri(session.BaseAddress, "/").ToString());
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BackOfficeApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Rosa Delgado" });
        await heading.WaitForAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "agent-home-phone.png"), FullPage = true });

        (await heading.IsVisibleAsync()).Should().BeTrue();
        page.Url.Should().NotContain("/login");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Employees" }).CountAsync()).Should().Be(0, "an agent's navigation has no staff links");
        (await page.GetByRole(AriaRole.Link, new() { Name = "My details" }).CountAsync()).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task SignIn_WhenPasswordIsWrong_ShowsReadableError()
    {
        var (_, email) = await session.App.CreateUserAsync(Roles.Agent);
        var page = await session.NewPhonePageAsync();

        await page.GotoAsync(new Uri(session.BaseAddress, "/login").ToString());
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("not the right password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync(new() { Timeout = 15_000 });
        (await alert.InnerTextAsync()).Should().Contain("not right");
    }
}
