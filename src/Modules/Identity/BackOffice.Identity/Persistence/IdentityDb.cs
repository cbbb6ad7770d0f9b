using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BackOffice.Identity.Persistence;

/// <summary>Users, roles and the OpenID Connect server's applications, authorizations and tokens.</summary>
internal class IdentityDb(DbContextOptions options) : IdentityDbContext<AppUser, AppRole, Guid>(options), IModuleDatabase
{
    public const string ModuleName = "identity";

    public string Module => ModuleName;

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    private bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ModelConventions.ApplyModuleDefaults(builder, ModuleName, IsSqlite);
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(200);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.ApplyValueConventions(configurationBuilder, IsSqlite);
}

internal sealed class SqliteIdentityDb(DbContextOptions<IdentityDb> options) : IdentityDb(options);

internal sealed class PostgresIdentityDb(DbContextOptions<IdentityDb> options) : IdentityDb(options);

internal sealed class SqliteIdentityDbFactory : IDesignTimeDbContextFactory<SqliteIdentityDb>
{
    public SqliteIdentityDb CreateDbContext(string[] args) => new(DesignTime.Options<IdentityDb>(DatabaseProvider.Sqlite, IdentityDb.ModuleName));
}

internal sealed class PostgresIdentityDbFactory : IDesignTimeDbContextFactory<PostgresIdentityDb>
{
    public PostgresIdentityDb CreateDbContext(string[] args) => new(DesignTime.Options<IdentityDb>(DatabaseProvider.Postgres, IdentityDb.ModuleName));
}
