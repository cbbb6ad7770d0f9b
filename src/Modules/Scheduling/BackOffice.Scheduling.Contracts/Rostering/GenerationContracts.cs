using System.Security.Claims;
using System.Text.Json.Serialization;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Contracts.Rostering;

/// <summary>Where a roster generation is. Queued and Running are live; the others are final.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RosterGenerationStatus>))]
public enum RosterGenerationStatus
{
    Queued,
    Running,
    Succeeded,
    Cancelled,
    Infeasible,
    Failed,
}

/// <summary>One improving roster found by the engine: seconds since the solve started, and its objective.</summary>
public sealed record GenerationProgressPoint(double Seconds, long Objective);

/// <summary>
/// A roster generation as the progress page and the API show it. <paramref name="UnderCover"/> is agent-intervals short
/// in the best roster (with <paramref name="UnderCoverBound"/> the engine's proved minimum); <paramref name="Explanation"/>
/// carries the engine's reasons when it is infeasible, or the error when it failed.
/// </summary>
public sealed record RosterGenerationView(
    Guid Id,
    Guid TeamId,
    string TeamName,
    LocalDate WeekStart,
    int Weeks,
    int Seconds,
    RosterGenerationStatus Status,
    string RequestedBy,
    Instant RequestedAt,
    Instant? StartedAt,
    Instant? FinishedAt,
    long? Objective,
    long? Bound,
    long? UnderCover,
    long? UnderCoverBound,
    int Shifts,
    bool CancelRequested,
    IReadOnlyList<GenerationProgressPoint> Progress,
    IReadOnlyList<string> Explanation,
    string? Message)
{
    public bool IsLive => Status is RosterGenerationStatus.Queued or RosterGenerationStatus.Running;

    /// <summary>The board of the first generated week (agreed URL of the roster board).</summary>
    public string BoardUrl => $"/scheduling/roster?team={TeamId}&week={WeekStart:yyyy-MM-dd}";
}

/// <summary>What the Generate page warns about before it overwrites a roster.</summary>
/// <param name="PublishedWeeks">Weeks in the horizon that agents already see: generating makes a new published version and notifies them.</param>
/// <param name="ManualShifts">Shifts entered or edited by hand (kept, as are locked shifts).</param>
public sealed record GenerationWarnings(IReadOnlyList<LocalDate> PublishedWeeks, int ManualShifts, int LockedShifts, bool HasQueue, int Templates);

/// <summary>A team the caller may generate a roster for.</summary>
public sealed record GenerationTeam(Guid Id, string Name, string SiteName);

/// <summary>Starts, watches and cancels roster generations (background jobs over the roster engine).</summary>
public interface IRosterGenerations
{
    /// <summary>Queues a generation of <paramref name="weeks"/> weeks (1–6) from a Monday, with a solver time limit in seconds.</summary>
    Task<Result<RosterGenerationView>> StartAsync(ClaimsPrincipal user, Guid teamId, LocalDate weekStart, int weeks, int seconds, CancellationToken cancellationToken);

    Task<Result<RosterGenerationView>> GetAsync(ClaimsPrincipal user, Guid generationId, CancellationToken cancellationToken);

    /// <summary>Asks a live generation to stop; the best roster found so far is still saved.</summary>
    Task<Result<RosterGenerationView>> CancelAsync(ClaimsPrincipal user, Guid generationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<GenerationTeam>> TeamsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result<GenerationWarnings>> WarningsAsync(ClaimsPrincipal user, Guid teamId, LocalDate weekStart, int weeks, CancellationToken cancellationToken);

    /// <summary>
    /// Re-queues generations left live by a stopped process (jobs are re-created from the database). With
    /// <paramref name="includeRunning"/> (a single-process host with in-memory job storage) interrupted runs restart too.
    /// </summary>
    Task<int> ResumePendingAsync(bool includeRunning, CancellationToken cancellationToken);
}

/// <summary>The background job: runs one generation to its end. Hosts enqueue it through <see cref="IRosterGenerationQueue"/>.</summary>
public interface IRosterGenerationRunner
{
    Task RunAsync(Guid generationId, CancellationToken cancellationToken);
}

/// <summary>Puts a generation on the host's job queue (Hangfire in the web and worker hosts).</summary>
public interface IRosterGenerationQueue
{
    void Enqueue(Guid generationId);
}

public sealed record RosteringDemoSeedResult(int SiteRules, int Templates, int TeamQueues);

/// <summary>Demo scheduling set-up (site rules, shift templates, team → queue shares) for the demo call center. Idempotent.</summary>
public interface IRosteringDemoSeeder
{
    Task<RosteringDemoSeedResult> SeedAsync(CancellationToken cancellationToken);
}
