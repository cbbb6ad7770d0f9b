using System.Security.Claims;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Contracts.Rostering;

/// <summary>
/// Publishing a team's roster week and reading its history: every published version (a full snapshot of what agents
/// saw) and every change with author, time and reason. Admins and schedulers publish; supervisors read their teams.
/// </summary>
public interface IRosterPublication
{
    /// <summary>What the publish page shows: the board's view plus the lead-time rule that applies today.</summary>
    Task<Result<PublishReview>> ReviewAsync(TeamId team, LocalDate weekStart, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Publishes the week as a new version and notifies its agents; refusals carry a stable code (and the violations, when those are why).</summary>
    Task<PublishAttempt> PublishAsync(TeamId team, LocalDate weekStart, PublishRequest request, ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result<RosterHistoryView>> HistoryAsync(TeamId team, LocalDate weekStart, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>One version by number, or (when <paramref name="asOf"/> is given) the last version published at or before that instant.</summary>
    Task<Result<RosterVersionView>> VersionAsync(TeamId team, LocalDate weekStart, int? number, Instant? asOf, ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <param name="Version">The week's concurrency token as the client read it; a stale one gives 409.</param>
/// <param name="Reason">Required when publishing inside the site's lead time, or when overriding hard violations.</param>
/// <param name="OverrideViolations">Publish despite hard rule violations (needs a reason).</param>
public sealed record PublishRequest(uint Version, string? Reason, bool OverrideViolations);

/// <param name="PublishedVersion">The number agents now see.</param>
/// <param name="Version">The week's new concurrency token.</param>
public sealed record PublishOutcome(int PublishedVersion, uint Version, int NotifiedAgents);

/// <summary>Either <see cref="Published"/> or an <see cref="Error"/>; <see cref="Violations"/> lists the hard violations that refused it.</summary>
public sealed record PublishAttempt(PublishOutcome? Published, Error? Error, IReadOnlyList<RosterViolationView> Violations)
{
    public bool IsSuccess => Error is null;
}

/// <param name="DaysBeforeStart">Days from today (site time) to the week's Monday.</param>
/// <param name="ReasonRequired">Publishing now is inside the lead time, so a reason is needed.</param>
/// <param name="UnchangedSincePublished">The week is published and nothing changed since its last version.</param>
public sealed record PublishReview(RosterWeekView Week, int LeadDays, int DaysBeforeStart, bool ReasonRequired, bool UnchangedSincePublished);

public sealed record RosterHistoryView(
    Guid TeamId,
    string TeamName,
    LocalDate WeekStart,
    string Status,
    int PublishedVersion,
    IReadOnlyList<RosterVersionSummary> Versions,
    IReadOnlyList<RosterChangeView> Changes);

public sealed record RosterVersionSummary(int Number, Instant PublishedAt, string PublishedBy, string? Reason, int Shifts);

/// <param name="Kind">Generated, Added, Changed, Removed, Copied, TemplateApplied, Published, Swapped or Undone.</param>
/// <param name="PublishedVersion">The version this change produced, on a published week.</param>
/// <param name="Before">The shift before the change (null when added or for whole-week changes).</param>
/// <param name="After">The shift after the change (null when removed).</param>
public sealed record RosterChangeView(
    Instant At,
    string By,
    string Kind,
    string Summary,
    string? Reason,
    int? PublishedVersion,
    Guid? ShiftId,
    Guid? EmployeeId,
    RosterShiftView? Before,
    RosterShiftView? After);

public sealed record RosterVersionView(Guid TeamId, LocalDate WeekStart, int Number, Instant PublishedAt, string PublishedBy, string? Reason, IReadOnlyList<RosterShiftView> Shifts);
