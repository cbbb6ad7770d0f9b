using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Rules;
using BackOffice.Scheduling.Rostering.Swaps;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Rostering.Swaps;

/// <summary>
/// The swap re-check for both agents. Expected rest and hours are worked out by hand from the shift times; the site
/// defaults are 11 h minimum rest and the FLSA 40 h weekly overtime threshold (29 U.S.C. §207(a)(1)).
/// </summary>
public sealed class SwapRuleCheckTests
{
    private static readonly LocalDate Monday = new(2026, 12, 7);
    private static readonly RuleSettings Settings = new(SiteSchedulingRules.Defaults(new SiteId(Guid.NewGuid()), "TX"), DateTimeZoneProviders.Tzdb["America/Chicago"]);
    private static readonly AgentRuleProfile Ann = Agent("Ann Asker");
    private static readonly AgentRuleProfile Bea = Agent("Bea Colleague");

    [Fact]
    public void NewViolations_WhenTradeLeavesColleagueEightHoursRest_ReportsAHardRestViolationNamingTheColleague()
    {
        var wednesday = Monday.PlusDays(2);
        var annEarly = On(Ann, wednesday, 6, 480);          // Wed 06:00–14:00
        var beaLate = On(Bea, wednesday, 14, 480);          // Wed 14:00–22:00
        var beaTuesday = On(Bea, Monday.PlusDays(1), 14, 480); // Tue 14:00–22:00
        var moves = new[] { new SwapMove(annEarly, Ann.Employee, Bea.Employee), new SwapMove(beaLate, Bea.Employee, Ann.Employee) };

        var bea = SwapRuleCheck.NewViolations(Bea, [beaLate, beaTuesday], moves, [Monday], Settings);
        var ann = SwapRuleCheck.NewViolations(Ann, [annEarly], moves, [Monday], Settings);

        // Tue 22:00 → Wed 06:00 is 8 h of rest, below the site's 11 h.
        var rest = bea.Should().ContainSingle().Subject;
        rest.Code.Should().Be("rest.too_short");
        rest.Severity.Should().Be(ViolationSeverity.Error);
        rest.Message.Should().StartWith("Bea Colleague has 8 h rest").And.Contain("requires 11 h");
        ann.Should().BeEmpty();
    }

    [Fact]
    public void NewViolations_WhenTradeSpansTwoWeeks_DoesNotCountTheShiftTheColleagueGivesAway()
    {
        var sunday = Monday.PlusDays(6);
        var nextMonday = Monday.PlusDays(7);
        var annSunday = On(Ann, sunday, 14, 480);     // Sun 14:00–22:00
        var beaMonday = On(Bea, nextMonday, 6, 480);  // next Mon 06:00–14:00
        var trade = new[] { new SwapMove(annSunday, Ann.Employee, Bea.Employee), new SwapMove(beaMonday, Bea.Employee, Ann.Employee) };
        var offerOnly = new[] { new SwapMove(annSunday, Ann.Employee, Bea.Employee) };

        var afterTrade = SwapRuleCheck.NewViolations(Bea, [beaMonday], trade, [Monday, nextMonday], Settings);
        var afterOffer = SwapRuleCheck.NewViolations(Bea, [beaMonday], offerOnly, [Monday], Settings);

        // Bea gives her Monday away in the trade, so nothing follows Sunday 22:00. Taking only the Sunday, she would
        // rest 8 h (Sun 22:00 → Mon 06:00) before her own Monday.
        afterTrade.Should().BeEmpty();
        afterOffer.Should().ContainSingle(v => v.Code == "rest.too_short").Which.Message.Should().Contain("8 h rest");
    }

    [Fact]
    public void NewViolations_WhenColleagueWouldPass40Hours_WarnsOfWeeklyOvertime()
    {
        var week = Enumerable.Range(0, 5).Select(d => On(Bea, Monday.PlusDays(d), 9, 480)).ToList(); // 5 × 8 h = 40 h
        var saturday = On(Ann, Monday.PlusDays(5), 9, 480);

        var violations = SwapRuleCheck.NewViolations(Bea, week, [new SwapMove(saturday, Ann.Employee, Bea.Employee)], [Monday], Settings);

        // 48 h − 40 h = 8 h over the FLSA threshold.
        var overtime = violations.Should().ContainSingle().Subject;
        overtime.Code.Should().Be("overtime.weekly");
        overtime.Severity.Should().Be(ViolationSeverity.Warning);
        overtime.Message.Should().Contain("48 h").And.Contain("8 h of overtime");
    }

    [Fact]
    public void NewViolations_WhenTheProblemWasAlreadyThere_DoesNotBlameTheSwap()
    {
        // Bea already rests only 8 h between Mon 22:00 and Tue 06:00; taking Ann's Thursday does not change that.
        var monLate = On(Bea, Monday, 14, 480);
        var tueEarly = On(Bea, Monday.PlusDays(1), 6, 480);
        var thursday = On(Ann, Monday.PlusDays(3), 9, 480);

        var violations = SwapRuleCheck.NewViolations(Bea, [monLate, tueEarly], [new SwapMove(thursday, Ann.Employee, Bea.Employee)], [Monday], Settings);

        violations.Should().BeEmpty();
    }

