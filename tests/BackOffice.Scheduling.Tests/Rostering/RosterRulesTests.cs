using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Rules;
using NodaTime;
using static BackOffice.Scheduling.Tests.Rostering.RuleFixture;

namespace BackOffice.Scheduling.Tests.Rostering;

// Expected values follow from each rule's definition (its XML doc and the site defaults in SiteSchedulingRules) and
// from the IANA tz database for America/Chicago; every figure is worked by hand in the comment next to it.
public sealed class MinimumRestRuleTests
{
    [Fact]
    public void Check_WhenANightShiftIsFollowedByAnAfternoonShift_FlagsSevenAndAHalfHoursOfRest()
    {
        // 22:00 Mon + 8 h 30 min = 06:30 Tue; 06:30 → 14:00 = 7 h 30 min < the site's 11 h.
        var night = Shift(Monday, 22, 0, 510);
        var afternoon = Shift(Monday.PlusDays(1), 14, 0, 480);

        var violations = Check(new MinimumRestRule(), [night, afternoon]);

        var v = violations.Should().ContainSingle().Subject;
        v.Code.Should().Be("rest.too_short");
        v.Severity.Should().Be(ViolationSeverity.Error);
        v.ShiftId.Should().Be(afternoon.Id);
        v.Message.Should().Contain("7 h 30 min").And.Contain("11 h");
    }

    [Fact]
    public void Check_WhenRestIsExactlyTheMinimum_FlagsNothing()
    {
        // 06:30 → 17:30 = 11 h: the rule flags rest strictly below the minimum.
        var violations = Check(new MinimumRestRule(), [Shift(Monday, 22, 0, 510), Shift(Monday.PlusDays(1), 17, 30, 480)]);

        violations.Should().BeEmpty();
    }

    [Fact]
    public void Check_WhenTheNightShiftCrossesTheEndOfDst_MeasuresRestFromTheRealEndInstant()
    {
        // US DST ends Sunday 1 Nov 2026 at 02:00 CDT (clocks go back to 01:00 CST). A shift from 22:00 Sat 31 Oct lasting
        // 9 elapsed hours ends 03:00Z + 9 h = 12:00Z = 06:00 CST, not 07:00. Rest to 16:30 CST (22:30Z) is 10 h 30 min;
        // wall-clock subtraction would have said 9 h 30 min.
        var weekStart = new LocalDate(2026, 10, 26);
        var night = Shift(new LocalDate(2026, 10, 31), 22, 0, 540);
        var next = Shift(new LocalDate(2026, 11, 1), 16, 30, 480);

        var violations = Check(new MinimumRestRule(), [night, next], weekStart: weekStart);

        violations.Should().ContainSingle().Which.Message.Should().Contain("10 h 30 min");
    }

    [Fact]
    public void EndInstant_WhenA2200To0600ShiftCrossesTheEndOfDst_Lasts9ElapsedHours()
    {
        // 22:00 CDT (UTC−5) = 03:00Z; 06:00 CST (UTC−6) = 12:00Z: 9 hours apart.
        var start = new LocalDateTime(2026, 10, 31, 22, 0).InZoneStrictly(Chicago).ToInstant();
        var end = new LocalDateTime(2026, 11, 1, 6, 0).InZoneStrictly(Chicago).ToInstant();
        var shift = RosterShift.Create(Guid.NewGuid(), new ShiftSpec(Agent, new LocalDate(2026, 10, 31), new LocalTime(22, 0), (int)(end - start).TotalMinutes, []), ShiftOrigin.Manual).Value!;

        (end - start).Should().Be(Duration.FromHours(9));
        shift.EndInstant(Chicago).InZone(Chicago).LocalDateTime.Should().Be(new LocalDateTime(2026, 11, 1, 6, 0));
    }

    [Fact]
    public void Check_WhenTheShortRestIsAcrossTheWeekBoundary_PinsItToTheShiftInTheWeek()
    {
        // Sunday before the week 22:00 + 8 h 30 = Monday 06:30; Monday 12:00 start: 5 h 30 min of rest.
        var before = Shift(Monday.PlusDays(-1), 22, 0, 510);
        var monday = Shift(Monday, 12, 0, 480);

        var violations = Check(new MinimumRestRule(), [before, monday]);

        violations.Should().ContainSingle().Which.ShiftId.Should().Be(monday.Id);
    }
}

