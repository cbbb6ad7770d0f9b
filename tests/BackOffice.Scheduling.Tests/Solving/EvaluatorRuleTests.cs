using BackOffice.Scheduling.Solving.Evaluation;
using BackOffice.Scheduling.Solving.Model;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Solving;

/// <summary>
/// Each evaluator rule on tiny hand-made rosters. Expected values are worked out by hand from the rules in
/// ../shared/benchmarks/nrp/README.md ("Rules"), which these tests restate in their names.
/// </summary>
public sealed class EvaluatorRuleTests
{
    private static IReadOnlyList<Violation> Violations(IHardRosterRule rule, RosterProblem problem, string pattern) =>
        rule.Check(problem, RosterBuilder.Row(problem, pattern)).ToList();

    [Fact]
    public void Availability_WhenWorkingADayOff_IsViolated()
    {
        var problem = new RosterBuilder().WithEmployee(e => e with { DaysOff = new HashSet<int> { 2 } }).Build();

        Violations(new AvailabilityRule(), problem, "EEE----").Should().ContainSingle().Which.Message.Should().Contain("day 2");
        Violations(new AvailabilityRule(), problem, "EE-E---").Should().BeEmpty();
    }

    [Fact]
    public void Availability_WhenWorkingAShiftOutsideAvailability_IsViolated()
    {
        var problem = new RosterBuilder().WithEmployee(e => e with { UnavailableShifts = new HashSet<(int, int)> { (1, 1) } }).Build();

        Violations(new AvailabilityRule(), problem, "-L-----").Should().ContainSingle().Which.Message.Should().Contain("availability");
        Violations(new AvailabilityRule(), problem, "-E-----").Should().BeEmpty();
    }

    [Fact]
    public void ForbiddenSuccession_WhenEarlyFollowsLate_IsViolated()
    {
        var problem = new RosterBuilder().Build();

        Violations(new ForbiddenSuccessionRule(), problem, "LE-----").Should().ContainSingle();
        Violations(new ForbiddenSuccessionRule(), problem, "NL-----").Should().ContainSingle();
    }

    [Fact]
    public void ForbiddenSuccession_WhenLaterFollowsEarlierOrADayOffIntervenes_IsNotViolated()
    {
        var problem = new RosterBuilder().Build();

        Violations(new ForbiddenSuccessionRule(), problem, "ELN-E--").Should().BeEmpty();
        Violations(new ForbiddenSuccessionRule(), problem, "L-E----").Should().BeEmpty();
    }

    [Fact]
    public void MaxShiftsPerType_WhenOneTypeExceedsItsCap_IsViolated()
    {
        var problem = new RosterBuilder().WithEmployee(e => e with { MaxShiftsPerType = [99, 99, 2] }).Build();

        Violations(new MaxShiftsPerTypeRule(), problem, "NN--N--").Should().ContainSingle().Which.Message.Should().Contain("3 N shifts (max 2)");
        Violations(new MaxShiftsPerTypeRule(), problem, "NN--EEE").Should().BeEmpty();
    }

    [Fact]
    public void MaxTotalShifts_WhenMoreShiftsThanTheContractDays_IsViolated()
    {
        var problem = new RosterBuilder().WithEmployee(e => e with { MaxTotalShifts = 5 }).Build();

        Violations(new MaxTotalShiftsRule(), problem, "EEEEEE-").Should().ContainSingle();
        Violations(new MaxTotalShiftsRule(), problem, "EEEEE--").Should().BeEmpty();
    }

    [Fact]
    public void TotalMinutes_WhenBelowMinimumOrAboveMaximum_IsViolated()
    {
        // 4 shifts × 480 = 1,920 minutes.
        var problem = new RosterBuilder().WithEmployee(e => e with { MinTotalMinutes = 2000, MaxTotalMinutes = 2400 }).Build();

        Violations(new TotalMinutesRule(), problem, "EEEE---").Should().ContainSingle().Which.Message.Should().Contain("below the minimum of 2,000");
        Violations(new TotalMinutesRule(), problem, "EEEEEE-").Should().ContainSingle().Which.Message.Should().Contain("above the maximum of 2,400");
        Violations(new TotalMinutesRule(), problem, "EEEEE--").Should().BeEmpty();
    }

