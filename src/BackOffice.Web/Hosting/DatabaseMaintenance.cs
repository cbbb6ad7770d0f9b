using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization.Contracts;
using Microsoft.EntityFrameworkCore;

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

    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IOrganizationDemoSeeder>().SeedAsync(cancellationToken);
}
