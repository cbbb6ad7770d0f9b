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
/// The caller's own schedule and notifications. Everything is keyed by the employee id in the caller's claims, so
/// an agent can never name someone else's schedule: there is no parameter to do it with.
/// </summary>
internal sealed class AgentScheduleService(SchedulingDbContext db, IEmployeeDirectory directory, PublishedShifts published, IClock clock) : IAgentSchedule
{
    public async Task<Result<MySchedule>> ScheduleAsync(ClaimsPrincipal user, LocalDate? from, int weeks, CancellationToken cancellationToken)
    {
        if (await MeAsync(user, cancellationToken).ConfigureAwait(false) is not { } me)
        {
            return NoEmployee();
        }

        var zone = me.TimeZone;
        var now = clock.GetCurrentInstant();
        var today = now.InZone(zone).Date;
        var firstMonday = (from ?? today).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        weeks = Math.Clamp(weeks, 1, 8);
        var last = firstMonday.PlusWeeks(weeks).PlusDays(-1);
        var found = await published.WeeksAsync(me.Id, me.TeamId, firstMonday, last, allVersions: false, cancellationToken).ConfigureAwait(false);
        var mine = found
            .SelectMany(w => RosterSnapshot.Read(w.Latest.Snapshot).Where(s => s.Employee == me.Id.Value).Select(s => (Week: w, Shift: SnapshotViews.ToView(s, zone))))
            .Where(x => x.Shift.Date >= firstMonday && x.Shift.Date <= last)
            .OrderBy(x => x.Shift.Date).ThenBy(x => x.Shift.Start)
            .ToList();
        var weekViews = Enumerable.Range(0, weeks).Select(i => firstMonday.PlusWeeks(i)).Select(monday =>
        {
            var shifts = mine.Where(x => x.Shift.Date >= monday && x.Shift.Date < monday.PlusWeeks(1)).Select(x => Mine(x.Shift)).ToList();
            var weekRows = found.Where(w => w.WeekStart == monday).ToList();
            return new MyWeek(monday, weekRows.Count > 0, weekRows.Count > 0 ? weekRows.Max(w => w.PublishedVersion) : 0, shifts.Sum(s => s.PaidMinutes), shifts);
        }).ToList();

        // Today's shift while it is still running, else the next one to come.
        var next = mine.Select(x => x.Shift)
            .Where(s => s.End.InZoneLeniently(zone).ToInstant() > now)
            .Select(Mine)
            .FirstOrDefault();
        return new MySchedule(me.Id.Value, me.DisplayName, zone.Id, today, next, weekViews);
    }

    public async Task<Result<TeamCoverageView>> TeamCoverageAsync(ClaimsPrincipal user, LocalDate weekStart, CancellationToken cancellationToken)
    {
        if (await MeAsync(user, cancellationToken).ConfigureAwait(false) is not { } me)
        {
            return NoEmployee();
        }

        if (me.TeamId is not { } team)
        {
            return Error.NotFound("roster.no_team", "You are not on a team, so there is no team coverage to show.");
        }

        var rules = await db.Set<SiteSchedulingRules>().AsNoTracking().FirstOrDefaultAsync(r => r.SiteId == me.SiteId, cancellationToken).ConfigureAwait(false);
        if (rules is not { AgentsSeeTeamCoverage: true })
        {
            return Error.Forbidden("roster.coverage_hidden", "Your site does not share team coverage with agents.");
        }

        var week = await db.Set<RosterWeek>().AsNoTracking()
            .FirstOrDefaultAsync(w => w.TeamId == team && w.WeekStart == weekStart && w.Status == RosterStatus.Published, cancellationToken).ConfigureAwait(false);
        var version = week is null ? null : await db.Set<RosterVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.RosterWeekId == week.Id && v.Number == week.PublishedVersion, cancellationToken).ConfigureAwait(false);
        if (week is null || version is null)
        {
            return Error.NotFound("roster.week_not_published", "Your team's roster for that week is not published yet.");
        }

        var seen = SnapshotViews.TransientWeek(week, RosterSnapshot.Read(version.Snapshot));
        var coverage = RosterViewBuilder.Coverage(seen, rules.IntervalMinutes, new Dictionary<LocalDateTime, decimal>());
        return new TeamCoverageView(team.Value, weekStart, version.Number, rules.IntervalMinutes, coverage);
    }

    public async Task<Result<IReadOnlyList<NotificationView>>> NotificationsAsync(ClaimsPrincipal user, int take, CancellationToken cancellationToken)
    {
        if (RosterAccess.EmployeeOf(user) is not { } me)
        {
            return NoEmployee();
        }

        var rows = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.EmployeeId == me)
            .OrderByDescending(n => n.CreatedAt)
            .Take(Math.Clamp(take, 1, 200))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(n => new NotificationView(n.Id, n.CreatedAt, n.Kind, n.Text, n.Link, n.ReadAt is not null)).ToList();
    }

    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (RosterAccess.EmployeeOf(user) is not { } me)
        {
            return 0;
        }

        return await db.Set<Notification>().CountAsync(n => n.EmployeeId == me && n.ReadAt == null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result> MarkReadAsync(ClaimsPrincipal user, Guid notificationId, CancellationToken cancellationToken)
    {
        var me = RosterAccess.EmployeeOf(user);
        var notification = me is null ? null : await db.Set<Notification>()
            .FirstOrDefaultAsync(n => n.Id == notificationId && n.EmployeeId == me.Value, cancellationToken).ConfigureAwait(false);
        if (notification is null)
        {
            return Error.NotFound("notification.not_found", "That notification was not found.");
        }

        notification.MarkRead(clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Success();
    }

    private async Task<EmployeeProfile?> MeAsync(ClaimsPrincipal user, CancellationToken ct) =>
        RosterAccess.EmployeeOf(user) is { } id
            ? await directory.FindAsync(id, clock.GetCurrentInstant().InUtc().Date, ct).ConfigureAwait(false)
            : null;

    private static MyShift Mine(RosterShiftView s) => new(s.Id, s.Date, s.Start, s.End, s.SpanMinutes, s.PaidMinutes, s.Breaks);

    private static Error NoEmployee() => Error.NotFound("schedule.no_employee", "Your account is not linked to an employee record, so there is no schedule to show.");
}