    [Fact]
    public void WeeklyMaxMinutes_WhenOneWeekExceedsTheContractMaximum_IsViolated()
    {
        // Week 1 = days 0–6 (5 shifts, 2,400), week 2 = days 7–13 (6 shifts, 2,880 > 2,640).
        var problem = new RosterBuilder().WithDays(14).WithEmployee(e => e with { MaxMinutesPerWeek = 2640 }).Build();

        Violations(new WeeklyMaxMinutesRule(), problem, "EEEEE--EEEEEE-").Should().ContainSingle().Which.Message.Should().Contain("week 2");
    }

    [Fact]
    public void MaxConsecutiveShifts_WhenARunIsTooLong_IsViolated()
    {
        var problem = new RosterBuilder().WithEmployee(e => e with { MaxConsecutiveShifts = 3 }).Build();

        Violations(new MaxConsecutiveShiftsRule(), problem, "EEEE---").Should().ContainSingle();
        Violations(new MaxConsecutiveShiftsRule(), problem, "EEE-EEE").Should().BeEmpty();
    }

    [Fact]
    public void MinConsecutiveShifts_WhenAShortRunIsInsideTheHorizon_IsViolated()
    {
        var problem = new RosterBuilder().WithEmployee(e => e with { MinConsecutiveShifts = 2 }).Build();

        Violations(new MinConsecutiveShiftsRule(), problem, "--E----").Should().ContainSingle();
    }

    [Fact]
    public void MinConsecutiveShifts_WhenTheShortRunTouchesTheHorizonEdge_IsNotViolated()
    {
        // README: "a run cut by the horizon edge is not penalized".
        var problem = new RosterBuilder().WithEmployee(e => e with { MinConsecutiveShifts = 3 }).Build();

        Violations(new MinConsecutiveShiftsRule(), problem, "E-----E").Should().BeEmpty();
    }

    [Fact]
    public void MinConsecutiveDaysOff_WhenAShortBreakIsInsideTheHorizon_IsViolated()
    {
        var problem = new RosterBuilder().WithEmployee(e => e with { MinConsecutiveDaysOff = 2 }).Build();

        Violations(new MinConsecutiveDaysOffRule(), problem, "EE-EEEE").Should().ContainSingle();
        Violations(new MinConsecutiveDaysOffRule(), problem, "-EE--EE").Should().BeEmpty();
        Violations(new MinConsecutiveDaysOffRule(), problem, "EEEEEE-").Should().BeEmpty();
    }

    [Fact]
    public void MaxWeekends_WhenEitherDayOfAWeekendIsWorked_CountsThatWeekendOnce()
    {
        // Day 0 is a Monday: weekends are days 5–6 and 12–13. Saturday and Sunday of one weekend count once.
        var problem = new RosterBuilder().WithDays(14).WithEmployee(e => e with { MaxWeekends = 1 }).Build();

        Violations(new MaxWeekendsRule(), problem, "-----EE-------").Should().BeEmpty();
        Violations(new MaxWeekendsRule(), problem, "-----E------E-").Should().ContainSingle().Which.Message.Should().Contain("2 weekends (max 1)");
    }

    [Fact]
    public void MaxWeekends_WhenTheHorizonStartsOnASunday_CountsThatLoneSunday()
    {
        var problem = new RosterBuilder().WithDays(7, IsoDayOfWeek.Sunday).WithEmployee(e => e with { MaxWeekends = 1 }).Build();

        // Day 0 is a Sunday (its Saturday is before the horizon) and day 6 the next Saturday.
        problem.Weekends.Should().BeEquivalentTo(new[] { new[] { 0 }, new[] { 6 } });
        Violations(new MaxWeekendsRule(), problem, "E-----E").Should().ContainSingle();
    }

    [Fact]
    public void LockedAssignment_WhenChanged_IsViolated()
    {
        var problem = new RosterBuilder().WithReference(new ReferenceAssignment(0, 1, 0, null)).WithReference(new ReferenceAssignment(0, 3, null, null)).Build();

        Violations(new LockedAssignmentRule(), problem, "-E-----").Should().BeEmpty();
        Violations(new LockedAssignmentRule(), problem, "-L-E---").Should().HaveCount(2);
    }

    [Fact]
    public void ShiftRequests_WhenAnOnRequestIsMissedAndAnOffRequestIgnored_CostBothWeights()
    {
        var problem = new RosterBuilder()
            .WithRequest(new ShiftRequest(0, 0, 0, 3, On: true))   // wants E on day 0: missed (works L) → 3
            .WithRequest(new ShiftRequest(0, 1, 1, 2, On: false))  // wants no L on day 1: works L → 2
            .WithRequest(new ShiftRequest(0, 2, null, 5, On: false)) // wants day 2 off: is off → 0
            .Build();

        new ShiftRequestCost().Cost(problem, RosterBuilder.Row(problem, "LL-----")).Should().Be(5);
    }

