using System.Security.Claims;
using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Rules;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Scheduling.Rostering;

/// <summary>
/// Opens a team's roster week with everything the rules need: the team's agents and contracts, the site's rules and
/// zone, availability, blocked days, and the agents' shifts in the neighbouring weeks. Board edits, generation, swaps
/// and publication all work through a <see cref="RosterSession"/>.
/// </summary>
internal sealed class RosterWorkspace(SchedulingDbContext db, IEmployeeDirectory directory)
{
    /// <param name="create">Add a new draft week to the context when none exists (saved by the caller's SaveChanges).</param>
    public async Task<Result<RosterSession>> OpenAsync(TeamId teamId, LocalDate weekStart, bool create, CancellationToken ct)
    {
        var team = (await directory.TeamsAsync(ct).ConfigureAwait(false)).FirstOrDefault(t => t.Id == teamId.Value);
        if (team is null)
        {
            return RosterAccess.TeamNotFound(teamId);
        }

        var week = await db.Set<RosterWeek>().Include(w => w.Shifts)
            .FirstOrDefaultAsync(w => w.TeamId == teamId && w.WeekStart == weekStart, ct).ConfigureAwait(false);
        if (week is null)
        {
            var created = RosterWeek.Create(teamId, new SiteId(team.SiteId), weekStart);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            week = created.Value!;
            if (create)
            {
                db.Add(week);
            }
        }

        return await LoadAsync(week, team, isNew: db.Entry(week).State is EntityState.Added or EntityState.Detached, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Makes the save fail with a concurrency conflict (409) unless the week is still at <paramref name="version"/>, the
    /// token the client read: an edit based on a stale board never overwrites someone else's.
    /// </summary>
    public void ExpectVersion(RosterSession session, uint version)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.IsNew)
        {
            db.Entry(session.Week).Property(w => w.Version).OriginalValue = version;
        }
    }

    /// <summary>Opens the session for a team the caller may see; otherwise not found.</summary>
    public async Task<Result<RosterSession>> OpenForAsync(ClaimsPrincipal user, TeamId teamId, LocalDate weekStart, bool create, CancellationToken ct)
    {
        var team = (await directory.TeamsAsync(ct).ConfigureAwait(false)).FirstOrDefault(t => t.Id == teamId.Value);
        if (team is null || !RosterAccess.SeesTeam(user, team))
        {
            return RosterAccess.TeamNotFound(teamId);
        }

        return await OpenAsync(teamId, weekStart, create, ct).ConfigureAwait(false);
    }

    private async Task<Result<RosterSession>> LoadAsync(RosterWeek week, TeamDto team, bool isNew, CancellationToken ct)
    {
        var site = (await directory.SitesAsync(ct).ConfigureAwait(false)).First(s => s.Id == team.SiteId);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(site.TimeZoneId) ?? DateTimeZone.Utc;
        var members = await directory.ListAsync(new EmployeeQuery(TeamId: week.TeamId), week.WeekStart, ct).ConfigureAwait(false);
        var agents = members.Where(m => m.Id.Value != team.SupervisorId).ToList();

        // Someone who left the team mid-week still has shifts here: show them too.
        foreach (var stray in week.Shifts.Select(s => s.EmployeeId).Distinct().Where(id => agents.All(a => a.Id != id)).ToList())
        {
            if (await directory.FindAsync(stray, week.WeekStart, ct).ConfigureAwait(false) is { } profile)
            {
                agents.Add(profile);
            }
        }

        agents = agents.OrderBy(a => a.LastName, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.FirstName, StringComparer.OrdinalIgnoreCase).ToList();
        var ids = agents.Select(a => a.Id).ToList();
        var rules = await db.Set<SiteSchedulingRules>().FirstOrDefaultAsync(r => r.SiteId == week.SiteId, ct).ConfigureAwait(false)
            ?? SiteSchedulingRules.Defaults(week.SiteId, site.Address.State ?? "");
        var from = week.WeekStart.PlusDays(-7);
        var to = week.WeekStart.PlusDays(13);
        var availability = await db.Set<AvailabilityWindowRow>().Where(a => ids.Contains(a.EmployeeId)).ToListAsync(ct).ConfigureAwait(false);
        var blocks = await db.Set<AgentDayBlock>().Where(b => ids.Contains(b.EmployeeId) && b.Date >= from && b.Date <= to).ToListAsync(ct).ConfigureAwait(false);
        var neighbours = await db.Set<RosterShift>()
            .Where(s => ids.Contains(s.EmployeeId) && s.Date >= from && s.Date <= to && s.RosterWeekId != week.Id)
            .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var queue = await db.Set<TeamQueueAssignment>().FirstOrDefaultAsync(q => q.TeamId == week.TeamId, ct).ConfigureAwait(false);

        var profiles = agents.ToDictionary(
            a => a.Id,
            a => new AgentRuleProfile(
                a.Id,
                a.DisplayName,
                a.Contract?.MinWeeklyMinutes,
                a.Contract?.MaxWeeklyMinutes,
                a.Contract?.MaxConsecutiveDays,
                availability.Where(w => w.EmployeeId == a.Id).ToList(),
                blocks.Where(b => b.EmployeeId == a.Id).ToDictionary(b => b.Date, b => b.Kind)));
        return new RosterSession(week, team, site, zone, rules, agents, profiles, neighbours.Select(s => new ShiftOnBoard(s.Id, s.ToSpec())).ToList(), queue, isNew);
    }
}

/// <summary>An open roster week and its rule context. Checks always run on the week's current shifts.</summary>
internal sealed class RosterSession(
    RosterWeek week,
    TeamDto team,
    SiteDto site,
    DateTimeZone zone,
    SiteSchedulingRules rules,
    IReadOnlyList<EmployeeProfile> agents,
    IReadOnlyDictionary<EmployeeId, AgentRuleProfile> profiles,
    IReadOnlyList<ShiftOnBoard> neighbours,
    TeamQueueAssignment? queue,
    bool isNew)
{
    public RosterWeek Week { get; } = week;

    public TeamDto Team { get; } = team;

    public SiteDto Site { get; } = site;

    public DateTimeZone Zone { get; } = zone;

    public SiteSchedulingRules Rules { get; } = rules;

    public IReadOnlyList<EmployeeProfile> Agents { get; } = agents;

    public TeamQueueAssignment? Queue { get; } = queue;

    /// <summary>True when the week did not exist before this session.</summary>
    public bool IsNew { get; } = isNew;

    public RuleSettings Settings => new(Rules, Zone);

    public bool HasAgent(EmployeeId employee) => profiles.ContainsKey(employee);

    public AgentRuleProfile? Profile(EmployeeId employee) => profiles.GetValueOrDefault(employee);

    /// <summary>Every violation of every agent in the week.</summary>
    public IReadOnlyList<RuleViolation> Check() => profiles.Keys.SelectMany(e => Check(e)).ToList();

    /// <summary>One agent's violations, with the week's shifts replaced by <paramref name="proposed"/> when given (a what-if for swaps).</summary>
    public IReadOnlyList<RuleViolation> Check(EmployeeId employee, IReadOnlyList<ShiftOnBoard>? proposed = null)
    {
        if (!profiles.TryGetValue(employee, out var profile))
        {
            return [];
        }

        var inWeek = proposed ?? Week.Shifts.Where(s => s.EmployeeId == employee).Select(s => new ShiftOnBoard(s.Id, s.ToSpec())).ToList();
        var around = neighbours.Where(n => n.Spec.Employee == employee);
        return RosterRuleChecker.Check(new AgentWeek(profile, Week.WeekStart, [.. around, .. inWeek]), Settings);
    }
}
