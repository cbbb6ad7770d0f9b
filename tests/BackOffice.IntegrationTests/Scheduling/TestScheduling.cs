using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.IntegrationTests.Scheduling;

/// <summary>
/// Gives a test team what roster generation needs: a forecast queue with eight weeks of synthetic history (imported
/// through the API), the team's queue mapping and share, and one site shift template (stored directly: their
/// endpoints belong to another part of issue #6). Public so browser tests and the benchmark can use it.
/// </summary>
public static class TestScheduling
{
    /// <param name="historyStart">First Monday of the eight weeks of history; generate for the Monday eight weeks later.</param>
    /// <param name="meanDailyCalls">An average weekday's calls of the synthetic queue (300 ≈ 4 agents at the peak).</param>
    public static async Task<string> SetUpAsync(BackOfficeApp app, HttpClient admin, TestTeam team, LocalDate historyStart, int share = 100, double meanDailyCalls = 300)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(team);
        var queue = $"G{Guid.NewGuid():N}"[..12];
        await ImportQueueAsync(app, admin, queue, historyStart, meanDailyCalls);
        await MapTeamAsync(app, team.TeamId, team.Site.Id, queue, share);
        return queue;
    }

    public static async Task ImportQueueAsync(BackOfficeApp app, HttpClient admin, string queue, LocalDate historyStart, double meanDailyCalls)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(admin);
        using (var settings = await admin.PutAsJsonAsync(new Uri($"/api/queues/{queue}/settings", UriKind.Relative), new
        {
            queue,
            intervalMinutes = 30,
            serviceLevelTarget = 0.8,
            answerWithinSeconds = 20,
            maxOccupancy = 0.85,
            shrinkage = 0.30m,
            timeZoneId = "America/Chicago",
        }))
        {
            settings.StatusCode.Should().Be(HttpStatusCode.OK, await settings.Content.ReadAsStringAsync());
        }

        var records = app.Services.GetRequiredService<ISyntheticVolumeGenerator>()
            .Generate(new SyntheticHistoryOptions(Seed: 7, historyStart, Weeks: 8, IntervalMinutes: 30, MeanDailyCalls: meanDailyCalls))
            .Select(r => r with { Queue = queue }).ToList();
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        app.Services.GetRequiredService<IVolumeHistoryCsv>().Write(csv, records);
        using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
        using var import = await admin.PostAsync(new Uri("/api/volume/import", UriKind.Relative), content);
        import.StatusCode.Should().Be(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
    }

    /// <summary>Maps the team to the queue and gives its site a template (starts 07:00–13:00 hourly, 4 or 8 h paid), unless it has one.</summary>
    public static async Task MapTeamAsync(BackOfficeApp app, Guid teamId, Guid siteId, string queue, int share)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        db.Add(new TeamQueueAssignment { TeamId = new TeamId(teamId), Queue = queue, RequirementSharePercent = share });
        var site = new SiteId(siteId);
        if (!db.Set<ShiftTemplateDefinition>().Any(t => t.SiteId == site))
        {
            db.Add(new ShiftTemplateDefinition
            {
                SiteId = site,
                Name = "Test day shifts",
                EarliestStart = new LocalTime(7, 0),
                LatestStart = new LocalTime(13, 0),
                StepMinutes = 60,
                PaidLengths = "240,480",
            });
        }

        await db.SaveChangesAsync();
    }

    public static async Task BlockDayAsync(BackOfficeApp app, Guid employeeId, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        db.Add(new AgentDayBlock { EmployeeId = new EmployeeId(employeeId), Date = date, Kind = DayBlockKind.TimeOff });
        await db.SaveChangesAsync();
    }
}
