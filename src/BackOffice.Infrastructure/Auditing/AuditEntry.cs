using NodaTime;

namespace BackOffice.Infrastructure.Auditing;

/// <summary>
/// One append-only audit record. Each module keeps its own table, written by the same SaveChanges
/// (and so the same transaction) as the change it records.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }
    public string Module { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public string Actor { get; private set; } = "";
    public Instant At { get; private set; }

    /// <summary>JSON of <c>{"Property": {"before": ..., "after": ...}}</c>; sensitive values are masked.</summary>
    public string Changes { get; private set; } = "{}";

    public string? Reason { get; private set; }

    public static AuditEntry Record(string module, string action, string entityType, string entityId, string actor, Instant at, string changes = "{}", string? reason = null) =>
        new()
        {
            Module = module,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Actor = actor,
            At = at,
            Changes = changes,
            Reason = reason,
        };
}

/// <summary>Marks an entity whose inserts, updates and deletes are written to the audit log.</summary>
public interface IAuditable;

/// <summary>Marks a property whose value never reaches the audit log, logs or API in clear.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

/// <summary>Who is acting: a user id and name, a client id, or "system" for jobs and seeding.</summary>
public interface ICurrentActor
{
    string Name { get; }
}

public sealed class SystemActor : ICurrentActor
{
    public static readonly SystemActor Instance = new();
    public string Name => "system";
}
