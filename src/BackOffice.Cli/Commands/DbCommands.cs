using System.CommandLine;
using BackOffice.Identity;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization;
using BackOffice.Organization.Contracts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace BackOffice.Cli.Commands;

/// <summary><c>backoffice db migrate</c>: applies every module's migrations to the configured database.</summary>
internal static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply every module's migrations to the database chosen by Database:Provider and ConnectionStrings:BackOffice (default: the embedded SQLite file in BACKOFFICE_DATA).");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            try
            {
                await using var services = BuildServices();
                await using var scope = services.CreateAsyncScope();
                foreach (var database in scope.ServiceProvider.GetServices<IModuleDatabase>())
                {
                    var pending = (await database.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
                    await database.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                    Console.WriteLine($"{database.Module}: {pending.Count} migration(s) applied");
                }

                return 0;
            }
            catch (InvalidOperationException ex)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return 2;
            }
        });

        var db = new Command("db", "Database maintenance.");
        db.Subcommands.Add(migrate);
        return db;
    }

    /// <summary><c>backoffice seed-demo</c>: the demo call center (3 sites, 8 teams, ~120 agents); does nothing if people exist.</summary>
    public static Command CreateSeedDemo()
    {
        var seed = new Command("seed-demo", "Create the demo call center (3 sites, 8 teams, about 120 agents, demo logins) in a migrated database. Does nothing when employees already exist.");
        seed.SetAction(async (_, cancellationToken) =>
        {
            try
            {
                await using var services = BuildServices();
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.SeedIdentityAsync(cancellationToken).ConfigureAwait(false);
                var result = await scope.ServiceProvider.GetRequiredService<IOrganizationDemoSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
                Console.WriteLine(result);
                return 0;
            }
            catch (InvalidOperationException ex)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return 2;
            }
        });
        return seed;
    }

    internal static ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddEnvironmentVariables("BACKOFFICE_").Build();
        var database = DatabaseOptions.FromConfiguration(configuration);
        Directory.CreateDirectory(database.DataDirectory);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton<ICurrentActor>(SystemActor.Instance);
        services.AddBackOfficeDatabase(database);
        services.AddDataProtection().SetApplicationName("BackOffice")
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysPath"] is { Length: > 0 } keys ? keys : Path.Combine(database.DataDirectory, "keys")));
        services.AddIdentityModule(new IdentityModuleOptions(null, null, RequireHttps: false, [], []));
        services.AddOrganizationModule();
        return services.BuildServiceProvider();
    }
}
