using System.Security.Claims;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Generation;

/// <summary>
/// The scheduler's side of generation: checks that a team can be generated for (queue, templates, no other run on the
/// same weeks), records the request and hands it to the host's job queue; reads progress; asks for cancellation.
/// </summary>
internal sealed class RosterGenerations(
    SchedulingDbContext db,
    IEmployeeDirectory directory,
    IForecastService forecasts,
    IRosterGenerationQueue queue,
    ICurrentActor actor,
    IClock clock) : IRosterGenerations
{
    public async Task<Result<RosterGenerationView>> StartAsync(ClaimsPrincipal user, Guid teamId, LocalDate weekStart, int weeks, int seconds, CancellationToken cancellationToken)
    {
        var team = await VisibleTeamAsync(user, teamId, cancellationToken).ConfigureAwait(false);
        if (team is null || !RosterAccess.Manages(user))
        {
            return RosterAccess.TeamNotFound(new TeamId(teamId));
        }

        var requested = RosterGeneration.Request(new TeamId(teamId), weekStart, weeks, seconds, actor.Name, clock.GetCurrentInstant());
        if (!requested.IsSuccess)
        {
            return requested.Error!;
        }

        var generation = requested.Value!;
        var ready = await ReadyAsync(team, cancellationToken).ConfigureAwait(false);
        if (!ready.IsSuccess)
        {
            return ready.Error!;
        }

        var live = await db.Set<RosterGeneration>()
            .Where(g => g.TeamId == generation.TeamId && (g.Status == RosterGenerationStatus.Queued || g.Status == RosterGenerationStatus.Running))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (live.FirstOrDefault(g => g.Overlaps(generation.WeekStart, generation.LastDay)) is { } running)
        {
            return Error.Conflict("generation.already_running", $"A generation of {team.Name} for the week of {running.WeekStart:uuuu-MM-dd} is still {running.Status.ToString().ToLowerInvariant()} ({running.Id}); wait for it or cancel it.");
        }

        db.Add(generation);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        queue.Enqueue(generation.Id);
        return generation.ToView(team.Name);
    }

    public async Task<Result<RosterGenerationView>> GetAsync(ClaimsPrincipal user, Guid generationId, CancellationToken cancellationToken)
    {
        var generation = await db.Set<RosterGeneration>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == generationId, cancellationToken).ConfigureAwait(false);
        var team = generation is null ? null : await VisibleTeamAsync(user, generation.TeamId.Value, cancellationToken).ConfigureAwait(false);
        if (generation is null || team is null || !RosterAccess.Manages(user))
        {
            return NotFound(generationId);
        }

        return generation.ToView(team.Name);
    }

    public async Task<Result<RosterGenerationView>> CancelAsync(ClaimsPrincipal user, Guid generationId, CancellationToken cancellationToken)
    {
        var found = await GetAsync(user, generationId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found;
        }

        if (!found.Value!.IsLive)
        {
            return Error.Conflict("generation.finished", $"This generation already ended ({found.Value.Status}).");
        }

        // A queued run that no worker has claimed yet simply ends here; a running one is told through its flag and
        // stops at its next poll, saving the best roster it has.
        var set = db.Set<RosterGeneration>().Where(g => g.Id == generationId);
        await set.Where(g => g.Status == RosterGenerationStatus.Queued).ExecuteUpdateAsync(
            s => s.SetProperty(g => g.Status, RosterGenerationStatus.Cancelled).SetProperty(g => g.CancelRequested, true)
                .SetProperty(g => g.FinishedAt, clock.GetCurrentInstant()).SetProperty(g => g.Message, "Cancelled before it started."),
            cancellationToken).ConfigureAwait(false);
        await set.Where(g => g.Status == RosterGenerationStatus.Running).ExecuteUpdateAsync(s => s.SetProperty(g => g.CancelRequested, true), cancellationToken).ConfigureAwait(false);
        return await GetAsync(user, generationId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<GenerationTeam>> TeamsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!RosterAccess.Manages(user))
        {
            return [];
        }

        var sites = (await directory.SitesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Id, s => s.Name);
        return (await directory.TeamsAsync(cancellationToken).ConfigureAwait(false))
            .Where(t => RosterAccess.SeesTeam(user, t))
            .Select(t => new GenerationTeam(t.Id, t.Name, sites.GetValueOrDefault(t.SiteId, "")))
            .OrderBy(t => t.SiteName, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<Result<GenerationWarnings>> WarningsAsync(ClaimsPrincipal user, Guid teamId, LocalDate weekStart, int weeks, CancellationToken cancellationToken)
    {
        var team = await VisibleTeamAsync(user, teamId, cancellationToken).ConfigureAwait(false);
        if (team is null || !RosterAccess.Manages(user))
        {
            return RosterAccess.TeamNotFound(new TeamId(teamId));
        }

        var id = new TeamId(teamId);
        var last = weekStart.PlusWeeks(Math.Clamp(weeks, 1, RosterGeneration.MaxWeeks)).PlusDays(-1);
        var rosterWeeks = await db.Set<RosterWeek>().Include(w => w.Shifts).AsNoTracking()
            .Where(w => w.TeamId == id && w.WeekStart >= weekStart && w.WeekStart <= last)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var shifts = rosterWeeks.SelectMany(w => w.Shifts).ToList();
        var site = new SiteId(team.SiteId);
        var templates = await db.Set<ShiftTemplateDefinition>().CountAsync(t => t.SiteId == site && t.Active, cancellationToken).ConfigureAwait(false);
        var hasQueue = await db.Set<TeamQueueAssignment>().AnyAsync(q => q.TeamId == id, cancellationToken).ConfigureAwait(false);
        return new GenerationWarnings(
            rosterWeeks.Where(w => w.IsPublished).Select(w => w.WeekStart).Order().ToList(),
            shifts.Count(s => s.Origin == ShiftOrigin.Manual),
            shifts.Count(s => s.Locked),
            hasQueue,
            templates);
    }

    public async Task<int> ResumePendingAsync(bool includeRunning, CancellationToken cancellationToken)
    {
        var set = db.Set<RosterGeneration>();
        if (includeRunning)
        {
            // Only a single-process host (in-memory job storage) may assume a Running row lost its job with the process.
            await set.Where(g => g.Status == RosterGenerationStatus.Running).ExecuteUpdateAsync(
                s => s.SetProperty(g => g.Status, RosterGenerationStatus.Queued).SetProperty(g => g.Message, "Restarted after the server restarted."),
                cancellationToken).ConfigureAwait(false);
        }

        var pending = await set.Where(g => g.Status == RosterGenerationStatus.Queued).OrderBy(g => g.RequestedAt).Select(g => g.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var id in pending)
        {
            queue.Enqueue(id);
        }

        return pending.Count;
    }

    /// <summary>Checks that fail fast at the request, so the scheduler reads them on the Generate page rather than on a failed run.</summary>
    private async Task<Result> ReadyAsync(TeamDto team, CancellationToken cancellationToken)
    {
        var teamId = new TeamId(team.Id);
        var assignment = await db.Set<TeamQueueAssignment>().AsNoTracking().FirstOrDefaultAsync(q => q.TeamId == teamId, cancellationToken).ConfigureAwait(false);
        if (assignment is null)
        {
            return new Error("generation.no_queue", $"{team.Name} staffs no forecast queue: set the team's queue and share under Shift rules, then generate.");
        }

        if (await forecasts.GetSettingsAsync(assignment.Queue, cancellationToken).ConfigureAwait(false) is null)
        {
            return new Error("generation.no_forecast", $"Queue '{assignment.Queue}' has no forecast settings or volume history: import volume for it on the Forecast page first.");
        }

        var site = new SiteId(team.SiteId);
        if (!await db.Set<ShiftTemplateDefinition>().AnyAsync(t => t.SiteId == site && t.Active && (t.Queue == null || t.Queue == assignment.Queue), cancellationToken).ConfigureAwait(false))
        {
            return new Error("generation.no_templates", $"{team.Name}'s site has no active shift templates for queue '{assignment.Queue}': add some under Shift rules first.");
        }

        return Result.Success();
    }

    private async Task<TeamDto?> VisibleTeamAsync(ClaimsPrincipal user, Guid teamId, CancellationToken cancellationToken)
    {
        var team = (await directory.TeamsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(t => t.Id == teamId);
        return team is not null && RosterAccess.SeesTeam(user, team) ? team : null;
    }

    private static Error NotFound(Guid id) => Error.NotFound("generation.not_found", $"Roster generation {id} was not found.");
}
