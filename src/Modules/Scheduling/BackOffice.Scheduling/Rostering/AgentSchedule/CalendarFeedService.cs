using System.Security.Claims;
using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Publication;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.AgentSchedule;

/// <summary>
/// Creates, regenerates and revokes an agent's feed, and renders it: the agent's published shifts from 30 days back
/// to 6 months ahead, each dated by the published version that last changed it, plus cancellations for shifts that
/// were published to the agent and later removed (or swapped away).
/// </summary>
internal sealed class CalendarFeedService(SchedulingDbContext db, IEmployeeDirectory directory, PublishedShifts published, IClock clock) : ICalendarFeeds
{
    public const int PastDays = 30;
    public const int FutureMonths = 6;

    public async Task<Result<CalendarFeedStatus>> StatusAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (RosterAccess.EmployeeOf(user) is not { } me)
        {
            return NoEmployee();
        }

        var feed = await ActiveAsync(me, cancellationToken).ConfigureAwait(false);
        return new CalendarFeedStatus(feed is not null, feed?.CreatedAt, feed?.LastFetchedAt);
    }

    public async Task<Result<CreatedCalendarFeed>> CreateAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (RosterAccess.EmployeeOf(user) is not { } me)
        {
            return NoEmployee();
        }

        var now = clock.GetCurrentInstant();
        foreach (var old in await db.Set<CalendarFeed>().Where(f => f.EmployeeId == me && f.RevokedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            old.Revoke(now);
        }

        var (feed, token) = CalendarFeed.Create(me, now);
        db.Add(feed);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedCalendarFeed(token, $"/calendar/{token}.ics", now);
    }

    public async Task<Result> RevokeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (RosterAccess.EmployeeOf(user) is not { } me)
        {
            return NoEmployee();
        }

        var active = await db.Set<CalendarFeed>().Where(f => f.EmployeeId == me && f.RevokedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (active.Count == 0)
        {
            return Error.NotFound("calendar.no_feed", "You have no calendar link to revoke.");
        }

        active.ForEach(f => f.Revoke(clock.GetCurrentInstant()));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Success();
    }

    public async Task<string?> RenderAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = CalendarFeed.Hash(token);
        var feed = await db.Set<CalendarFeed>().FirstOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken).ConfigureAwait(false);
        if (feed is null)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var me = await directory.FindAsync(feed.EmployeeId, now.InUtc().Date, cancellationToken).ConfigureAwait(false);
        if (me is null)
        {
            return null;
        }

        var zone = me.TimeZone;
        var today = now.InZone(zone).Date;
        var from = today.PlusDays(-PastDays);
        var to = today.PlusMonths(FutureMonths);
        var weeks = await published.WeeksAsync(me.Id, me.TeamId, from, to, allVersions: true, cancellationToken).ConfigureAwait(false);
        var teams = (await directory.TeamsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(t => t.Id, t => t.Name);
        var shifts = weeks
            .SelectMany(w => Trace(me.Id, w, zone, teams.GetValueOrDefault(w.TeamId.Value, "team")))
            .Where(s => s.Shift.Date >= from && s.Shift.Date <= to)
            .ToList();
        feed.Fetched(now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return IcsCalendar.Write($"{me.DisplayName} – shifts", zone, shifts);
    }

    /// <summary>
    /// Walks a week's versions in order and follows each of the agent's shifts: the version where it last changed
    /// (appeared, or differed from the previous version) is its SEQUENCE; a shift missing from a later version was
    /// removed there, and is cancelled with that later, higher version number.
    /// </summary>
    internal static IEnumerable<FeedShift> Trace(EmployeeId employee, PublishedWeek week, DateTimeZone zone, string teamName)
    {
        var current = new Dictionary<Guid, (SnapshotShift Shift, int Sequence, Instant At)>();
        var removed = new Dictionary<Guid, (SnapshotShift Shift, int Sequence, Instant At)>();
        foreach (var version in week.Versions)
        {
            var mine = RosterSnapshot.Read(version.Snapshot).Where(s => s.Employee == employee.Value).ToDictionary(s => s.Id);
            foreach (var (id, shift) in mine)
            {
                if (!current.TryGetValue(id, out var known) || known.Shift != shift)
                {
                    current[id] = (shift, version.Number, version.PublishedAt);
                    removed.Remove(id);
                }
            }

            foreach (var gone in current.Keys.Where(id => !mine.ContainsKey(id)).ToList())
            {
                removed[gone] = (current[gone].Shift, version.Number, version.PublishedAt);
                current.Remove(gone);
            }
        }

        return current.Values.Select(c => new FeedShift(SnapshotViews.ToView(c.Shift, zone), c.Sequence, c.At, Cancelled: false, teamName))
            .Concat(removed.Values.Select(r => new FeedShift(SnapshotViews.ToView(r.Shift, zone), r.Sequence, r.At, Cancelled: true, teamName)));
    }

    private Task<CalendarFeed?> ActiveAsync(EmployeeId me, CancellationToken ct) =>
        db.Set<CalendarFeed>().AsNoTracking().FirstOrDefaultAsync(f => f.EmployeeId == me && f.RevokedAt == null, ct);

    private static Error NoEmployee() => Error.NotFound("schedule.no_employee", "Your account is not linked to an employee record, so there is no calendar to share.");
}