public sealed class OverlappingShiftsRuleTests
{
    [Fact]
    public void Check_WhenTheSecondShiftStartsBeforeTheFirstEnds_FlagsTheSecond()
    {
        // 09:00 + 8 h = 17:00; the second starts at 16:00.
        var second = Shift(Monday, 16, 0, 240);
        var violations = Check(new OverlappingShiftsRule(), [Shift(Monday, 9, 0, 480), second]);

        violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "shift.overlap" && v.ShiftId == second.Id);
    }

    [Fact]
    public void Check_WhenTheSecondStartsExactlyAtTheEnd_FlagsNothing()
    {
        Check(new OverlappingShiftsRule(), [Shift(Monday, 9, 0, 480), Shift(Monday, 17, 0, 240)]).Should().BeEmpty();
    }
}

public sealed class DailyMaximumRuleTests
{
    [Fact]
    public void Check_WhenTwoShiftsOnOneDayPassTenPaidHours_FlagsTheDay()
    {
        // 5 h 30 + 5 h = 10 h 30 paid on Monday > the site default 10 h.
        var violations = Check(new DailyMaximumRule(), [Shift(Monday, 6, 0, 330), Shift(Monday, 14, 0, 300)]);

        violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "day.over_maximum" && v.Date == Monday && v.Message.Contains("10 h 30 min"));
    }

    [Fact]
    public void Check_WhenUnpaidMealBringsPaidTimeToTheLimit_FlagsNothing()
    {
        // 10 h 30 span with a 30-minute unpaid meal = exactly 10 h paid.
        Check(new DailyMaximumRule(), [Shift(Monday, 7, 0, 630, "300+30u")]).Should().BeEmpty();
    }
}

public sealed class WeeklyContractRuleTests
{
    [Fact]
    public void Check_WhenPaidTimePassesTheContractMaximum_IsAnError()
    {
        // 3 × 8 h = 24 h > a 20 h contract maximum.
        var shifts = Enumerable.Range(0, 3).Select(d => Shift(Monday.PlusDays(d), 9, 0, 480)).ToList();

        var violations = Check(new WeeklyContractRule(), shifts, Profile(maxWeekly: 1200));

        violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "week.over_contract" && v.Severity == ViolationSeverity.Error && v.Message.Contains("24 h"));
    }

    [Fact]
    public void Check_WhenPaidTimeIsBelowTheContractMinimum_IsOnlyAWarning()
    {
        // 8 h < a 20 h contract minimum.
        var violations = Check(new WeeklyContractRule(), [Shift(Monday, 9, 0, 480)], Profile(minWeekly: 1200));

        violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "week.under_contract" && v.Severity == ViolationSeverity.Warning);
    }

    [Fact]
    public void Check_WhenShiftsOutsideTheWeekWouldPassTheMaximum_CountsOnlyTheWeek()
    {
        // The previous Sunday's 8 h does not count: 16 h in the week ≤ 20 h.
        var shifts = new[] { Shift(Monday.PlusDays(-1), 9, 0, 480), Shift(Monday, 9, 0, 480), Shift(Monday.PlusDays(1), 9, 0, 480) };

        Check(new WeeklyContractRule(), shifts, Profile(maxWeekly: 1200)).Should().BeEmpty();
    }
}

public sealed class ConsecutiveDaysRuleTests
{
    [Fact]
    public void Check_WhenSevenDaysInARowAgainstTheSiteLimitOfSix_FlagsTheSeventh()
    {
        var shifts = Enumerable.Range(0, 7).Select(d => Shift(Monday.PlusDays(d), 9, 0, 240)).ToList();

        var violations = Check(new ConsecutiveDaysRule(), shifts);

        violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "days.too_many_in_a_row" && v.Date == Monday.PlusDays(6));
    }

    [Fact]
    public void Check_WhenTheRunStartsInThePreviousWeek_CountsAcrossTheBoundary()
    {
        // Previous Sunday + Monday…Saturday = 7 in a row: the 7th is Saturday.
        var shifts = Enumerable.Range(-1, 7).Select(d => Shift(Monday.PlusDays(d), 9, 0, 240)).ToList();

        Check(new ConsecutiveDaysRule(), shifts).Should().ContainSingle().Which.Date.Should().Be(Monday.PlusDays(5));
    }

    [Fact]
    public void Check_WhenTheContractAllowsFewerDays_UsesTheContract()
    {
        // A contract maximum of 3: Monday–Thursday is 4 in a row.
        var shifts = Enumerable.Range(0, 4).Select(d => Shift(Monday.PlusDays(d), 9, 0, 240)).ToList();

        Check(new ConsecutiveDaysRule(), shifts, Profile(maxConsecutive: 3)).Should().ContainSingle().Which.Date.Should().Be(Monday.PlusDays(3));
    }
}

