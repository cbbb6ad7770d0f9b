using System.Globalization;
using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// New York State 2021 (NYS-50-T-NYS 1/21, then 7/21 from 1 July) and 2026 (1/26, with Method III). Every expected value is
/// worked by hand from the published table (the arithmetic is in each comment), never taken from the calculator.
/// Deduction allowance: $7,400 single / $7,950 married, plus $1,000 per IT-2104 allowance, in every edition here.
/// </summary>
public sealed class NewYorkWithholdingTests
{
    private static readonly StateWithholdingRegistry Registry = new(StateWithholdingRegistration.CreateCalculators());

    private static BackOffice.SharedKernel.Result<StateWithholdingResult> Calculate(LocalDate payDate, int periods, decimal wages, string status, int allowances = 0) =>
        Registry.Find("NY")!.Calculate(new StateWithholdingRequest("NY", payDate, periods, wages, status, allowances, 0, 0m));

    private static decimal Withhold(LocalDate payDate, int periods, decimal wages, string status, int allowances = 0)
    {
        var result = Calculate(payDate, periods, wages, status, allowances);
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return result.Value!.Amount;
    }

    private static decimal Money(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    // 1/21, single, biweekly $2,000, 1 allowance: 52,000 - 7,400 - 1,000 = 43,600; over 21,400: 1,042 + 22,200 x 5.97% =
    // 2,367.34; / 26 = 91.05. The 1/20 table (6.09%) would give 1,042 + 1,351.98 = 2,393.98 / 26 = 92.08. The 7/21 edition keeps
    // this row, so a July pay date withholds the same.
    [Theory]
    [InlineData(3, 5)]
    [InlineData(7, 9)]
    public void NewYork2021_WhenSingleBiweekly2000OneAllowance_Withholds91_05(int month, int day) =>
        Withhold(new LocalDate(2021, month, day), 26, 2000m, "S", 1).Should().Be(91.05m);

    // 7/21 (rows below $2,155,350 as in 1/21), married, weekly $3,000, 0 allowances: 156,000 - 7,950 = 148,050; over 107,650:
    // 6,391 + 40,400 x 7.78% = 9,534.12; / 52 = 183.348 -> 183.35.
    [Fact]
    public void NewYork2021_WhenMarriedWeekly3000InAugust_Withholds183_35() =>
        Withhold(new LocalDate(2021, 8, 6), 52, 3000m, "M").Should().Be(183.35m);

    // 1/21, single, weekly $25,000: 1,300,000 - 7,400 = 1,292,600; over 1,127,550: 104,815 + 165,050 x 9.62% = 120,692.81;
    // / 52 = 2,321.0156 -> 2,321.02.
    [Fact]
    public void NewYork2021_WhenSingleAboveTheTopBracketBeforeJuly_UsesThe1_21TopRate() =>
        Withhold(new LocalDate(2021, 3, 5), 52, 25000m, "S").Should().Be(2321.02m);

    // From 1 July 2021 the rows above $1,077,550 single changed (7/21 edition) and were not found: refuse, never reuse 1/21's.
    [Fact]
    public void NewYork2021_WhenSingleAboveTheJulyThreshold_FailsWithNoTable()
    {
        var result = Calculate(new LocalDate(2021, 7, 9), 52, 25000m, "S");

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(StateWithholdingErrors.NoTableCode);
    }

    // The same $25,000 week for a married employee stays below the married threshold: 1,300,000 - 7,950 = 1,292,050; over
    // 1,077,550: 79,338 + 214,500 x 7.65% = 95,747.25; / 52 = 1,841.293 -> 1,841.29.
    [Fact]
    public void NewYork2021_WhenMarriedBelowTheJulyThreshold_StillWithholds() =>
        Withhold(new LocalDate(2021, 7, 9), 52, 25000m, "M").Should().Be(1841.29m);

    // 1/26, single, biweekly $2,000, 1 allowance: 52,000 - 8,400 = 43,600; over 13,900: 586 + 29,700 x 5.40% = 2,189.80;
    // / 26 = 84.223 -> 84.22. The publication's own biweekly Method II table gives (2,000 - 323.10 - 535) x 5.40% = 61.66
    // + 22.54 = 84.20: this engine annualizes (as for every state), which lands 2 cents away here.
    [Fact]
    public void NewYork2026_WhenSingleBiweekly2000OneAllowance_Withholds84_22() =>
        Withhold(new LocalDate(2026, 3, 6), 26, 2000m, "S", 1).Should().Be(84.22m);

    // 1/26, married, weekly $3,000, 2 allowances: 156,000 - 7,950 - 2,000 = 146,050; over 107,650: 5,855 + 38,400 x 7.07% =
    // 8,569.88; / 52 = 164.805 -> 164.81.
    [Fact]
    public void NewYork2026_WhenMarriedWeekly3000TwoAllowances_Withholds164_81() =>
        Withhold(new LocalDate(2026, 3, 6), 52, 3000m, "M", 2).Should().Be(164.81m);

    // Method III (p. 22), a flat rate on the whole annual net wages, not on an excess:
    // single weekly $25,000: (1,300,000 - 7,400) x 10.45% = 135,076.70; / 52 = 2,597.629 -> 2,597.63.
    // married monthly $500,000: (6,000,000 - 7,950) = 5,992,050 >= 5,000,000: x 11.10% = 665,117.55; / 12 = 55,426.4625 -> 55,426.46.
    // single, one annual payment of $25,007,400: 25,000,000 x 11.70% = 2,925,000.00 (the band starts "at" $25,000,000).
    [Theory]
    [InlineData(52, "25000", "S", "2597.63")]
    [InlineData(12, "500000", "M", "55426.46")]
    [InlineData(1, "25007400", "S", "2925000.00")]
    public void NewYork2026_WhenWagesReachMethodIII_TaxesTheWholeAmountAtTheFlatRate(int periods, string wages, string status, string expected) =>
        Withhold(new LocalDate(2026, 3, 6), periods, Money(wages), status).Should().Be(Money(expected));

    // The Method III threshold is "at or above" $1,077,550 (single). One annual payment: 1,084,950 - 7,400 = 1,077,550 exactly ->
    // x 10.45% = 112,603.975 -> 112,603.98. A dollar less stays on Method II: 19,091 + (1,077,549 - 265,400) x 7.35% =
    // 19,091 + 59,692.9515 = 78,783.9515 -> 78,783.95.
    [Theory]
    [InlineData("1084950", "112603.98")]
    [InlineData("1084949", "78783.95")]
    public void NewYork2026_WhenAtTheMethodIIIThreshold_SwitchesExactlyThere(string wages, string expected) =>
        Withhold(new LocalDate(2026, 6, 30), 1, Money(wages), "S").Should().Be(Money(expected));

    [Fact]
    public void SelfCheck_WhenTablesEnumerated_CoversEveryNewYorkEdition() =>
        ((IEnumerable<object[]>)StateTableSelfCheckTests.TableNames()).Select(row => (string)row[0]).Should().Contain(
        [
            "NY 2021 2021-01-01 S", "NY 2021 2021-01-01 M", "NY 2021 2021-07-01 S", "NY 2021 2021-07-01 M",
            "NY 2026 2026-01-01 S", "NY 2026 2026-01-01 M",
        ]);
}
