using System.Security.Claims;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Contracts.Rostering;

/// <summary>
/// Shift swaps between agents of one team: an agent offers a published future shift (to a named colleague or to the
/// team) or proposes a trade for a colleague's shift; the colleague accepts; the rules are re-checked for both; a
/// supervisor approves, or the site's policy approves it on its own. Every call authorizes by role and by object: an
/// agent sees the swaps they are party to, a supervisor their teams', admins and schedulers all.
/// </summary>
public interface ISwapService
{
    /// <summary>The caller's upcoming published shifts and their team-mates' (for a trade), as the swap page offers them.</summary>
    Task<Result<SwapOptionsView>> OptionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result<SwapView>> RequestAsync(ClaimsPrincipal user, NewSwapRequest request, CancellationToken cancellationToken);

    /// <summary>The caller's own requests and those waiting for them (named, or open to their team), each incoming one with its rule check.</summary>
    Task<Result<MySwapsView>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result<SwapView>> AcceptAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken);

    Task<Result<SwapView>> DeclineAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken);

    Task<Result<SwapView>> CancelAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken);

    Task<Result<SwapView>> ApproveAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken);

    Task<Result<SwapView>> RejectAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken);

    /// <summary>Swaps of the teams the caller supervises (all teams for admins and schedulers), optionally in one status; pending ones carry their rule check.</summary>
    Task<Result<IReadOnlyList<SwapView>>> ListAsync(ClaimsPrincipal user, string? status, CancellationToken cancellationToken);
}

/// <param name="ShiftId">One of the caller's future shifts in a published week.</param>
/// <param name="ColleagueId">The colleague to offer it to, or to trade with; null offers it to the whole team.</param>
/// <param name="ColleagueShiftId">For a trade: the colleague's shift the caller takes in return.</param>
public sealed record NewSwapRequest(Guid ShiftId, Guid? ColleagueId, Guid? ColleagueShiftId, string? Note);

/// <param name="Version">The swap request's version as the caller read it (409 when stale).</param>
/// <param name="Note">An approver's note (approve, reject).</param>
/// <param name="WeekVersion">The version of the requester's roster week the approver looked at; when given, a roster changed since gives 409.</param>
public sealed record SwapAction(uint Version, string? Note = null, uint? WeekVersion = null);

/// <param name="Kind"><c>Offer</c> or <c>Trade</c>.</param>
/// <param name="Status">Open, Accepted, PendingApproval, Approved, Rejected, Declined, Cancelled, Expired or Failed.</param>
/// <param name="Shift">The requester's shift as the roster has it now (after approval it belongs to the colleague); null when it was deleted from the roster.</param>
/// <param name="Check">The rule re-check for both agents (incoming and pending requests); null where it does not apply.</param>
public sealed record SwapView(
    Guid Id,
    string Kind,
    string Status,
    Guid TeamId,
    string TeamName,
    SwapPartyView Requester,
    SwapPartyView? Colleague,
    SwapShiftView? Shift,
    SwapShiftView? ColleagueShift,
    string? Note,
    Instant CreatedAt,
    Instant? AcceptedAt,
    Instant? DecidedAt,
    string? DecidedBy,
    string? DecisionNote,
    string? FailureReason,
    uint Version,
    SwapCheckView? Check);

public sealed record SwapPartyView(Guid EmployeeId, string Name);

/// <param name="End">Local end (may be the next day).</param>
/// <param name="WeekVersion">The roster week's concurrency token, to send back with an approval.</param>
public sealed record SwapShiftView(Guid Id, Guid EmployeeId, LocalDate WeekStart, LocalDate Date, LocalTime Start, LocalDateTime End, int PaidMinutes, uint WeekVersion);

/// <param name="Agents">The violations each agent would have after the swap that they do not have now.</param>
/// <param name="HardViolations">A hard rule is broken: the swap cannot be approved.</param>
/// <param name="Overtime">Someone would be in overtime (weekly or the state's daily): a person must approve.</param>
/// <param name="UnderCoverBefore">Team under-cover in agent-intervals (Σ max(0, required − scheduled)) over the affected weeks, now.</param>
/// <param name="UnderCoverAfter">The same after the swap.</param>
/// <param name="AutoApprovable">The site's policy would approve it without a person.</param>
/// <param name="Verdict">One sentence saying what the check means for approval.</param>
public sealed record SwapCheckView(
    IReadOnlyList<SwapAgentCheckView> Agents,
    bool HardViolations,
    bool Overtime,
    decimal UnderCoverBefore,
    decimal UnderCoverAfter,
    bool AutoApprovable,
    string Verdict);

public sealed record SwapAgentCheckView(Guid EmployeeId, string Name, IReadOnlyList<RosterViolationView> Violations);

public sealed record MySwapsView(IReadOnlyList<SwapView> Requested, IReadOnlyList<SwapView> Incoming);

/// <param name="Colleagues">Team-mates (excluding the caller) with their upcoming published shifts, for a trade.</param>
public sealed record SwapOptionsView(Guid? TeamId, IReadOnlyList<SwapShiftView> MyShifts, IReadOnlyList<SwapColleagueView> Colleagues);

public sealed record SwapColleagueView(Guid EmployeeId, string Name, IReadOnlyList<SwapShiftView> Shifts);
