using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Domain;

/// <summary>An in-app message to one employee (published week, changed shift, swap news). Read state is the only mutable part.</summary>
internal sealed class Notification
{
    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public EmployeeId EmployeeId { get; private set; }

    public Instant CreatedAt { get; private set; }

    public string Kind { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>A relative link to what the message is about (e.g. <c>/my/schedule?week=2026-12-07</c>).</summary>
    public string? Link { get; private set; }

    public Instant? ReadAt { get; private set; }

    public static Notification Create(EmployeeId employee, Instant at, string kind, string text, string? link) => new()
    {
        Id = Guid.NewGuid(),
        EmployeeId = employee,
        CreatedAt = at,
        Kind = kind,
        Text = text,
        Link = link,
    };

    public void MarkRead(Instant at) => ReadAt ??= at;
}