public sealed class BlockedDayRuleTests
{
    [Fact]
    public void Check_WhenAShiftFallsOnApprovedTimeOff_IsAnError()
    {
        var tuesday = Monday.PlusDays(1);
        var shift = Shift(tuesday, 9, 0, 480);
        var profile = Profile(blocked: new Dictionary<LocalDate, DayBlockKind> { [tuesday] = DayBlockKind.TimeOff });

        var violations = Check(new BlockedDayRule(), [Shift(Monday, 9, 0, 480), shift], profile);

        violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v =>
            v.Code == "day.blocked" && v.ShiftId == shift.Id && v.Severity == ViolationSeverity.Error && v.Message.Contains("approved time off"));
    }
}

public sealed class AvailabilityRuleTests
{
    private static readonly AvailabilityWindowRow[] MondayNineToFive = [new() { Day = IsoDayOfWeek.Monday, From = new LocalTime(8, 0), Until = new LocalTime(17, 0) }];

    [Fact]
    public void Check_WhenTheShiftEndsAfterTheWindow_WarnsOnlyAboutThatShift()
    {
        // 09:00 + 8 h = 17:00 fits 08:00–17:00; 10:00 + 8 h = 18:00 does not (on the following Monday).
        var inside = Shift(Monday, 9, 0, 480);
        var late = Shift(Monday.PlusDays(7), 10, 0, 480);

        var violations = Check(new AvailabilityRule(), [inside], Profile(availability: MondayNineToFive));
        var next = Check(new AvailabilityRule(), [late], Profile(availability: MondayNineToFive), weekStart: Monday.PlusDays(7));

        violations.Should().BeEmpty();
        next.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "availability.outside" && v.Severity == ViolationSeverity.Warning);
    }

    [Fact]
    public void Check_WhenTheAgentStatedNoAvailability_FlagsNothing()
    {
        Check(new AvailabilityRule(), [Shift(Monday, 3, 0, 480)]).Should().BeEmpty();
    }

    [Fact]
    public void Check_WhenTheDayHasNoWindow_Warns()
    {
        // The only window is on Monday; a Tuesday shift has none.
        Check(new AvailabilityRule(), [Shift(Monday.PlusDays(1), 9, 0, 240)], Profile(availability: MondayNineToFive)).Should().ContainSingle();
    }
}

public sealed class OvertimeFlagRuleTests
{
    [Fact]
    public void Check_WhenFiveNineHourDaysMake45Hours_WarnsOf5HoursWeeklyOvertime()
    {
        // FLSA: overtime after 40 h a week (29 U.S.C. §207(a)(1)); 5 × 9 h = 45 h → 5 h over.
        var shifts = Enumerable.Range(0, 5).Select(d => Shift(Monday.PlusDays(d), 8, 0, 540)).ToList();

        var violations = Check(new OvertimeFlagRule(), shifts);

        violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v =>
            v.Code == "overtime.weekly" && v.Severity == ViolationSeverity.Warning && v.Message.Contains("45 h") && v.Message.Contains("5 h of overtime"));
    }

    [Fact]
    public void Check_WhenACaliforniaSiteSchedules9HoursInADay_WarnsOfDailyOvertime()
    {
        // Cal. Lab. Code §510: over 8 hours in a workday is overtime. 9 h 30 span − 30 min meal = 9 h paid.
        var site = SiteSchedulingRules.Defaults(new BackOffice.SharedKernel.SiteId(Guid.NewGuid()), "CA");

        var violations = Check(new OvertimeFlagRule(), [Shift(Monday, 8, 0, 570, "240+30u")], site: site);

        violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "overtime.daily" && v.Date == Monday && v.Message.Contains("9 h"));
    }

    [Fact]
    public void Check_WhenATexasSiteSchedules9HoursInADay_HasNoDailyThreshold()
    {
        // Texas has no daily overtime law: only the weekly FLSA threshold applies.
        Check(new OvertimeFlagRule(), [Shift(Monday, 8, 0, 570, "240+30u")]).Should().BeEmpty();
    }
}

public sealed class RosterRuleCheckerTests
{
    [Fact]
    public void Check_WhenAWeekBreaksRestAndTimeOff_ReportsEveryRuleThatApplies()
    {
        var tuesday = Monday.PlusDays(1);
        var profile = Profile(blocked: new Dictionary<LocalDate, DayBlockKind> { [tuesday] = DayBlockKind.Unavailable });

        var violations = RosterRuleChecker.Check(
            new AgentWeek(profile, Monday, [Shift(Monday, 22, 0, 510), Shift(tuesday, 14, 0, 480)]),
            new RuleSettings(Site(), Chicago));

        violations.Select(v => v.Code).Should().BeEquivalentTo("rest.too_short", "day.blocked");
    }
}
