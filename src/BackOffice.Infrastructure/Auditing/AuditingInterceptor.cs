using System.Globalization;
using System.Reflection;
using System.Text.Json;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;

namespace BackOffice.Infrastructure.Auditing;

/// <summary>
/// Runs inside every SaveChanges of a module context: writes audit rows for <see cref="IAuditable"/> entities
/// into the same unit of work, bumps the app-managed version on SQLite, and refuses edits to the audit log.
/// </summary>
public sealed class AuditingInterceptor(ICurrentActor actor, IClock clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var module = (context as IModuleDatabase)?.Module ?? context.GetType().Name;
        var isSqlite = context.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        var now = clock.GetCurrentInstant();
        var records = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only.");
            }

            if (entry.Entity is IAuditable && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var changes = DescribeChanges(entry);
                if (entry.State != EntityState.Modified || changes.Count > 0)
                {
                    records.Add(AuditEntry.Record(
                        module,
                        $"{entry.Metadata.ClrType.Name.ToLowerInvariant()}.{entry.State.ToString().ToLowerInvariant()}",
                        entry.Metadata.ClrType.Name,
                        KeyOf(entry),
                        actor.Name,
                        now,
                        JsonSerializer.Serialize(changes)));
                }
            }

            if (isSqlite && entry.Entity is IVersioned && entry.State == EntityState.Modified)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (uint)version.OriginalValue! + 1;
            }
        }

        context.AddRange(records);
    }

    private static Dictionary<string, object?> DescribeChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name == nameof(IVersioned.Version) || property.Metadata.IsShadowProperty())
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && Equals(before, after))
            {
                continue;
            }

            var sensitive = property.Metadata.PropertyInfo?.GetCustomAttribute<SensitiveAttribute>() is not null;
            changes[name] = new
            {
                before = sensitive ? Mask(before) : Format(before),
                after = sensitive ? Mask(after) : Format(after),
            };
        }

        return changes;
    }

    private static string? Mask(object? value) => value is null ? null : "***";

    private static string? Format(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join("|", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }
}
