using System.Globalization;
using System.Text.Json;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using Microsoft.Playwright;
using NodaTime;
using Xunit.Abstractions;

namespace BackOffice.BrowserTests;

/// <summary>
/// Page weight and load time of <c>/my/schedule</c> for an agent with 4 published weeks, on a throttled network
/// ("slow 3G": 400 kbit/s both ways, 400 ms RTT) and a 4× slower CPU. Prints figures; excluded from CI by its trait.
/// Run: <c>dotnet test tests/BackOffice.BrowserTests --filter Category=Benchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class AgentScheduleWeightBenchmark(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task MySchedule_WhenThrottledToSlow3G_PrintsBytesRequestsAndLoadTime()
    {
        using var admin = await session.ApiClientAsync(Roles.Admin);
        var team = await TestTeams.CreateAsync(admin, agents: 1);
        var zone = DateTimeZoneProviders.Tzdb["America/Chicago"];
        var monday = SystemClock.Instance.GetCurrentInstant().InZone(zone).Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        for (var w = 0; w < 4; w++)
        {
            var week = monday.PlusWeeks(w);
            await TestRosters.SeedAsync(session.App.Services, team.TeamId, week,
                Enumerable.Range(0, 5).Select(d => new TestShift(team.Agents[0], week.PlusDays(d), new LocalTime(9, 0), 510)).ToArray());
            await TestRosters.PublishAsync(admin, team.TeamId, week, reason: "benchmark data");
        }

        var (_, email) = await session.App.CreateUserAsync(Roles.Agent, new EmployeeId(team.Agents[0]));
        var page = await session.NewPhonePageAsync();
        await session.SignInAsync(page, email);

        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 400,
            ["downloadThroughput"] = 400 * 1000 / 8,
            ["uploadThroughput"] = 400 * 1000 / 8,
        });
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
        long bytes = 0;
        var requests = 0;
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is { } json && json.TryGetProperty("encodedDataLength", out var length))
            {
                Interlocked.Add(ref bytes, (long)length.GetDouble());
                Interlocked.Increment(ref requests);
            }
        };

        await session.GotoAsync(page, "/my/schedule");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var timing = await page.EvaluateAsync<JsonElement>("() => { const n = performance.getEntriesByType('navigation')[0]; return { ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, html: n.encodedBodySize }; }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "agent-my-schedule-4-weeks-throttled.png"), FullPage = true });

        var text = string.Create(CultureInfo.InvariantCulture,
            $"/my/schedule (4 weeks, 20 shifts), slow 3G 400 kbit/s 400 ms RTT, CPU x4: {requests} requests, {bytes} bytes transferred (HTML body {timing.GetProperty("html").GetDouble():0} bytes), TTFB {timing.GetProperty("ttfb").GetDouble():0} ms, DOMContentLoaded {timing.GetProperty("dcl").GetDouble():0} ms, load {timing.GetProperty("load").GetDouble():0} ms");
        output.WriteLine(text);
        Console.WriteLine(text);
        (await page.GetByRole(AriaRole.Heading, new() { Name = "My schedule" }).CountAsync()).Should().Be(1);
        requests.Should().BeGreaterThan(0);
    }
}
