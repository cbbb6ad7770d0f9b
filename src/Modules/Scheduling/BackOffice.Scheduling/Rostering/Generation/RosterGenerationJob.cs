using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Generation;

/// <summary>Sees each finished engine run, before it is saved.</summary>
internal interface IGenerationResultSink
{
    void Solved(Guid generationId, CallCenterRoster roster);
}

/// <summary>
/// Keeps the engine's last few results in memory (a bounded diagnostic; tests compare the saved roster with the
/// engine's own output through it). Nothing depends on it surviving a restart.
/// </summary>
internal sealed class RecentGenerationResults : IGenerationResultSink
{
    private const int Keep = 16;
    private readonly ConcurrentDictionary<Guid, (long Order, CallCenterRoster Roster)> results = new();
    private long order;

    public void Solved(Guid generationId, CallCenterRoster roster)
    {
        results[generationId] = (Interlocked.Increment(ref order), roster);
        foreach (var old in results.OrderByDescending(r => r.Value.Order).Skip(Keep).ToList())
        {
            results.TryRemove(old.Key, out _);
        }
    }

    public CallCenterRoster? Find(Guid generationId) => results.TryGetValue(generationId, out var found) ? found.Roster : null;
}

/// <summary>
/// Runs one generation: claims the row (only one worker wins a Queued row), gathers the team's data, runs the engine
/// with the generation's time limit, streams improving objectives to the row (at most two writes a second), watches the
/// cancel flag, and saves the roster of every week, its change record and the final status in one transaction.
/// </summary>
internal sealed partial class RosterGenerationJob(
    SchedulingDbContext db,
    RosterWorkspace workspace,
    IForecastService forecasts,
    IRosterSolver solver,
    IGenerationResultSink sink,
    IClock clock,
    ILogger<RosterGenerationJob> logger) : IRosterGenerationRunner
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public async Task RunAsync(Guid generationId, CancellationToken cancellationToken)
    {
        var claimed = await Rows(generationId).Where(g => g.Status == RosterGenerationStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Status, RosterGenerationStatus.Running).SetProperty(g => g.StartedAt, clock.GetCurrentInstant()), cancellationToken)
            .ConfigureAwait(false);
        if (claimed == 0)
        {
            return; // finished, cancelled before it started, or another worker has it
        }

        var generation = await db.Set<RosterGeneration>().FirstAsync(g => g.Id == generationId, cancellationToken).ConfigureAwait(false);
        try
        {
            await RunClaimedAsync(generation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: hand the row back so the next start runs it again from the database.
            await Rows(generationId).ExecuteUpdateAsync(s => s.SetProperty(g => g.Status, RosterGenerationStatus.Queued), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or ArgumentException)
        {
            LogFailed(logger, ex, generationId);
            db.ChangeTracker.Clear();
            var message = ex is DbUpdateConcurrencyException
                ? "The roster changed while it was being generated; generate again."
                : "The generation failed: " + ex.Message;
            await FinishAsync(generationId, RosterGenerationStatus.Failed, message, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task RunClaimedAsync(RosterGeneration generation, CancellationToken cancellationToken)
    {
        var built = await BuildAsync(generation, cancellationToken).ConfigureAwait(false);
        if (!built.IsSuccess)
        {
            await FinishAsync(generation.Id, RosterGenerationStatus.Failed, built.Error!.Message, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (request, templates) = built.Value;
        var reporter = new ProgressQueue();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = new SolveOptions { Seconds = generation.Seconds, Workers = 2 };
        var solve = Task.Run(() => solver.SolveWeek(request, options, reporter, stop.Token), CancellationToken.None);

        var points = new List<GenerationProgressPoint>();
        var cancelled = false;
        while (!solve.IsCompleted)
        {
            await Task.WhenAny(solve, Task.Delay(PollInterval, CancellationToken.None)).ConfigureAwait(false);
            if (reporter.Drain() is { Count: > 0 } fresh)
            {
                points.AddRange(fresh.Select(p => new GenerationProgressPoint(p.Seconds, p.Objective)));
                var last = fresh[^1];
                await Rows(generation.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(g => g.ProgressJson, RosterGeneration.WriteProgress(points)).SetProperty(g => g.Objective, last.Objective).SetProperty(g => g.Bound, last.Bound),
                    CancellationToken.None).ConfigureAwait(false);
            }

            if (!cancelled && await Rows(generation.Id).Select(g => g.CancelRequested).FirstAsync(CancellationToken.None).ConfigureAwait(false))
            {
                cancelled = true;
                await stop.CancelAsync().ConfigureAwait(false);
            }
        }

        var outcome = await solve.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        points.AddRange(reporter.Drain().Select(p => new GenerationProgressPoint(p.Seconds, p.Objective)));
        if (!outcome.IsSuccess)
        {
            await FinishAsync(generation.Id, RosterGenerationStatus.Failed, outcome.Error!.Message, cancellationToken).ConfigureAwait(false);
            return;
        }

        var roster = outcome.Value!;
        sink.Solved(generation.Id, roster);
        await SaveAsync(generation, roster, templates, points, cancelled, cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveAsync(RosterGeneration generation, CallCenterRoster roster, IReadOnlyList<ShiftTemplateDefinition> templates,
        IReadOnlyList<GenerationProgressPoint> points, bool cancelled, CancellationToken cancellationToken)
    {
        generation.ProgressJson = RosterGeneration.WriteProgress(points);
        generation.Objective = roster.Objective;
        generation.Bound = roster.Bound;
        generation.UnderCover = roster.UnderCover;
        generation.UnderCoverBound = roster.UnderCoverBound;
        generation.ExplanationJson = JsonSerializer.Serialize(roster.Explanation);
        generation.FinishedAt = clock.GetCurrentInstant();
        var hasRoster = roster.Status is RosterSolveStatus.Optimal or RosterSolveStatus.Feasible && roster.Shifts.Count > 0;
        if (!hasRoster)
        {
            (generation.Status, generation.Message) = roster.Status switch
            {
                RosterSolveStatus.Infeasible => (RosterGenerationStatus.Infeasible, "No roster satisfies the hard rules (contracts, rest, time off, locked shifts): see the explanation."),
                _ when cancelled => (RosterGenerationStatus.Cancelled, "Cancelled before the engine found a roster; nothing was changed."),
                RosterSolveStatus.TimedOut => (RosterGenerationStatus.Failed, $"No roster was found within {generation.Seconds} s; give it more time."),
                RosterSolveStatus.ModelInvalid => (RosterGenerationStatus.Failed, "The engine rejected the model: " + string.Join(" ", roster.Violations)),
                _ => (RosterGenerationStatus.Failed, "The engine returned an empty roster."),
            };
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var journal = new RosterJournal(db, new RequestedBy(generation.RequestedBy), clock);
        var shifts = 0;
        for (var w = 0; w < generation.Weeks; w++)
        {
            var weekStart = generation.WeekStart.PlusWeeks(w);
            var opened = await workspace.OpenAsync(generation.TeamId, weekStart, create: true, cancellationToken).ConfigureAwait(false);
            if (!opened.IsSuccess)
            {
                throw new InvalidOperationException(opened.Error!.Message);
            }

            var week = opened.Value!.Week;
            var before = week.Shifts.Select(s => s.EmployeeId).ToHashSet();
            var specs = roster.Shifts.Where(s => !s.Locked && week.Contains(s.Start.Date)).Select(s => GeneratedShifts.ToSpec(s, templates)).ToList();
            var replaced = week.ReplaceGenerated(specs);
            if (!replaced.IsSuccess)
            {
                throw new InvalidOperationException(replaced.Error!.Message);
            }

            db.AddRange(replaced.Value!);

            shifts += specs.Count;
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"Generated {specs.Count} shifts ({roster.Status}, objective {roster.Objective}, under-cover {roster.UnderCover} agent-intervals){(cancelled ? ", cancelled early: best roster so far" : "")}");
            journal.WeekChanged(week, RosterChangeKind.Generated, summary, null, before.Union(specs.Select(s => s.Employee)));
        }

        generation.Shifts = shifts;
        generation.Status = cancelled ? RosterGenerationStatus.Cancelled : RosterGenerationStatus.Succeeded;
        generation.Message = cancelled
            ? "Cancelled: the best roster found so far was saved."
            : roster.Status == RosterSolveStatus.Optimal ? "Optimal roster saved." : $"Best roster within {generation.Seconds} s saved.";
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<(CallCenterWeekRequest Request, IReadOnlyList<ShiftTemplateDefinition> Templates)>> BuildAsync(RosterGeneration generation, CancellationToken ct)
    {
        var opened = await workspace.OpenAsync(generation.TeamId, generation.WeekStart, create: false, ct).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var session = opened.Value!;
        if (session.Queue is not { } assignment)
        {
            return new Error("generation.no_queue", $"{session.Team.Name} staffs no forecast queue: set the team's queue and share under Shift rules.");
        }

        var forecast = await forecasts.ForecastAsync(assignment.Queue, generation.WeekStart, generation.Weeks, ct).ConfigureAwait(false);
        if (!forecast.IsSuccess)
        {
            return new Error("generation.no_forecast", $"No forecast for queue '{assignment.Queue}': {forecast.Error!.Message}");
        }

        var site = session.Week.SiteId;
        var templates = await db.Set<ShiftTemplateDefinition>().AsNoTracking()
            .Where(t => t.SiteId == site && t.Active && (t.Queue == null || t.Queue == assignment.Queue))
            .ToListAsync(ct).ConfigureAwait(false);
        templates = [.. templates.OrderBy(t => t.Queue == null ? 1 : 0).ThenBy(t => t.Name, StringComparer.Ordinal)];

        var agents = session.Agents.Where(a => a.TeamId == generation.TeamId).ToList();
        var ids = agents.Select(a => a.Id).ToList();
        var first = generation.WeekStart;
        var last = generation.LastDay;
        var before = first.PlusDays(-7);
        var availability = await db.Set<AvailabilityWindowRow>().AsNoTracking().Where(a => ids.Contains(a.EmployeeId)).ToListAsync(ct).ConfigureAwait(false);
        var preferences = await db.Set<AgentPreferenceRow>().AsNoTracking()
            .Where(p => ids.Contains(p.EmployeeId) && (p.Date == null || (p.Date >= first && p.Date <= last))).ToListAsync(ct).ConfigureAwait(false);
        var blocks = await db.Set<AgentDayBlock>().AsNoTracking().Where(b => ids.Contains(b.EmployeeId) && b.Date >= first && b.Date <= last).ToListAsync(ct).ConfigureAwait(false);
        var weekIds = await db.Set<RosterWeek>().Where(w => w.TeamId == generation.TeamId && w.WeekStart >= first && w.WeekStart <= last)
            .Select(w => w.Id).ToListAsync(ct).ConfigureAwait(false);
        var existing = await db.Set<RosterShift>().AsNoTracking().Where(s => weekIds.Contains(s.RosterWeekId)).ToListAsync(ct).ConfigureAwait(false);
        var prior = await db.Set<RosterShift>().AsNoTracking().Where(s => ids.Contains(s.EmployeeId) && s.Date >= before && s.Date < first).ToListAsync(ct).ConfigureAwait(false);

        var request = GenerationRequestBuilder.Build(new GenerationInputs(
            generation.WeekStart,
            generation.Weeks,
            forecast.Value!,
            assignment.RequirementSharePercent,
            templates,
            session.Rules,
            agents.Select(a => new GenerationAgent(a.Id, a.Contract)).ToList(),
            availability,
            preferences,
            blocks,
            existing.Select(s => new ExistingShift(s.ToSpec(), s.Origin)).ToList(),
            prior.Select(s => s.ToSpec()).ToList()));
        if (!request.IsSuccess)
        {
            return request.Error!;
        }

        return (request.Value!, (IReadOnlyList<ShiftTemplateDefinition>)templates);
    }

    private async Task FinishAsync(Guid id, RosterGenerationStatus status, string message, CancellationToken ct) =>
        await Rows(id).ExecuteUpdateAsync(
            s => s.SetProperty(g => g.Status, status).SetProperty(g => g.Message, message).SetProperty(g => g.FinishedAt, clock.GetCurrentInstant()),
            ct).ConfigureAwait(false);

    private IQueryable<RosterGeneration> Rows(Guid id) => db.Set<RosterGeneration>().Where(g => g.Id == id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Roster generation {GenerationId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid generationId);

    /// <summary>Collects the engine's progress reports, which arrive on solver threads, for the polling loop to write.</summary>
    private sealed class ProgressQueue : IProgress<SolveProgress>
    {
        private readonly ConcurrentQueue<SolveProgress> queue = new();

        public void Report(SolveProgress value) => queue.Enqueue(value);

        public List<SolveProgress> Drain()
        {
            var drained = new List<SolveProgress>();
            while (queue.TryDequeue(out var item))
            {
                drained.Add(item);
            }

            return drained;
        }
    }

    /// <summary>Change records and notifications name the scheduler who asked for the generation, not the job runner.</summary>
    private sealed class RequestedBy(string name) : ICurrentActor
    {
        public string Name { get; } = name;
    }
}
