using BackOffice.Infrastructure.Auditing;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Infrastructure.Persistence;

/// <summary>Model conventions shared by every module context, including ones (Identity) that cannot derive from <see cref="ModuleDbContext"/>.</summary>
public static class ModelConventions
{
    public static void ApplyModuleDefaults(ModelBuilder modelBuilder, string module, bool isSqlite)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (!isSqlite)
        {
            modelBuilder.HasDefaultSchema(module);
        }

        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable($"{module}_audit_log");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Module).HasMaxLength(40);
            audit.Property(a => a.Action).HasMaxLength(80);
            audit.Property(a => a.EntityType).HasMaxLength(120);
            audit.Property(a => a.EntityId).HasMaxLength(120);
            audit.Property(a => a.Actor).HasMaxLength(200);
            audit.Property(a => a.Reason).HasMaxLength(500);
            audit.HasIndex(a => new { a.EntityType, a.EntityId });
            audit.HasIndex(a => a.At);
        });
    }

    public static void ApplyVersioning(ModelBuilder modelBuilder, bool isSqlite)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
        {
            var property = modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version));
            if (isSqlite)
            {
                property.IsConcurrencyToken().HasColumnName("version");
            }
            else
            {
                // Npgsql maps a uint row version to the xmin system column: no extra column, bumped by every update.
                property.IsRowVersion();
            }
        }
    }

    public static void ApplyValueConventions(ModelConfigurationBuilder configurationBuilder, bool isSqlite)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<EmployeeId>().HaveConversion<EmployeeIdConverter>();
        configurationBuilder.Properties<SiteId>().HaveConversion<SiteIdConverter>();
        configurationBuilder.Properties<TeamId>().HaveConversion<TeamIdConverter>();
        configurationBuilder.Properties<UserId>().HaveConversion<UserIdConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 6);
        if (isSqlite)
        {
            // SQLite has no NodaTime plugin: store sortable text (dates, times) and ticks (instants) so ORDER BY and comparisons stay correct.
            configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
            configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
            configurationBuilder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
            configurationBuilder.Properties<LocalDateTime>().HaveConversion<LocalDateTimeConverter>();
            configurationBuilder.Properties<Duration>().HaveConversion<DurationConverter>();
        }
    }

    private sealed class EmployeeIdConverter() : ValueConverter<EmployeeId, Guid>(v => v.Value, v => new EmployeeId(v));

    private sealed class SiteIdConverter() : ValueConverter<SiteId, Guid>(v => v.Value, v => new SiteId(v));

    private sealed class TeamIdConverter() : ValueConverter<TeamId, Guid>(v => v.Value, v => new TeamId(v));

    private sealed class UserIdConverter() : ValueConverter<UserId, Guid>(v => v.Value, v => new UserId(v));

    private sealed class InstantConverter() : ValueConverter<Instant, long>(v => v.ToUnixTimeTicks(), v => Instant.FromUnixTimeTicks(v));

    private sealed class DurationConverter() : ValueConverter<Duration, long>(v => v.BclCompatibleTicks, v => Duration.FromTicks(v));

    private sealed class LocalDateConverter() : ValueConverter<LocalDate, string>(
        v => LocalDatePattern.Iso.Format(v),
        v => LocalDatePattern.Iso.Parse(v).Value);

    private sealed class LocalTimeConverter() : ValueConverter<LocalTime, string>(
        v => LocalTimePattern.ExtendedIso.Format(v),
        v => LocalTimePattern.ExtendedIso.Parse(v).Value);

    private sealed class LocalDateTimeConverter() : ValueConverter<LocalDateTime, string>(
        v => LocalDateTimePattern.ExtendedIso.Format(v),
        v => LocalDateTimePattern.ExtendedIso.Parse(v).Value);
}