    [Fact]
    public void NewViolations_WhenColleagueHasApprovedTimeOffThatDay_IsHard()
    {
        var tuesday = Monday.PlusDays(1);
        var blocked = Bea with { BlockedDays = new Dictionary<LocalDate, DayBlockKind> { [tuesday] = DayBlockKind.TimeOff } };

        var violations = SwapRuleCheck.NewViolations(blocked, [], [new SwapMove(On(Ann, tuesday, 9, 480), Ann.Employee, Bea.Employee)], [Monday], Settings);

        violations.Should().ContainSingle().Which.Code.Should().Be("day.blocked");
    }

    [Fact]
    public void Allows_WhenPolicyOnAndNothingBroken_Approves()
    {
        var rules = Rules(autoApprove: true);

        SwapAutoApprovalPolicy.Allows(rules, Check(), out _).Should().BeTrue();
        SwapAutoApprovalPolicy.Allows(Rules(autoApprove: false), Check(), out var verdict).Should().BeFalse();
        verdict.Should().Contain("supervisor");
    }

    [Fact]
    public void Allows_WhenAnyoneWouldWorkOvertime_NeedsAPerson()
    {
        var overtime = new RuleViolation("overtime.weekly", ViolationSeverity.Warning, Bea.Employee, null, null, "48 h");

        SwapAutoApprovalPolicy.Allows(Rules(autoApprove: true), Check(overtime), out var verdict).Should().BeFalse();
        verdict.Should().Contain("overtime");
    }

    [Fact]
    public void Allows_WhenAHardRuleBreaks_RefusesWithTheMessages()
    {
        var rest = new RuleViolation("rest.too_short", ViolationSeverity.Error, Bea.Employee, Monday, null, "Bea Colleague has 8 h rest");

        SwapAutoApprovalPolicy.Allows(Rules(autoApprove: true), Check(rest), out var verdict).Should().BeFalse();
        verdict.Should().Contain("Bea Colleague has 8 h rest");
    }

    [Fact]
    public void Allows_WhenOnlyBelowTheContractMinimum_StillApproves()
    {
        var under = new RuleViolation("week.under_contract", ViolationSeverity.Warning, Ann.Employee, null, null, "Ann has 32 h");

        SwapAutoApprovalPolicy.Allows(Rules(autoApprove: true), Check(under), out _).Should().BeTrue();
    }

    [Theory]
    [InlineData(2, 4, 2, true)]   // grows by 2, the site tolerates 2
    [InlineData(2, 5, 2, false)]  // grows by 3
    [InlineData(5, 3, 0, true)]   // gets better
    public void Allows_WhenUnderCoverGrows_ComparesWithTheSitesTolerance(int before, int after, int tolerance, bool expected)
    {
        var rules = Rules(autoApprove: true);
        rules.SwapMaxUnderCoverIncrease = tolerance;

        SwapAutoApprovalPolicy.Allows(rules, new SwapCheck([], before, after), out _).Should().Be(expected);
    }

    [Fact]
    public void UnderCover_WhenSomeIntervalsAreShort_SumsOnlyTheShortfall()
    {
        var at = Monday.AtMidnight();
        CoveragePoint[] points = [new(at, 3m, 1m), new(at.PlusMinutes(30), 1m, 2m), new(at.PlusMinutes(60), 2.5m, 2m)];

        // (3 − 1) + 0 + (2.5 − 2) = 2.5 agent-intervals.
        SwapCoverage.UnderCover(points).Should().Be(2.5m);
    }

    [Fact]
    public void Hypothetical_WhenShiftsOnlyChangeHands_KeepsTheTeamsCoverage()
    {
        var week = RosterWeek.Create(new TeamId(Guid.NewGuid()), new SiteId(Guid.NewGuid()), Monday).Value!;
        var shift = week.Add(new ShiftSpec(Ann.Employee, Monday, new LocalTime(9, 0), 480, []), ShiftOrigin.Manual).Value!;
        var required = new Dictionary<LocalDateTime, decimal> { [Monday.At(new LocalTime(9, 0))] = 2m };

        var moved = SwapCoverage.Hypothetical(week, [new SwapMove(new ShiftOnBoard(shift.Id, shift.ToSpec()), Ann.Employee, Bea.Employee)]);

        moved.Shifts.Single().EmployeeId.Should().Be(Bea.Employee);
        week.Shifts.Single().EmployeeId.Should().Be(Ann.Employee, "the real week is untouched");
        SwapCoverage.UnderCover(BackOffice.Scheduling.Rostering.RosterViewBuilder.Coverage(moved, 30, required))
            .Should().Be(SwapCoverage.UnderCover(BackOffice.Scheduling.Rostering.RosterViewBuilder.Coverage(week, 30, required)));
    }

    private static SiteSchedulingRules Rules(bool autoApprove)
    {
        var rules = SiteSchedulingRules.Defaults(new SiteId(Guid.NewGuid()), "TX");
        rules.SwapAutoApprove = autoApprove;
        return rules;
    }

    private static SwapCheck Check(params RuleViolation[] violations) =>
        new([new AgentSwapCheck(Bea.Employee, Bea.Name, violations)], 0m, 0m);

    private static AgentRuleProfile Agent(string name) =>
        new(new EmployeeId(Guid.NewGuid()), name, null, 60 * 60, null, [], new Dictionary<LocalDate, DayBlockKind>());

    private static ShiftOnBoard On(AgentRuleProfile agent, LocalDate date, int hour, int minutes) =>
        new(Guid.NewGuid(), new ShiftSpec(agent.Employee, date, new LocalTime(hour, 0), minutes, []));
}
