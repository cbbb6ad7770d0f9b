using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Persistence;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Swaps;

internal enum SwapKind
{
    /// <summary>Give one of my shifts away: to a named colleague, or to whoever on my team takes it.</summary>
    Offer,

    /// <summary>My shift for a named colleague's shift.</summary>
    Trade,
}

internal enum SwapStatus
{
    Open,
    Accepted,
    PendingApproval,
    Approved,
    Rejected,
    Declined,
    Cancelled,
    Expired,
    Failed,
}

/// <summary>
/// An agent's request to hand a published shift to a colleague (offer) or exchange it for theirs (trade). It holds
/// only who, which shifts and where the request stands; the roster changes when it is approved, in the same
/// transaction (see <see cref="SwapService"/>). Each state change names who may make it and returns a stable code.
/// </summary>
internal sealed class SwapRequest : IVersioned, IAuditable
{
    public const int MaxNoteLength = 500;

    private SwapRequest()
    {
    }

    public Guid Id { get; private set; }

    public SwapKind Kind { get; private set; }

    public SwapStatus Status { get; private set; }

    public TeamId TeamId { get; private set; }

    public EmployeeId RequesterId { get; private set; }

    /// <summary>Null for an offer open to the whole team until someone accepts it.</summary>
    public EmployeeId? ColleagueId { get; private set; }

    public Guid ShiftId { get; private set; }

    public LocalDate ShiftWeekStart { get; private set; }

    /// <summary>When the requester's shift starts: the request expires then.</summary>
    public Instant ShiftStartsAt { get; private set; }

    public Guid? ColleagueShiftId { get; private set; }

    public LocalDate? ColleagueShiftWeekStart { get; private set; }

    public Instant? ColleagueShiftStartsAt { get; private set; }

    public string? Note { get; private set; }

    public Instant CreatedAt { get; private set; }

    public Instant? AcceptedAt { get; private set; }

    public Instant? DecidedAt { get; private set; }

