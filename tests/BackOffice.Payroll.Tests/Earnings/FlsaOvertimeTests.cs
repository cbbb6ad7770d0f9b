using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Tests.Support;

namespace BackOffice.Payroll.Tests.Earnings;

public sealed class FlsaOvertimeTests
{
    private readonly IOvertimeCalculator calculator = PayrollServices.Get<IOvertimeCalculator>();

    [Fact]
    public void Calculate_WhenTexasEmployeeWorks46HoursAt12_GrossIs588()
    {
        // 29 CFR 778.110(a): 46 hours at $12 an hour; 40 x $12 = $480 plus 6 x $18 = $108, total $588.
        var week = new TimecardBuilder().InState("TX").WithDays(12m, 8, 8, 8, 8, 8, 6).Build();

        var result = calculator.Calculate(week);

        result.IsSuccess.Should().BeTrue();
        result.Value!.RegularHours.Should().Be(40m);
        result.Value.OvertimeHours.Should().Be(6m);
        result.Value.DoubleTimeHours.Should().Be(0m);
        result.Value.RegularRate.Should().Be(12.00m);
        result.Value.GrossPay.Should().Be(588.00m);
    }

    [Fact]
    public void Calculate_WhenA46DollarProductionBonusIsAdded_RegularRateIs13AndGrossIs637()
    {
        // 29 CFR 778.110(b): 46 h x $12 = $552 plus a $46 bonus = $598; $598 / 46 = $13.00 regular rate;
        // half-time 6 x $6.50 = $39; total $637.
        var week = new TimecardBuilder().InState("TX").WithDays(12m, 8, 8, 8, 8, 8, 6).WithBonus(46m).Build();

        var result = calculator.Calculate(week).Value!;

        result.RegularRate.Should().Be(13.00m);
        result.GrossPay.Should().Be(637.00m);
        result.Lines.Should().ContainSingle(l => l.Code == EarningCodes.OvertimePremium)
            .Which.Amount.Should().Be(39.00m);
        result.Lines.Should().ContainSingle(l => l.Code == EarningCodes.NondiscretionaryBonus)
            .Which.Amount.Should().Be(46.00m);
    }

    [Fact]
    public void Calculate_WhenTwoJobRatesInOneWeek_UsesTheWeightedAverageRegularRate()
    {
        // 29 CFR 778.115, worked example from University of Tennessee MTAS reference MTAS-2096: 40 h x $15 (admin)
        // + 8 h x $9 (janitor) = $672 / 48 h = $14.00; half-time 8 x $7.00 = $56; total $728.00.
        var week = new TimecardBuilder().InState("TX").WithDays(15m, 8, 8, 8, 8, 8).WithEntry(5, 8m, 9m).Build();

        var result = calculator.Calculate(week).Value!;

        result.RegularRate.Should().Be(14.00m);
        result.OvertimeHours.Should().Be(8m);
        result.GrossPay.Should().Be(728.00m);
    }

    [Fact]
    public void Calculate_WhenAShiftDifferentialIsAnotherRate_DifferentialEntersTheRegularRate()
    {
        // 29 CFR 778.110 / 778.115: a differential is part of the regular rate. 40 h x $20 + 5 h x $22 (night
        // differential) = $910 / 45 h = $20.2222...; half-time 5 x $10.1111... = $50.5555... -> $50.56; total $960.56.
        var week = new TimecardBuilder().InState("FL").WithDays(20m, 8, 8, 8, 8, 8).WithEntry(5, 5m, 22m).Build();

        var result = calculator.Calculate(week).Value!;

        result.RegularRate.Should().Be(20.2222m);
        result.GrossPay.Should().Be(960.56m);
    }

    [Fact]
    public void Calculate_WhenNoMoreThan40Hours_PaysStraightTimeOnly()
    {
        // FLSA 7(a)(1): no overtime is due at or below 40 hours, even with a 12-hour day outside the daily-rule states.
        var week = new TimecardBuilder().InState("NY").WithDays(18m, 12, 12, 8, 8).Build();

        var result = calculator.Calculate(week).Value!;

        result.OvertimeHours.Should().Be(0m);
        result.GrossPay.Should().Be(720.00m);
    }

    [Fact]
    public void Calculate_WhenALineEndsOnHalfACent_RoundsThatLineAwayFromZero()
    {
        // Rounding policy (docs/payroll.md): cents, half away from zero, per line. 1 h x $10.125 = $10.125 -> $10.13
        // (banker's rounding would give $10.12).
        var week = new TimecardBuilder().WithDays(10.125m, 1).Build();

        calculator.Calculate(week).Value!.GrossPay.Should().Be(10.13m);
    }

    [Fact]
    public void Calculate_WhenAnEntryFallsOutsideTheWorkweek_FailsWithAStableCode()
    {
        var week = new TimecardBuilder().WithEntry(7, 8m, 15m).Build();

        var result = calculator.Calculate(week);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(PayrollErrorCodes.EntryOutsideWorkweek);
    }

    [Fact]
    public void Calculate_WhenADayHasMoreThan24Hours_FailsWithAStableCode()
    {
        var week = new TimecardBuilder().WithEntry(0, 20m, 15m).WithEntry(0, 5m, 15m).Build();

        calculator.Calculate(week).Error!.Code.Should().Be(PayrollErrorCodes.DayOver24Hours);
    }

    [Fact]
    public void Calculate_WhenTheStateIsNotAUsState_FailsWithAStableCode()
    {
        var week = new TimecardBuilder().InState("XX").WithDays(15m, 8).Build();

        calculator.Calculate(week).Error!.Code.Should().Be(PayrollErrorCodes.InvalidState);
    }
}
