using BackOffice.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>The real app on a Kestrel loopback port, driven by Debian's Chromium (never Playwright's own download).</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? playwright;

    public SqliteBackOfficeApp App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(ReferenceData.RepositoryRoot, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseAddress = App.ClientOptions.BaseAddress;
        var chromium = Environment.GetEnvironmentVariable("BACKOFFICE_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: run ./test.sh, which installs Debian's chromium.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });
        return await context.NewPageAsync();
    }

    public async Task<IPage> NewDesktopPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the real login form and waits for the home page.</summary>
    public async Task SignInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(new Uri(BaseAddress, "/login").ToString());
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BackOfficeApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { Timeout = 30_000 });
    }

    /// <summary>A real HTTP client against the Kestrel port, signed in as a new user of <paramref name="role"/>, for setting up data through the API.</summary>
    public async Task<HttpClient> ApiClientAsync(string role)
    {
        var (_, email) = await App.CreateUserAsync(role);
#pragma warning disable CA2000 // the client owns the handler and the caller disposes the client
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };
#pragma warning restore CA2000
        using var login = await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password);
        if (login.StatusCode != System.Net.HttpStatusCode.Redirect || login.Headers.Location?.OriginalString.Contains("error", StringComparison.Ordinal) != false)
        {
            client.Dispose();
            throw new InvalidOperationException($"Signing in {email} through the login form failed: {(int)login.StatusCode}.");
        }

        return client;
    }

    public Task GotoAsync(IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.GotoAsync(new Uri(BaseAddress, path).ToString());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
