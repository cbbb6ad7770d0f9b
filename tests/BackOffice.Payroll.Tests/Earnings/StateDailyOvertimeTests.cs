using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Tests.Support;
using NodaTime;

namespace BackOffice.Payroll.Tests.Earnings;

public sealed class StateDailyOvertimeTests
{
    private readonly IOvertimeCalculator calculator = PayrollServices.Get<IOvertimeCalculator>();

    [Fact]
    public void Calculate_WhenCaliforniaDaysAre10_8_13_8_8At25_Gives40Regular6Overtime1DoubleAndGross1275()
    {
        // Issue 5 worked example under Cal. Labor Code 510(a): day 1: 8 + 2 OT; day 3: 8 + 4 OT + 1 DT;
        // 40 x $25 + 6 x $37.50 + 1 x $50 = $1,000 + $225 + $50 = $1,275.00.
        var week = new TimecardBuilder().InState("CA").WithDays(25m, 10, 8, 13, 8, 8).Build();

        var result = calculator.Calculate(week).Value!;

        result.RegularHours.Should().Be(40m);
        result.OvertimeHours.Should().Be(6m);
        result.DoubleTimeHours.Should().Be(1m);
        result.RegularRate.Should().Be(25.00m);
        result.GrossPay.Should().Be(1275.00m);
        result.AppliedRules.Should().Contain(r => r.StartsWith("CaliforniaDailyOvertimeRule", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_WhenCaliforniaEmployeeWorksAllSevenDays_SeventhDayIsOvertimeThenDoubleTime()
    {
        // Cal. Labor Code 510(a): on the seventh consecutive day of work in a workweek, the first 8 hours at 1.5x and
        // hours over 8 at 2x. Six 6-hour days (36 h, no daily or weekly overtime) then 10 h on day 7:
        // 36 x $20 + 8 x $30 + 2 x $40 = $720 + $240 + $80 = $1,040.00.
        var week = new TimecardBuilder().InState("CA").WithDays(20m, 6, 6, 6, 6, 6, 6, 10).Build();

        var result = calculator.Calculate(week).Value!;

        result.RegularHours.Should().Be(36m);
        result.OvertimeHours.Should().Be(8m);
        result.DoubleTimeHours.Should().Be(2m);
        result.GrossPay.Should().Be(1040.00m);
        result.AppliedRules.Should().Contain(r => r.StartsWith("SeventhConsecutiveDayRule", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_WhenSevenStraightDaysStraddleTwoWorkweeks_NoSeventhDayPremium()
    {
        // Labor Code 510(a) counts the seventh consecutive day "in a workweek": six days in this workweek (the first
        // day off) leave no seventh day, so 10 h on the last day is 8 regular + 2 daily overtime only.
        var week = new TimecardBuilder().InState("CA").WithEntry(1, 6m, 20m).WithEntry(2, 6m, 20m).WithEntry(3, 6m, 20m)
            .WithEntry(4, 6m, 20m).WithEntry(5, 6m, 20m).WithEntry(6, 10m, 20m).Build();

        var result = calculator.Calculate(week).Value!;

        result.OvertimeHours.Should().Be(2m);
        result.DoubleTimeHours.Should().Be(0m);
    }

    [Fact]
    public void Calculate_WhenCaliforniaDailyOvertimeHoursExist_TheyDoNotCountAgainTowardWeekly40()
    {
        // Labor Code 510(a), no pyramiding: five 9-hour days give 40 regular + 5 daily OT; a 6-hour sixth day then
        // passes 40 regular hours, so its 6 hours are weekly OT: 40 regular, 11 OT (not 16).
        var week = new TimecardBuilder().InState("CA").WithDays(20m, 9, 9, 9, 9, 9, 6).Build();

        var result = calculator.Calculate(week).Value!;

        result.RegularHours.Should().Be(40m);
        result.OvertimeHours.Should().Be(11m);
    }

    [Fact]
    public void Calculate_WhenAlaskaEmployeeWorksFour10HourDays_TwoHoursADayAreOvertime()
    {
        // Alaska Stat. 23.10.060(b): hours over 8 a day at 1.5x although the week is only 40 hours: 32 + 8 OT.
        var week = new TimecardBuilder().InState("AK").WithDays(20m, 10, 10, 10, 10).Build();

        var result = calculator.Calculate(week).Value!;

        result.RegularHours.Should().Be(32m);
        result.OvertimeHours.Should().Be(8m);
        result.GrossPay.Should().Be(880.00m); // 40 x $20 + 8 x $10 half-time
    }

    [Fact]
    public void Calculate_WhenTexasEmployeeWorksFour10HourDays_NoOvertime()
    {
        // FLSA only (no Texas daily rule): 40 hours, no overtime.
        var week = new TimecardBuilder().InState("TX").WithDays(20m, 10, 10, 10, 10).Build();

        calculator.Calculate(week).Value!.OvertimeHours.Should().Be(0m);
    }

    [Theory]
    // NRS 608.018(1)(b) with the Labor Commissioner's thresholds: $18.00 from 1 July 2024 (1.5 x $12.00).
    [InlineData(17.99, 8)]
    [InlineData(18.00, 0)]
    public void Calculate_WhenNevadaRateIsAgainstOneAndAHalfTimesMinimumWage_DailyOvertimeOnlyBelowIt(decimal rate, decimal expectedOvertime)
    {
        var week = new TimecardBuilder().InState("NV").WithDays(rate, 10, 10, 10, 10).Build();

        calculator.Calculate(week).Value!.OvertimeHours.Should().Be(expectedOvertime);
    }

    [Fact]
    public void Calculate_WhenNevada2023EmployeeIsOfferedHealthBenefits_LowerTierThresholdApplies()
    {
        // Labor Commissioner release, 31 March 2023: from 1 July 2023 daily overtime below $15.375 (benefits offered)
        // or $16.875 (not offered). At $16.00 only the employee without benefits gets daily overtime.
        var start = new LocalDate(2023, 7, 2);
        var withBenefits = new TimecardBuilder().InState("NV").StartingOn(start).WithDays(16m, 10, 10, 10, 10).WithHealthBenefitsOffered().Build();
        var withoutBenefits = new TimecardBuilder().InState("NV").StartingOn(start).WithDays(16m, 10, 10, 10, 10).Build();

        calculator.Calculate(withBenefits).Value!.OvertimeHours.Should().Be(0m);
        calculator.Calculate(withoutBenefits).Value!.OvertimeHours.Should().Be(8m);
    }

    [Fact]
    public void Calculate_WhenColoradoWorkdayExceeds12Hours_HoursPast12AreOvertime()
    {
        // COMPS Order rule 4.1.1(B): 13 h in a workday -> 1 h overtime; the week's 37 h would give none under FLSA.
        var week = new TimecardBuilder().InState("CO").WithDays(20m, 13, 8, 8, 8).Build();

        calculator.Calculate(week).Value!.OvertimeHours.Should().Be(1m);
    }

    [Fact]
    public void Calculate_WhenColoradoShiftRuns14ConsecutiveHoursAcrossMidnight_TwoHoursAreOvertime()
    {
        // COMPS Order rule 4.1.1(C): over 12 consecutive hours "without regard to the starting and ending time of the
        // workday". A 20:00-10:00 shift books 4 h on day 1 and 10 h on day 2, under 12 in each workday, yet 2 h are
        // overtime because the shift is one stretch of 14 h.
        var oneShift = new TimecardBuilder().InState("CO").WithEntry(0, 4m, 20m, shiftKey: "night-1").WithEntry(1, 10m, 20m, shiftKey: "night-1").Build();
        var twoShifts = new TimecardBuilder().InState("CO").WithEntry(0, 4m, 20m).WithEntry(1, 10m, 20m).Build();

        calculator.Calculate(oneShift).Value!.OvertimeHours.Should().Be(2m);
        calculator.Calculate(twoShifts).Value!.OvertimeHours.Should().Be(0m);
    }
}