    [Fact]
    public void DayShiftCover_WhenShortAndOver_CostsEachPersonTheirWeight()
    {
        var problem = new RosterBuilder()
            .WithCover(new DayShiftCover(0, 0, 2, 100, 1)) // E day 0: 1 of 2 → 1 short → 100
            .WithCover(new DayShiftCover(1, 0, 0, 100, 7)) // E day 1: 1 of 0 → 1 over → 7
            .Build();

        new DayShiftCoverCost().Cost(problem, RosterBuilder.Row(problem, "EE-----")).Should().Be(107);
    }

    [Fact]
    public void IntervalCover_WhenTheOnlyPersonIsOnTheirUnpaidBreak_CountsNobody()
    {
        // One 8.5 h shift 07:00–15:30 with a 30-minute unpaid break at 11:00. Day 0 intervals of 30 minutes.
        var problem = new RosterBuilder()
            .WithShifts(new ShiftType("D", 7 * 60, 480, 30, 240))
            .WithInterval(new IntervalCover(10 * 60 + 30, 30, 1, 100, 5)) // 10:30: present → 0
            .WithInterval(new IntervalCover(11 * 60, 30, 1, 100, 5))      // 11:00: on break → short 1 → 100
            .WithInterval(new IntervalCover(15 * 60, 30, 0, 100, 5))      // 15:00: present, none wanted → over 1 → 5
            .WithInterval(new IntervalCover(15 * 60 + 30, 30, 0, 100, 5)) // 15:30: gone → 0
            .Build();

        new IntervalCoverCost().Cost(problem, RosterBuilder.Row(problem, "D------")).Should().Be(105);
    }

    [Fact]
    public void IntervalCover_WhenAShiftCrossesMidnight_CoversTheNextDaysEarlyIntervals()
    {
        var problem = new RosterBuilder()
            .WithInterval(new IntervalCover(1440 + 60, 60, 1, 100, 5)) // day 1, 01:00–02:00: covered by day 0's N (23:00–07:00)
            .Build();

        new IntervalCoverCost().Cost(problem, RosterBuilder.Row(problem, "N------")).Should().Be(0);
        new IntervalCoverCost().Cost(problem, RosterBuilder.Row(problem, "-N-----")).Should().Be(100);
    }

    [Fact]
    public void WeeklyOvertime_WhenMinutesExceedTheThreshold_CostsEachExtraMinute()
    {
        // 6 shifts = 2,880 minutes; threshold 2,400 → 480 overtime minutes × 2.
        var problem = new RosterBuilder().WithEmployee(e => e with { OvertimeThresholdMinutesPerWeek = 2400, OvertimeWeightPerMinute = 2 }).Build();

        new WeeklyOvertimeCost().Cost(problem, RosterBuilder.Row(problem, "EEEEEE-")).Should().Be(960);
        new WeeklyOvertimeCost().Cost(problem, RosterBuilder.Row(problem, "EEEEE--")).Should().Be(0);
    }

    [Fact]
    public void ChangeCost_WhenAPublishedAssignmentMoves_CostsItsWeight()
    {
        var problem = new RosterBuilder()
            .WithReference(new ReferenceAssignment(0, 0, 0, 4))    // was E: now L → 4
            .WithReference(new ReferenceAssignment(0, 1, null, 6)) // was off: still off → 0
            .WithReference(new ReferenceAssignment(0, 2, 1, 9))    // was L: still L → 0
            .Build();

        new ChangeCost().Cost(problem, RosterBuilder.Row(problem, "L-L----")).Should().Be(4);
    }

    [Fact]
    public void Evaluate_WhenRulesAreBrokenAndCostsIncurred_ReportsBothAndSumsTheObjective()
    {
        var problem = new RosterBuilder()
            .WithEmployee(e => e with { MaxConsecutiveShifts = 2 })
            .WithRequest(new ShiftRequest(0, 3, 0, 3, On: true))
            .WithCover(new DayShiftCover(0, 0, 1, 100, 1))
            .Build();

        // "EEE----": 3 in a row (max 2) is a violation; the request on day 3 is missed (3); day-0 cover met (0).
        var evaluation = RosterEvaluator.Evaluate(problem, RosterBuilder.Row(problem, "EEE----"));

        evaluation.Feasible.Should().BeFalse();
        evaluation.Violations.Should().ContainSingle().Which.Rule.Should().Be("max-consecutive-shifts");
        evaluation.Objective.Should().Be(3);
    }
}
