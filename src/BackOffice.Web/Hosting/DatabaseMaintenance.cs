using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Contracts.Staffing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Web.Hosting;

/// <summary>Migrations and demo data, shared by the web host's start-up and the CLI.</summary>
internal static class DatabaseMaintenance
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var database in services.GetServices<IModuleDatabase>())
        {
            await database.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IOrganizationDemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        await SeedDemoVolumeAsync(services, cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<IRosteringDemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ten weeks of synthetic ACD history up to last Sunday, so the forecast page has something to forecast from.</summary>
    private static async Task SeedDemoVolumeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var forecasts = services.GetRequiredService<IForecastService>();
        if ((await forecasts.QueuesAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return;
        }

        const string zone = "America/Chicago";
        var today = services.GetRequiredService<IClock>().GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[zone]).Date;
        var lastMonday = today.Previous(IsoDayOfWeek.Monday);
        var records = services.GetRequiredService<ISyntheticVolumeGenerator>()
            .Generate(new SyntheticHistoryOptions(Seed: 2026, FirstDay: lastMonday.PlusWeeks(-10), Weeks: 10, IntervalMinutes: 30, Queues: 2, ZoneId: zone));
        var csv = new StringWriter();
        services.GetRequiredService<IVolumeHistoryCsv>().Write(csv, records);
        await forecasts.ImportAsync(new StringReader(csv.ToString()), cancellationToken).ConfigureAwait(false);
        foreach (var queue in records.Select(r => r.Queue).Distinct())
        {
            await forecasts.SaveSettingsAsync(new QueueSettings(queue, 30, 0.8, 20, 0.85, 0.30m, null, null, zone), cancellationToken).ConfigureAwait(false);
        }
    }
}
