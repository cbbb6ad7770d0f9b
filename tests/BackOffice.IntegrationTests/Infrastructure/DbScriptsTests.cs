using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.IntegrationTests.Infrastructure;

/// <summary>db/postgres holds the idempotent scripts the Kubernetes migration Job runs; they must match the migrations.</summary>
public sealed class DbScriptsTests(PostgresBackOfficeApp app) : IClassFixture<PostgresBackOfficeApp>
{
    [Fact]
    public async Task PostgresScripts_WhenComparedWithMigrations_AreUpToDate()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var modules = scope.ServiceProvider.GetServices<IModuleDatabase>().ToList();
        modules.Should().NotBeEmpty();
        foreach (var module in modules)
        {
            var context = (DbContext)module;
            var expected = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            var path = Path.Combine(ReferenceData.RepositoryRoot, "db", "postgres", $"{module.Module}.sql");
            File.Exists(path).Should().BeTrue($"{path} is missing: run scripts/db-scripts.sh");
            Normalize(await File.ReadAllTextAsync(path)).Should().Be(Normalize(expected), $"db/postgres/{module.Module}.sql is stale: run scripts/db-scripts.sh");
        }
    }

    private static string Normalize(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
