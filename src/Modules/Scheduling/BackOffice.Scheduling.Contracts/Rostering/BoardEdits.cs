using System.Security.Claims;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Contracts.Rostering;

/// <summary>
/// The scheduler's edits to a team's roster week. Every edit carries the week version the client read (409 when stale),
/// is saved even when it breaks a rule, and answers with the re-validated week so violations show inline.
/// Admins and schedulers edit; supervisors of the team may read rotations; anyone else gets not found.
/// </summary>
public interface IRosterBoard
{
    /// <summary>The teams whose board the caller may open: every team for admins and schedulers, a supervisor's own teams.</summary>
    Task<IReadOnlyList<BoardTeam>> TeamsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result<BoardEditResult>> AddShiftAsync(TeamId team, LocalDate weekStart, ShiftEdit edit, ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result<BoardEditResult>> ChangeShiftAsync(TeamId team, LocalDate weekStart, Guid shiftId, ShiftEdit edit, ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result<BoardEditResult>> DeleteShiftAsync(TeamId team, LocalDate weekStart, Guid shiftId, uint version, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Reverts the newest edit of the week that is not yet undone; 409 when the shift changed since.</summary>
    Task<Result<BoardEditResult>> UndoAsync(TeamId team, LocalDate weekStart, uint version, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>The edits Undo would revert, newest first (at most <paramref name="limit"/>).</summary>
    Task<Result<IReadOnlyList<UndoableEdit>>> UndoableAsync(TeamId team, LocalDate weekStart, int limit, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Copies the previous week's shifts of the team's current agents, skipping blocked days and days already scheduled.</summary>
    Task<Result<BoardEditResult>> CopyPreviousWeekAsync(TeamId team, LocalDate weekStart, uint version, ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result<IReadOnlyList<RotationView>>> RotationsAsync(TeamId team, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Saves the week's shifts as a named rotation of the team (replacing a rotation of the same name).</summary>
    Task<Result<RotationView>> SaveRotationAsync(TeamId team, LocalDate weekStart, string name, ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result<BoardEditResult>> ApplyRotationAsync(TeamId team, Guid rotationId, LocalDate weekStart, uint version, ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result> DeleteRotationAsync(TeamId team, Guid rotationId, ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>A shift as the scheduler types it. Text fields are parsed by the board so bad input gets a readable 400.</summary>
/// <param name="Version">The week's version the client read.</param>
/// <param name="Date">Site-local date, <c>yyyy-MM-dd</c>; must be in the week.</param>
/// <param name="Start">Site-local start, <c>HH:mm</c>.</param>
/// <param name="PaidMinutes">Paid length; unpaid meal time is added on top, as the site's template places it.</param>
/// <param name="Locked">Null keeps the current lock (on change) or leaves the shift unlocked (on add).</param>
public sealed record ShiftEdit(uint Version, Guid EmployeeId, string Date, string Start, int PaidMinutes, bool? Locked = null);

/// <param name="Week">The week after the edit, re-validated.</param>
/// <param name="ShiftId">The shift the edit made or changed, when there is one.</param>
/// <param name="Message">What happened, in words.</param>
/// <param name="Skipped">What a copy or a rotation did not place, and why.</param>
public sealed record BoardEditResult(RosterWeekView Week, Guid? ShiftId, string Message, IReadOnlyList<string> Skipped);

public sealed record BoardTeam(Guid Id, string Name, Guid SiteId);

public sealed record UndoableEdit(long ChangeId, Instant At, string By, string Kind, string Summary);

public sealed record RotationView(Guid Id, Guid TeamId, string Name, Instant CreatedAt, string CreatedBy, int Shifts, int Agents);
