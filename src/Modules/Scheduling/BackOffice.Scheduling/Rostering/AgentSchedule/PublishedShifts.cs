using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.AgentSchedule;

/// <summary>A published week an agent belongs to, with every version in order (oldest first).</summary>
internal sealed record PublishedWeek(Guid WeekId, TeamId TeamId, SiteId SiteId, LocalDate WeekStart, int PublishedVersion, IReadOnlyList<RosterVersion> Versions)
{
    public RosterVersion Latest => Versions[^1];
}

/// <summary>
/// What agents may see: published versions only. A draft week, and a draft change never published, are invisible;
/// the shifts shown are the latest published snapshot's, filtered to the agent.
/// </summary>
internal sealed class PublishedShifts(SchedulingDbContext db)
{
    /// <param name="team">The agent's current team: its published weeks count even when the agent has no shift there now.</param>
    /// <param name="allVersions">Load every version (the calendar feed needs them to date changes and cancellations), or only the latest.</param>
    public async Task<IReadOnlyList<PublishedWeek>> WeeksAsync(EmployeeId employee, TeamId? team, LocalDate from, LocalDate to, bool allVersions, CancellationToken ct)
    {
        var firstMonday = from.PlusDays(-6);
        var withShifts = db.Set<RosterShift>().Where(s => s.EmployeeId == employee && s.Date >= from && s.Date <= to).Select(s => s.RosterWeekId);
        // Change records name the agent even after their shift was removed or swapped away, so cancellations still find the week.
        var withChanges = db.Set<RosterChange>().Where(c => c.EmployeeId == employee).Select(c => c.RosterWeekId);
        var weeks = await db.Set<RosterWeek>().AsNoTracking()
            .Where(w => w.Status == RosterStatus.Published && w.WeekStart >= firstMonday && w.WeekStart <= to)
            .Where(w => (team != null && w.TeamId == team) || withShifts.Contains(w.Id) || withChanges.Contains(w.Id))
            .Select(w => new { w.Id, w.TeamId, w.SiteId, w.WeekStart, w.PublishedVersion })
            .ToListAsync(ct).ConfigureAwait(false);
        if (weeks.Count == 0)
        {
            return [];
        }

        var ids = weeks.Select(w => w.Id).ToList();
        var versions = db.Set<RosterVersion>().AsNoTracking().Where(v => ids.Contains(v.RosterWeekId));
        if (!allVersions)
        {
            versions = versions.Where(v => db.Set<RosterWeek>().Any(w => w.Id == v.RosterWeekId && w.PublishedVersion == v.Number));
        }

        var loaded = (await versions.ToListAsync(ct).ConfigureAwait(false)).ToLookup(v => v.RosterWeekId);
        return weeks
            .Where(w => loaded[w.Id].Any())
            .Select(w => new PublishedWeek(w.Id, w.TeamId, w.SiteId, w.WeekStart, w.PublishedVersion, loaded[w.Id].OrderBy(v => v.Number).ToList()))
            .OrderBy(w => w.WeekStart)
            .ToList();
    }
}
