using System.Globalization;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering;

/// <summary>
/// Records what happened to a roster week. On a published week every change is a new published version (a full
/// snapshot, so any past version can be shown as agents saw it) and the agents whose shifts changed are notified.
/// Call it after changing the week and before SaveChanges, so the change and its record are saved together.
/// </summary>
internal sealed class RosterJournal(SchedulingDbContext db, ICurrentActor actor, IClock clock)
{
    public Instant Now => clock.GetCurrentInstant();

    public string Actor => actor.Name;

    /// <summary>A change to one shift (added, changed, removed, swapped); <paramref name="before"/> is a detached copy of the old shift.</summary>
    public RosterChange ShiftChanged(RosterWeek week, RosterChangeKind kind, string summary, string? reason, EmployeeId employee, Guid shiftId,
        RosterShift? before, RosterShift? after, params EmployeeId[] alsoNotify)
    {
        ArgumentNullException.ThrowIfNull(week);
        week.Touch(Now);
        var version = NewVersionIfPublished(week, reason);
        var change = RosterChange.Record(week.Id, Now, Actor, kind, summary, reason, version, shiftId, employee, before, after);
        db.Add(change);
        if (version is not null)
        {
            foreach (var who in alsoNotify.Prepend(employee).Distinct())
            {
                Notify(who, "shift.changed", $"Your schedule for the week of {Week(week)} changed: {summary}", week);
            }
        }

        return change;
    }

    /// <summary>A change to the whole week (generated, copied, template applied).</summary>
    public RosterChange WeekChanged(RosterWeek week, RosterChangeKind kind, string summary, string? reason, IEnumerable<EmployeeId>? affected = null)
    {
        ArgumentNullException.ThrowIfNull(week);
        week.Touch(Now);
        var version = NewVersionIfPublished(week, reason);
        var change = RosterChange.Record(week.Id, Now, Actor, kind, summary, reason, version);
        db.Add(change);
        if (version is not null)
        {
            foreach (var who in (affected ?? week.Shifts.Select(s => s.EmployeeId)).Distinct())
            {
                Notify(who, "week.changed", $"Your schedule for the week of {Week(week)} changed: {summary}", week);
            }
        }

        return change;
    }

    /// <summary>Publishes the week: a new version, a change record with the reason, an audit entry, and a notice to every agent on it.</summary>
    public RosterVersion Published(RosterWeek week, string? reason, IEnumerable<EmployeeId> agents)
    {
        ArgumentNullException.ThrowIfNull(week);
        week.Touch(Now);
        var number = week.Publish(Now);
        var version = RosterVersion.Create(week, number, Now, Actor, reason);
        db.Add(version);
        db.Add(RosterChange.Record(week.Id, Now, Actor, RosterChangeKind.Published, $"Published version {number}", reason, number));
        db.AuditLog.Add(AuditEntry.Record(SchedulingDbContext.ModuleName, "roster.published", nameof(RosterWeek), week.Id.ToString(), Actor, Now,
            string.Create(CultureInfo.InvariantCulture, $"{{\"version\":{number},\"weekStart\":\"{week.WeekStart:uuuu-MM-dd}\"}}"), reason));
        foreach (var who in agents.Distinct())
        {
            Notify(who, "week.published", $"Your schedule for the week of {Week(week)} is published.", week);
        }

        return version;
    }

    public void Notify(EmployeeId employee, string kind, string text, RosterWeek? week = null, string? link = null) =>
        db.Add(Notification.Create(employee, Now, kind, text, link ?? (week is null ? "/my/schedule" : $"/my/schedule?week={week.WeekStart:uuuu-MM-dd}")));

    private int? NewVersionIfPublished(RosterWeek week, string? reason)
    {
        var number = week.NextPublishedVersion();
        if (number is { } n)
        {
            db.Add(RosterVersion.Create(week, n, Now, Actor, reason));
        }

        return number;
    }

    private static string Week(RosterWeek week) => week.WeekStart.ToString("d MMM uuuu", CultureInfo.InvariantCulture);
}
