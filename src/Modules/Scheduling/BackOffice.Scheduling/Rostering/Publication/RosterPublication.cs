using System.Globalization;
using System.Security.Claims;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Rules;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Publication;

/// <summary>
/// Draft → Published, per team and week. The rules, in the order they are checked: the caller manages rosters and
/// sees the team; the week has shifts; the client's version is current; something changed since the last version;
/// inside the site's lead time (14 days by default) a reason is given; hard violations need an explicit override
/// and a reason. The reason lands in the change record and the audit log (through <see cref="RosterJournal"/>).
/// </summary>
internal sealed class RosterPublication(SchedulingDbContext db, RosterWorkspace workspace, RosterViewBuilder views, RosterJournal journal, IClock clock)
    : IRosterPublication
{
    public async Task<Result<PublishReview>> ReviewAsync(TeamId team, LocalDate weekStart, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var opened = await workspace.OpenForAsync(user, team, weekStart, create: false, cancellationToken).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var session = opened.Value!;
        var view = await views.BuildAsync(session, cancellationToken).ConfigureAwait(false);
        var days = DaysBeforeStart(session);
        var unchanged = session.Week.IsPublished && await LatestSnapshotAsync(session.Week, cancellationToken).ConfigureAwait(false) == RosterSnapshot.Write(session.Week.Shifts);
        return new PublishReview(view, session.Rules.PublishLeadDays, days, days < session.Rules.PublishLeadDays, unchanged);
    }

    public async Task<PublishAttempt> PublishAsync(TeamId team, LocalDate weekStart, PublishRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!RosterAccess.Manages(user))
        {
            return Refused(Error.Forbidden("roster.publish_forbidden", "Only schedulers and administrators publish rosters."));
        }

        var opened = await workspace.OpenForAsync(user, team, weekStart, create: false, cancellationToken).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            return Refused(opened.Error!);
        }

        var session = opened.Value!;
        var week = session.Week;
        if (session.IsNew || week.Shifts.Count == 0)
        {
            return Refused(new Error("roster.empty_week", $"The week of {Day(weekStart)} has no shifts for {session.Team.Name}: there is nothing to publish."));
        }

        if (week.Version != request.Version)
        {
            return Refused(Error.Conflict("concurrency.stale", "Someone else changed this roster week since you loaded it. Reload it and review it again before publishing."));
        }

        var previous = week.IsPublished ? await LatestSnapshotAsync(week, cancellationToken).ConfigureAwait(false) : null;
        if (previous is not null && previous == RosterSnapshot.Write(week.Shifts))
        {
            return Refused(Error.Conflict("roster.nothing_to_publish", $"Version {week.PublishedVersion} of the week of {Day(weekStart)} is already published and nothing changed since."));
        }

        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        var days = DaysBeforeStart(session);
        if (days < session.Rules.PublishLeadDays && reason is null)
        {
            return Refused(new Error(
                "roster.publish_reason_required",
                string.Create(CultureInfo.InvariantCulture, $"The week starts in {days} day(s), less than the site's {session.Rules.PublishLeadDays}-day publication notice: give a reason for publishing late.")));
        }

        var hard = session.Check().Where(v => v.Severity == ViolationSeverity.Error).ToList();
        if (hard.Count > 0 && !(request.OverrideViolations && reason is not null))
        {
            var listed = string.Join(" ", hard.Take(5).Select(v => v.Message));
            return new PublishAttempt(
                null,
                Error.Conflict(
                    "roster.has_violations",
                    string.Create(CultureInfo.InvariantCulture, $"The week breaks {hard.Count} hard rule(s); fix them, or override with a reason. {listed}")),
                hard.Select(RosterViewBuilder.ToView).ToList());
        }

        // Agents on the week now, and agents whose shifts were all removed since the last version: both need to know.
        var agents = week.Shifts.Select(s => s.EmployeeId)
            .Concat(previous is null ? [] : RosterSnapshot.Read(previous).Select(s => new EmployeeId(s.Employee)))
            .Distinct()
            .ToList();
        workspace.ExpectVersion(session, request.Version);
        var version = journal.Published(week, reason, agents);
        if (hard.Count > 0)
        {
            // Overriding hard rules is a decision of its own, so the audit log names it apart from the publication.
            db.AuditLog.Add(AuditEntry.Record(SchedulingDbContext.ModuleName, "roster.published_over_violations", nameof(RosterWeek), week.Id.ToString(), journal.Actor, journal.Now,
                string.Create(CultureInfo.InvariantCulture, $"{{\"version\":{version.Number},\"hardViolations\":{hard.Count}}}"), reason));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused(Error.Conflict("concurrency.stale", "Someone else changed this roster week while you were publishing it. Reload it and try again."));
        }

        return new PublishAttempt(new PublishOutcome(version.Number, week.Version, agents.Count), null, []);
    }

    public async Task<Result<RosterHistoryView>> HistoryAsync(TeamId team, LocalDate weekStart, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var opened = await workspace.OpenForAsync(user, team, weekStart, create: false, cancellationToken).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var session = opened.Value!;
        var week = session.Week;
        if (session.IsNew)
        {
            return new RosterHistoryView(team.Value, session.Team.Name, weekStart, week.Status.ToString(), 0, [], []);
        }

        var versions = await db.Set<RosterVersion>().AsNoTracking().Where(v => v.RosterWeekId == week.Id).OrderBy(v => v.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        var changes = await db.Set<RosterChange>().AsNoTracking().Where(c => c.RosterWeekId == week.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new RosterHistoryView(
            team.Value,
            session.Team.Name,
            weekStart,
            week.Status.ToString(),
            week.PublishedVersion,
            versions.Select(v => new RosterVersionSummary(v.Number, v.PublishedAt, v.PublishedBy, v.Reason, RosterSnapshot.Read(v.Snapshot).Count)).ToList(),
            changes.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Select(c => new RosterChangeView(
                c.At,
                c.By,
                c.Kind.ToString(),
                c.Summary,
                c.Reason,
                c.PublishedVersion,
                c.ShiftId,
                c.EmployeeId?.Value,
                SnapshotViews.OneShift(c.Before, session.Zone),
                SnapshotViews.OneShift(c.After, session.Zone))).ToList());
    }

    public async Task<Result<RosterVersionView>> VersionAsync(TeamId team, LocalDate weekStart, int? number, Instant? asOf, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var opened = await workspace.OpenForAsync(user, team, weekStart, create: false, cancellationToken).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var session = opened.Value!;
        var query = db.Set<RosterVersion>().AsNoTracking().Where(v => v.RosterWeekId == session.Week.Id);
        if (number is { } n)
        {
            query = query.Where(v => v.Number == n);
        }

        // Instants compare reliably in memory on both providers; a week has a handful of versions.
        var candidates = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        var version = candidates.Where(v => asOf is null || v.PublishedAt <= asOf.Value).OrderByDescending(v => v.Number).FirstOrDefault();
        if (version is null)
        {
            return Error.NotFound(
                "roster.version_not_found",
                asOf is { } at
                    ? $"No version of the week of {Day(weekStart)} was published at or before {at}."
                    : $"The week of {Day(weekStart)} has no published version {number}.");
        }

        return new RosterVersionView(
            team.Value,
            weekStart,
            version.Number,
            version.PublishedAt,
            version.PublishedBy,
            version.Reason,
            RosterSnapshot.Read(version.Snapshot).Select(s => SnapshotViews.ToView(s, session.Zone)).ToList());
    }

    private int DaysBeforeStart(RosterSession session) =>
        Period.Between(clock.GetCurrentInstant().InZone(session.Zone).Date, session.Week.WeekStart, PeriodUnits.Days).Days;

    private async Task<string?> LatestSnapshotAsync(RosterWeek week, CancellationToken ct) =>
        await db.Set<RosterVersion>().AsNoTracking()
            .Where(v => v.RosterWeekId == week.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => v.Snapshot)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);

    private static PublishAttempt Refused(Error error) => new(null, error, []);

    private static string Day(LocalDate date) => date.ToString("d MMM uuuu", CultureInfo.InvariantCulture);
}
