using BackOffice.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Persistence;

/// <summary>Gives the audit log reader and the migrator one view over every module's context.</summary>
public interface IModuleDatabase
{
    string Module { get; }
    DbSet<AuditEntry> AuditLog { get; }
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }
}

/// <summary>
/// Base of every module's DbContext: one schema per module on PostgreSQL (SQLite has no schemas, so table
/// names carry the module prefix where they could collide), the module's own append-only audit table,
/// and provider-specific concurrency and NodaTime mapping.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IModuleDatabase
{
    public abstract string Module { get; }

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ModelConventions.ApplyModuleDefaults(modelBuilder, Module, IsSqlite);
        ConfigureModel(modelBuilder);
        ModelConventions.ApplyVersioning(modelBuilder, IsSqlite);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ModelConventions.ApplyValueConventions(configurationBuilder, IsSqlite);
    }
}
