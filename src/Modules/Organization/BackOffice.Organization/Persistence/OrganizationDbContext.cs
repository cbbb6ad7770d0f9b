using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BackOffice.Organization.Persistence;

/// <summary>
/// The Organization module's tables. SQLite has no schemas, so every table carries the <c>org_</c> prefix
/// (on PostgreSQL they also live in the <c>organization</c> schema).
/// </summary>
internal class OrganizationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "organization";

    public override string Module => ModuleName;

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<PayRate> PayRates => Set<PayRate>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Site>(site =>
        {
            site.ToTable("org_sites");
            site.HasKey(s => s.Id);
            site.Property(s => s.Id).ValueGeneratedNever();
            site.Property(s => s.Code).HasMaxLength(16);
            site.HasIndex(s => s.Code).IsUnique();
            site.Property(s => s.Name).HasMaxLength(100);
            site.Property(s => s.TimeZoneId).HasMaxLength(64);
            site.Property(s => s.AddressLine1).HasMaxLength(200);
            site.Property(s => s.City).HasMaxLength(200);
            site.Property(s => s.State).HasMaxLength(2);
            site.Property(s => s.PostalCode).HasMaxLength(10);
            site.Ignore(s => s.TimeZone);
        });

        modelBuilder.Entity<Team>(team =>
        {
            team.ToTable("org_teams");
            team.HasKey(t => t.Id);
            team.Property(t => t.Id).ValueGeneratedNever();
            team.Property(t => t.Name).HasMaxLength(80);
            team.HasIndex(t => t.Name).IsUnique();
            team.HasOne<Site>().WithMany().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Restrict);
            team.HasOne<Employee>().WithMany().HasForeignKey(t => t.SupervisorId).OnDelete(DeleteBehavior.Restrict);
            team.HasIndex(t => t.SupervisorId);
        });

        modelBuilder.Entity<Employee>(employee =>
        {
            employee.ToTable("org_employees");
            employee.HasKey(e => e.Id);
            employee.Property(e => e.Id).ValueGeneratedNever();
            employee.Property(e => e.EmployeeNumber).HasMaxLength(20);
            employee.HasIndex(e => e.EmployeeNumber).IsUnique();
            employee.Property(e => e.Email).HasMaxLength(254);
            employee.HasIndex(e => e.Email).IsUnique();
            employee.Property(e => e.FirstName).HasMaxLength(100);
            employee.Property(e => e.LastName).HasMaxLength(100);
            employee.Property(e => e.HomeState).HasMaxLength(2);
            employee.Property(e => e.SkillList).HasMaxLength(1000);
            employee.Property(e => e.TaxFilingStatus).HasConversion<string>().HasMaxLength(40);
            employee.Property(e => e.BankAccountType).HasConversion<string>().HasMaxLength(20);
            employee.Property(e => e.SsnProtected).HasMaxLength(1000);
            employee.Property(e => e.SsnLast4).HasMaxLength(4);
            employee.Property(e => e.BankAccountProtected).HasMaxLength(1000);
            employee.Property(e => e.BankAccountLast4).HasMaxLength(4);
            employee.HasOne<Site>().WithMany().HasForeignKey(e => e.SiteId).OnDelete(DeleteBehavior.Restrict);
            employee.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Restrict);
            employee.HasMany(e => e.PayRates).WithOne().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Cascade);
            employee.Navigation(e => e.PayRates).HasField("payRates").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
            employee.Ignore(e => e.Skills);
            employee.Ignore(e => e.DisplayName);
            employee.Ignore(e => e.Contract);
            employee.Ignore(e => e.TaxSetup);
            employee.Ignore(e => e.SsnMasked);
            employee.Ignore(e => e.BankAccountMasked);
            employee.Ignore(e => e.Checklist);
        });

        modelBuilder.Entity<PayRate>(rate =>
        {
            rate.ToTable("org_pay_rates");
            rate.HasKey(r => r.Id);
            rate.Property(r => r.Id).ValueGeneratedNever();
            rate.Property(r => r.PayType).HasConversion<string>().HasMaxLength(20);
            // The history is append-only: one entry per employee and day, so a second "change" on a day cannot replace the first.
            rate.HasIndex(r => new { r.EmployeeId, r.EffectiveFrom }).IsUnique();
        });
    }
}

/// <summary>The SQLite flavour, keyed to its own migration set.</summary>
internal sealed class SqliteOrganizationDbContext(DbContextOptions<OrganizationDbContext> options) : OrganizationDbContext(options);

/// <summary>The PostgreSQL flavour, keyed to its own migration set.</summary>
internal sealed class PostgresOrganizationDbContext(DbContextOptions<OrganizationDbContext> options) : OrganizationDbContext(options);

internal sealed class SqliteOrganizationDbContextFactory : IDesignTimeDbContextFactory<SqliteOrganizationDbContext>
{
    public SqliteOrganizationDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OrganizationDbContext>(DatabaseProvider.Sqlite, OrganizationDbContext.ModuleName));
}

internal sealed class PostgresOrganizationDbContextFactory : IDesignTimeDbContextFactory<PostgresOrganizationDbContext>
{
    public PostgresOrganizationDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OrganizationDbContext>(DatabaseProvider.Postgres, OrganizationDbContext.ModuleName));
}
