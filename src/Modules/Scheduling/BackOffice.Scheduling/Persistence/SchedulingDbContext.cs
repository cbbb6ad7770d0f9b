using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BackOffice.Scheduling.Persistence;

/// <summary>
/// The Scheduling module's store: queue staffing settings, ACD volume history, the scheduler's forecast
/// adjustments, and rostering (rules, templates, roster weeks, versions, swaps, notifications). Tables carry the <c>sched_</c> prefix because SQLite has no schemas.
/// </summary>
internal class SchedulingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "scheduling";

    public override string Module => ModuleName;

    public DbSet<QueueSettingsRow> QueueSettings => Set<QueueSettingsRow>();

    public DbSet<VolumeRow> Volume => Set<VolumeRow>();

    public DbSet<ExceptionDayRow> ExceptionDays => Set<ExceptionDayRow>();

    public DbSet<DayUpliftRow> DayUplifts => Set<DayUpliftRow>();

    public DbSet<IntervalOverrideRow> IntervalOverrides => Set<IntervalOverrideRow>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Rostering tables (weeks, shifts, versions, rules, swaps…) each carry their own configuration class.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchedulingDbContext).Assembly);

        modelBuilder.Entity<QueueSettingsRow>(e =>
        {
            e.ToTable("sched_queue_settings");
            e.HasKey(s => s.Queue);
            e.Property(s => s.Queue).HasMaxLength(QueueSettingsRow.MaxQueueLength);
            e.Property(s => s.TimeZoneId).HasMaxLength(64);
            e.Property(s => s.ShrinkageByDayOfWeek).HasMaxLength(400);
        });

        modelBuilder.Entity<VolumeRow>(e =>
        {
            e.ToTable("sched_volume_history");
            e.HasKey(v => new { v.Queue, v.IntervalStart });
            e.Property(v => v.Queue).HasMaxLength(QueueSettingsRow.MaxQueueLength);
        });

        modelBuilder.Entity<ExceptionDayRow>(e =>
        {
            e.ToTable("sched_exception_days");
            e.HasKey(d => new { d.Queue, d.Date });
            e.Property(d => d.Queue).HasMaxLength(QueueSettingsRow.MaxQueueLength);
        });

        modelBuilder.Entity<DayUpliftRow>(e =>
        {
            e.ToTable("sched_day_uplifts");
            e.HasKey(d => new { d.Queue, d.Date });
            e.Property(d => d.Queue).HasMaxLength(QueueSettingsRow.MaxQueueLength);
        });

        modelBuilder.Entity<IntervalOverrideRow>(e =>
        {
            e.ToTable("sched_interval_overrides");
            e.HasKey(o => new { o.Queue, o.Date, o.Start });
            e.Property(o => o.Queue).HasMaxLength(QueueSettingsRow.MaxQueueLength);
        });
    }
}

internal sealed class SqliteSchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : SchedulingDbContext(options);

internal sealed class PostgresSchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : SchedulingDbContext(options);

internal sealed class SqliteSchedulingDbContextFactory : IDesignTimeDbContextFactory<SqliteSchedulingDbContext>
{
    public SqliteSchedulingDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<SchedulingDbContext>(DatabaseProvider.Sqlite, SchedulingDbContext.ModuleName));
}

internal sealed class PostgresSchedulingDbContextFactory : IDesignTimeDbContextFactory<PostgresSchedulingDbContext>
{
    public PostgresSchedulingDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<SchedulingDbContext>(DatabaseProvider.Postgres, SchedulingDbContext.ModuleName));
}
