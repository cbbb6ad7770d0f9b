using BackOffice.Scheduling.Rostering.Swaps;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Rostering.Swaps;

/// <summary>The swap request's state machine: who may move it where, and the stable codes when they may not.</summary>
public sealed class SwapRequestTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 12, 0);
    private static readonly Instant Tomorrow = Now.Plus(Duration.FromDays(1));
    private static readonly TeamId Team = new(Guid.NewGuid());
    private static readonly EmployeeId Ann = new(Guid.NewGuid());
    private static readonly EmployeeId Bea = new(Guid.NewGuid());
    private static readonly EmployeeId Cal = new(Guid.NewGuid());

    [Fact]
    public void Offer_WhenWeekIsADraft_IsRefusedAsNotPublished()
    {
        var result = SwapRequest.Offer(Team, Ann, Shift(Ann, published: false), Bea, null, Now);

        result.Error!.Code.Should().Be("swap.not_published");
    }

    [Fact]
    public void Offer_WhenShiftHasStarted_IsRefused()
    {
        var result = SwapRequest.Offer(Team, Ann, Shift(Ann, startsAt: Now), Bea, null, Now);

        result.Error!.Code.Should().Be("swap.shift_started");
    }

    [Fact]
    public void Offer_WhenShiftIsSomeoneElses_IsNotFound()
    {
        var result = SwapRequest.Offer(Team, Ann, Shift(Bea), Cal, null, Now);

        result.Error!.Kind.Should().Be(ErrorKind.NotFound);
    }

    [Fact]
    public void Trade_WhenColleaguesShiftIsNotTheirs_IsRefused()
    {
        var result = SwapRequest.Trade(Team, Ann, Shift(Ann), Bea, Shift(Cal), null, Now);

        result.Error!.Code.Should().Be("swap.not_colleagues_shift");
    }

    [Fact]
    public void Lifecycle_WhenAcceptedAndApproved_GoesOpenAcceptedPendingApproved()
    {
        var swap = SwapRequest.Offer(Team, Ann, Shift(Ann), Bea, "dentist", Now).Value!;
        swap.Status.Should().Be(SwapStatus.Open);

        swap.Accept(Bea, Now).IsSuccess.Should().BeTrue();
        swap.Status.Should().Be(SwapStatus.Accepted);
        swap.AwaitApproval(Now).IsSuccess.Should().BeTrue();
        swap.Status.Should().Be(SwapStatus.PendingApproval);
        swap.Approve("Sam Super", "fine", Now).IsSuccess.Should().BeTrue();

        swap.Status.Should().Be(SwapStatus.Approved);
        swap.DecidedBy.Should().Be("Sam Super");
        swap.DecisionNote.Should().Be("fine");
    }

    [Fact]
    public void Accept_WhenSomeoneOtherThanTheNamedColleague_IsNotFound()
    {
        var swap = SwapRequest.Offer(Team, Ann, Shift(Ann), Bea, null, Now).Value!;

        var result = swap.Accept(Cal, Now);

        result.Error!.Kind.Should().Be(ErrorKind.NotFound);
        swap.Status.Should().Be(SwapStatus.Open);
    }

    [Fact]
    public void Accept_WhenOfferIsOpenToTheTeam_MakesTheTakerTheColleague()
    {
        var swap = SwapRequest.Offer(Team, Ann, Shift(Ann), null, null, Now).Value!;
        swap.IsOpenToTeam.Should().BeTrue();

        swap.Accept(Cal, Now).IsSuccess.Should().BeTrue();

        swap.ColleagueId.Should().Be(Cal);
    }

    [Fact]
    public void Accept_WhenRequesterTriesTheirOwn_IsRefused()
    {
        var swap = SwapRequest.Offer(Team, Ann, Shift(Ann), null, null, Now).Value!;

        swap.Accept(Ann, Now).Error!.Code.Should().Be("swap.own_request");
    }

    [Fact]
    public void Accept_WhenTheShiftHasStarted_ExpiresTheRequest()
    {
        var swap = SwapRequest.Offer(Team, Ann, Shift(Ann), Bea, null, Now).Value!;

        var result = swap.Accept(Bea, Tomorrow.Plus(Duration.FromMinutes(1)));

        result.Error!.Code.Should().Be("swap.expired");
        swap.Status.Should().Be(SwapStatus.Expired);
    }

    [Fact]
    public void Decline_WhenNamedColleague_Declines()
    {
        var swap = SwapRequest.Offer(Team, Ann, Shift(Ann), Bea, null, Now).Value!;

        swap.Decline(Bea, Now).IsSuccess.Should().BeTrue();

        swap.Status.Should().Be(SwapStatus.Declined);
        swap.Accept(Bea, Now).Error!.Code.Should().Be("swap.invalid_state");
    }

    [Fact]
    public void Cancel_WhenNotTheRequester_IsRefused()
    {
        var swap = SwapRequest.Offer(Team, Ann, Shift(Ann), Bea, null, Now).Value!;

        swap.Cancel(Bea, Now).Error!.Code.Should().Be("swap.not_requester");
    }

    [Fact]
    public void Cancel_WhenAlreadyApproved_IsAnInvalidState()
    {
        var swap = SwapRequest.Offer(Team, Ann, Shift(Ann), Bea, null, Now).Value!;
        swap.Accept(Bea, Now);
        swap.Approve("auto-approval", null, Now);

        var result = swap.Cancel(Ann, Now);

        result.Error!.Code.Should().Be("swap.invalid_state");
        result.Error.Kind.Should().Be(ErrorKind.Conflict);
    }

    [Fact]
    public void Reject_WhenStillOpen_IsAnInvalidState()
    {
        var swap = SwapRequest.Offer(Team, Ann, Shift(Ann), Bea, null, Now).Value!;

        swap.Reject("Sam Super", null, Now).Error!.Code.Should().Be("swap.invalid_state");
    }

    [Fact]
    public void Fail_WhenPendingApproval_RecordsTheRuleMessages()
    {
        var swap = SwapRequest.Trade(Team, Ann, Shift(Ann), Bea, Shift(Bea), null, Now).Value!;
        swap.Accept(Bea, Now);
        swap.AwaitApproval(Now);

        swap.Fail("Bea has 8 h rest", "Sam Super", Now).IsSuccess.Should().BeTrue();

        swap.Status.Should().Be(SwapStatus.Failed);
        swap.FailureReason.Should().Be("Bea has 8 h rest");
    }

    [Fact]
    public void ExpiresAt_WhenTradeShiftStartsFirst_IsTheEarlierStart()
    {
        var early = Now.Plus(Duration.FromHours(2));
        var swap = SwapRequest.Trade(Team, Ann, Shift(Ann), Bea, Shift(Bea, startsAt: early), null, Now).Value!;

        swap.ExpiresAt.Should().Be(early);
    }

    private static SwapShift Shift(EmployeeId owner, bool published = true, Instant? startsAt = null) =>
        new(Guid.NewGuid(), owner, new LocalDate(2026, 11, 23), startsAt ?? Tomorrow, published);
}