    /// <summary>Who approved or rejected (a user's name, or <c>auto-approval</c>).</summary>
    public string? DecidedBy { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>Why a Failed request failed: the rule messages at approval time.</summary>
    public string? FailureReason { get; private set; }

    public uint Version { get; set; }

    public bool IsTrade => Kind == SwapKind.Trade;

    public bool IsOpenToTeam => Kind == SwapKind.Offer && ColleagueId is null;

    /// <summary>Still waiting for someone (colleague or approver).</summary>
    public bool IsActive => Status is SwapStatus.Open or SwapStatus.Accepted or SwapStatus.PendingApproval;

    /// <summary>The earliest start of the shifts involved: once it has passed, the swap can no longer happen.</summary>
    public Instant ExpiresAt => ColleagueShiftStartsAt is { } other && other < ShiftStartsAt ? other : ShiftStartsAt;

    public static Result<SwapRequest> Offer(TeamId team, EmployeeId requester, SwapShift shift, EmployeeId? colleague, string? note, Instant now)
    {
        ArgumentNullException.ThrowIfNull(shift);
        var valid = ValidateOwnFutureShift(requester, shift, now);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        if (colleague == requester)
        {
            return new Error("swap.self", "You cannot offer a shift to yourself.");
        }

        return Create(SwapKind.Offer, team, requester, shift, colleague, null, note, now);
    }

    public static Result<SwapRequest> Trade(TeamId team, EmployeeId requester, SwapShift shift, EmployeeId colleague, SwapShift colleagueShift, string? note, Instant now)
    {
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(colleagueShift);
        var valid = ValidateOwnFutureShift(requester, shift, now);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        if (colleague == requester)
        {
            return new Error("swap.self", "You cannot trade a shift with yourself.");
        }

        if (colleagueShift.Employee != colleague)
        {
            return new Error("swap.not_colleagues_shift", "The shift you asked for is not your colleague's.");
        }

        if (!colleagueShift.Published)
        {
            return new Error("swap.not_published", "Only shifts of published weeks can be swapped.");
        }

        if (colleagueShift.StartsAt <= now)
        {
            return new Error("swap.shift_started", "Your colleague's shift has already started; only future shifts can be swapped.");
        }

        return Create(SwapKind.Trade, team, requester, shift, colleague, colleagueShift, note, now);
    }

    /// <summary>The named colleague (or, for an open offer, any team member other than the requester) takes it.</summary>
    public Result Accept(EmployeeId by, Instant now)
    {
        var state = Expect(now, "accept", SwapStatus.Open);
        if (!state.IsSuccess)
        {
            return state;
        }

        if (by == RequesterId)
        {
            return new Error("swap.own_request", "You cannot accept your own request.");
        }

        if (ColleagueId is { } named && named != by)
        {
            return Error.NotFound("swap.not_found", "That swap request was not found.");
        }

        ColleagueId = by;
        AcceptedAt = now;
        Status = SwapStatus.Accepted;
        return Result.Success();
    }

    public Result Decline(EmployeeId by, Instant now)
    {
        var state = Expect(now, "decline", SwapStatus.Open);
        if (!state.IsSuccess)
        {
            return state;
        }

        if (ColleagueId != by)
        {
            return new Error("swap.not_addressee", "Only the colleague a request names can decline it.");
        }

        Status = SwapStatus.Declined;
        DecidedAt = now;
        return Result.Success();
    }

    public Result Cancel(EmployeeId by, Instant now)
    {
        var state = Expect(now, "cancel", SwapStatus.Open, SwapStatus.Accepted, SwapStatus.PendingApproval);
        if (!state.IsSuccess)
        {
            return state;
        }

        if (by != RequesterId)
        {
            return new Error("swap.not_requester", "Only the agent who asked can cancel a swap request.");
        }

        Status = SwapStatus.Cancelled;
        DecidedAt = now;
        return Result.Success();
    }

    /// <summary>After acceptance, the rule check found nothing that needs a person (or policy is off): wait for a supervisor.</summary>
    public Result AwaitApproval(Instant now)
    {
        var state = Expect(now, "submit", SwapStatus.Accepted);
        if (!state.IsSuccess)
        {
            return state;
        }

        Status = SwapStatus.PendingApproval;
        return Result.Success();
    }

    /// <param name="by">The approver's name, or <c>auto-approval</c> when the site's policy approved it straight after acceptance.</param>
    public Result Approve(string by, string? note, Instant now)
    {
        var state = Expect(now, "approve", SwapStatus.Accepted, SwapStatus.PendingApproval);
        if (!state.IsSuccess)
        {
            return state;
        }

        Status = SwapStatus.Approved;
        Decide(by, note, now);
        return Result.Success();
    }

    public Result Reject(string by, string? note, Instant now)
    {
        var state = Expect(now, "reject", SwapStatus.PendingApproval);
        if (!state.IsSuccess)
        {
            return state;
        }

        Status = SwapStatus.Rejected;
        Decide(by, note, now);
        return Result.Success();
    }

    /// <summary>The rules re-checked at approval are broken: the swap cannot happen as asked.</summary>
    public Result Fail(string reason, string by, Instant now)
    {
        var state = Expect(now, "approve", SwapStatus.Accepted, SwapStatus.PendingApproval);
        if (!state.IsSuccess)
        {
            return state;
        }

        Status = SwapStatus.Failed;
        FailureReason = Truncate(reason);
        Decide(by, null, now);
        return Result.Success();
    }

    /// <summary>Marks an active request whose shift has started as expired; true when it changed.</summary>
    public bool ExpireIfDue(Instant now)
    {
        if (!IsActive || now < ExpiresAt)
        {
            return false;
        }

        Status = SwapStatus.Expired;
        DecidedAt = now;
        return true;
    }

    private static Result ValidateOwnFutureShift(EmployeeId requester, SwapShift shift, Instant now)
    {
        if (shift.Employee != requester)
        {
            return Error.NotFound("swap.shift_not_found", "That shift is not one of yours.");
        }

        if (!shift.Published)
        {
            return new Error("swap.not_published", "Only shifts of published weeks can be swapped.");
        }

        if (shift.StartsAt <= now)
        {
            return new Error("swap.shift_started", "That shift has already started; only future shifts can be swapped.");
        }

        return Result.Success();
    }

    private static Result<SwapRequest> Create(SwapKind kind, TeamId team, EmployeeId requester, SwapShift shift, EmployeeId? colleague, SwapShift? colleagueShift, string? note, Instant now)
    {
        if (note is { Length: > MaxNoteLength })
        {
            return new Error("swap.note_too_long", $"A note has at most {MaxNoteLength} characters.");
        }

        return new SwapRequest
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Status = SwapStatus.Open,
            TeamId = team,
            RequesterId = requester,
            ColleagueId = colleague,
            ShiftId = shift.ShiftId,
            ShiftWeekStart = shift.WeekStart,
            ShiftStartsAt = shift.StartsAt,
            ColleagueShiftId = colleagueShift?.ShiftId,
            ColleagueShiftWeekStart = colleagueShift?.WeekStart,
            ColleagueShiftStartsAt = colleagueShift?.StartsAt,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            CreatedAt = now,
        };
    }

    private Result Expect(Instant now, string action, params SwapStatus[] allowed)
    {
        if (ExpireIfDue(now))
        {
            return Error.Conflict("swap.expired", "The shift has started, so this swap request has expired.");
        }

        return allowed.Contains(Status)
            ? Result.Success()
            : Error.Conflict("swap.invalid_state", $"A swap request that is {Status} cannot be asked to {action}.");
    }

    private void Decide(string by, string? note, Instant now)
    {
        DecidedAt = now;
        DecidedBy = by;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : Truncate(note.Trim());
    }

    private static string Truncate(string text) => text.Length <= MaxNoteLength ? text : text[..MaxNoteLength];
}

/// <summary>What a swap needs to know about a shift: whose it is, its week, when it starts, and whether its week is published.</summary>
internal sealed record SwapShift(Guid ShiftId, EmployeeId Employee, LocalDate WeekStart, Instant StartsAt, bool Published);
