using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Rostering.Domain;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Publication;

/// <summary>Shows snapshot shifts (versions, change records) the way the board shows live ones: local end and break times through the site's zone.</summary>
internal static class SnapshotViews
{
    public const string SnapshotOrigin = "Published";

    public static RosterShiftView ToView(SnapshotShift shift, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(shift);
        var spec = shift.ToSpec();
        var start = spec.LocalStart.InZoneLeniently(zone).ToInstant();
        return new RosterShiftView(
            shift.Id,
            shift.Employee,
            spec.Date,
            spec.Start,
            start.Plus(Duration.FromMinutes(spec.SpanMinutes)).InZone(zone).LocalDateTime,
            spec.SpanMinutes,
            spec.PaidMinutes,
            spec.Breaks.Select(b => new BreakView(start.Plus(Duration.FromMinutes(b.OffsetMinutes)).InZone(zone).LocalDateTime, b.Minutes, b.Paid)).ToList(),
            shift.Locked,
            SnapshotOrigin);
    }

    /// <summary>The one shift of a change record's before/after JSON, or null.</summary>
    public static RosterShiftView? OneShift(string? json, DateTimeZone zone) =>
        json is null ? null : RosterSnapshot.Read(json).Select(s => ToView(s, zone)).FirstOrDefault();

    /// <summary>
    /// A transient week holding a snapshot's shifts, so coverage can be computed for what agents saw without touching
    /// the stored week (never added to a context).
    /// </summary>
    public static RosterWeek TransientWeek(RosterWeek like, IEnumerable<SnapshotShift> shifts)
    {
        ArgumentNullException.ThrowIfNull(like);
        var week = RosterWeek.Create(like.TeamId, like.SiteId, like.WeekStart).Value!;
        foreach (var shift in shifts)
        {
            week.Add(shift.ToSpec(), ShiftOrigin.Manual);
        }

        return week;
    }
}
