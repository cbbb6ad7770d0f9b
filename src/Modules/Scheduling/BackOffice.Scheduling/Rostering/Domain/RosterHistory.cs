using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Domain;

/// <summary>
/// What agents saw: the whole published week as of one version (a JSON list of shifts). Versions are append-only, so
/// "what did the agent see on Monday" is the last version published at or before Monday.
/// </summary>
internal sealed class RosterVersion
{
    private RosterVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid RosterWeekId { get; private set; }

    public int Number { get; private set; }

    public Instant PublishedAt { get; private set; }

    public string PublishedBy { get; private set; } = "";

    public string? Reason { get; private set; }

    /// <summary>The published shifts, in <see cref="RosterSnapshot"/>'s JSON form.</summary>
    public string Snapshot { get; private set; } = "[]";

    public static RosterVersion Create(RosterWeek week, int number, Instant at, string by, string? reason) => new()
    {
        Id = Guid.NewGuid(),
        RosterWeekId = week.Id,
        Number = number,
        PublishedAt = at,
        PublishedBy = by,
        Reason = reason,
        Snapshot = RosterSnapshot.Write(week.Shifts),
    };
}

/// <summary>One change to a roster week: who, when, what (in words and as before/after), and why.</summary>
internal sealed class RosterChange
{
    private RosterChange()
    {
    }

    public long Id { get; private set; }

    public Guid RosterWeekId { get; private set; }

    public Instant At { get; private set; }

    public string By { get; private set; } = "";

    public RosterChangeKind Kind { get; private set; }

    public string Summary { get; private set; } = "";

    public string? Reason { get; private set; }

    /// <summary>The version this change produced on a published week; null for a draft change.</summary>
    public int? PublishedVersion { get; private set; }

    public Guid? ShiftId { get; private set; }

    public EmployeeId? EmployeeId { get; private set; }

    /// <summary>The shift before the change, as snapshot JSON of one shift; null when it was added.</summary>
    public string? Before { get; private set; }

    /// <summary>The shift after the change; null when it was removed.</summary>
    public string? After { get; private set; }

    public static RosterChange Record(Guid weekId, Instant at, string by, RosterChangeKind kind, string summary, string? reason, int? publishedVersion,
        Guid? shiftId = null, EmployeeId? employee = null, RosterShift? before = null, RosterShift? after = null) => new()
    {
        RosterWeekId = weekId,
        At = at,
        By = by,
        Kind = kind,
        Summary = summary,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        PublishedVersion = publishedVersion,
        ShiftId = shiftId,
        EmployeeId = employee,
        Before = before is null ? null : RosterSnapshot.Write([before]),
        After = after is null ? null : RosterSnapshot.Write([after]),
    };
}

internal enum RosterChangeKind
{
    Generated,
    Added,
    Changed,
    Removed,
    Copied,
    TemplateApplied,
    Published,
    Swapped,
    Undone,
}
