using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// 2021 and 2026 cases, each worked by hand from the publication's own numbers (shown in the comment), so the expected value
/// does not come from the code under test.
/// </summary>
public sealed class StateWithholdingYearTests
{
    private static readonly StateWithholdingRegistry Registry = new(StateWithholdingRegistration.CreateCalculators());

    private static StateWithholdingRequest Request(string state, int year, int periods, decimal wages, string status = "*", int allowances = 0, int additional = 0) =>
        new(state, new LocalDate(year, 6, 15), periods, wages, status, allowances, additional, 0m);

    private static decimal Withhold(StateWithholdingRequest request)
    {
        var result = Registry.Find(request.State)!.Calculate(request);
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return result.Value!.Amount;
    }

    // DE 44 2021 Method B, single, 0 allowances, biweekly $2,000: 52,000 - 4,601 = 47,399;
    // 1,762.64 + (47,399 - 46,394) x 8.8% = 1,851.08; / 26 = 71.195 -> 71.20.
    [Fact]
    public void California2021_WhenSingleBiweekly2000_Withholds71_20() =>
        Withhold(Request("CA", 2021, 26, 2000m, "S")).Should().Be(71.20m);

    // DE 44 2021, married one income, 3 allowances, biweekly $3,000: 78,000 - 9,202 (two or more allowances) = 68,798;
    // 1,812.84 + (68,798 - 66,842) x 6.6% = 1,941.936; less 3 x 136.40 = 1,532.736; / 26 = 58.95.
    [Fact]
    public void California2021_WhenMarriedThreeAllowances_SubtractsCreditsAndDoubledDeduction() =>
        Withhold(Request("CA", 2021, 26, 3000m, "M", 3)).Should().Be(58.95m);

    // DE 44 2021 Table 1: head of household low-income exemption $30,534; biweekly $1,100 = $28,600 a year -> nothing withheld.
    [Fact]
    public void California2021_WhenWagesBelowLowIncomeExemption_WithholdsNothing() =>
        Withhold(Request("CA", 2021, 26, 1100m, "H")).Should().Be(0m);

    // DE 44 2021 Table 2: each estimated-deduction allowance removes $1,000 of annual wages. Single, biweekly $2,000, 2 such
    // allowances: 47,399 - 2,000 = 45,399; 906.42 + (45,399 - 33,421) x 6.6% = 1,696.968; / 26 = 65.27.
    [Fact]
    public void California2021_WhenEstimatedDeductionAllowancesClaimed_ReducesWages() =>
        Withhold(Request("CA", 2021, 26, 2000m, "S", 0, 2)).Should().Be(65.27m);

    // NJ-WT 2021 rate A: monthly $100,000 = $1,200,000 a year; 82,180 + 200,000 x 11.8% = 105,780; / 12 = 8,815.00.
    // The 1/2020 table (9.9% up to $5M) gives 32,680 + 700,000 x 9.9% = 101,980; / 12 = 8,498.33.
    [Theory]
    [InlineData(2021, "8815.00")]
    [InlineData(2020, "8498.33")]
    public void NewJersey_WhenMillionaireWages_UsesTheTableOfThePayDatesYear(int year, string expected) =>
        Withhold(Request("NJ", year, 12, 100000m, "A")).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    // IL-700-T 2021: weekly $1,000, 1 line-1 and 1 line-2 allowance: 52,000 - 2,375 - 1,000 = 48,625 x 4.95% = 2,406.94; / 52 = 46.29.
    [Fact]
    public void Illinois2021_WhenOneAllowanceOnEachLine_Withholds46_29() =>
        Withhold(Request("IL", 2021, 52, 1000m, "*", 1, 1)).Should().Be(46.29m);

    // Form 446 (2021): biweekly $2,000, 2 exemptions: 52,000 - 2 x 4,900 = 42,200 x 4.25% = 1,793.50; / 26 = 68.98.
    [Fact]
    public void Michigan2021_WhenTwoExemptions_Withholds68_98() =>
        Withhold(Request("MI", 2021, 26, 2000m, "*", 2)).Should().Be(68.98m);

    // NC-30 2021, head of household: biweekly $2,000: 52,000 - 16,125 = 35,875 x 5.35% = 1,919.31; / 26 = 73.82 -> $74 (whole dollars).
    [Fact]
    public void NorthCarolina2021_WhenHeadOfHousehold_RoundsToWholeDollars() =>
        Withhold(Request("NC", 2021, 26, 2000m, "H")).Should().Be(74m);

    // Virginia formula: biweekly $2,000, 1 exemption, 1 age/blind: 52,000 - 4,500 - 930 - 800 = 45,770;
    // 720 + (45,770 - 17,000) x 5.75% = 2,374.275; / 26 = 91.32.
    [Fact]
    public void Virginia2021_WhenAgeOrBlindExemptionClaimed_Deducts800() =>
        Withhold(Request("VA", 2021, 26, 2000m, "*", 1, 1)).Should().Be(91.32m);

    // Utah Pub 14: married, biweekly $1,000: 26,000 x 4.95% = 1,287; base allowance 720 - (26,000 - 14,256) x 1.3% = 567.328;
    // 1,287 - 567.328 = 719.672; / 26 = 27.68. Single at biweekly $2,000: the allowance is fully phased out: 2,574 / 26 = 99.00.
    [Theory]
    [InlineData("M", "1000", "27.68")]
    [InlineData("S", "2000", "99.00")]
    public void Utah2021_WhenWagesPassThePhaseOut_ShrinksTheBaseAllowance(string status, string wages, string expected) =>
        Withhold(Request("UT", 2021, 26, decimal.Parse(wages, System.Globalization.CultureInfo.InvariantCulture), status))
            .Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    // Circular M (in force for 2021): biweekly $2,000, 2 exemptions: FICA 52,000 x 7.65% = 3,978 capped at 2,000; exemptions
    // 4,400 + 1,000 = 5,400; (52,000 - 2,000 - 5,400) x 5% = 2,230; / 26 = 85.77.
    [Fact]
    public void Massachusetts2021_WhenTwoExemptions_CapsFicaDeductionAt2000() =>
        Withhold(Request("MA", 2021, 26, 2000m, "*", 2)).Should().Be(85.77m);

    // Kentucky 2026 formula: semimonthly $2,500: 60,000 - 3,360 = 56,640 x 3.5% = 1,982.40; / 24 = 82.60.
    [Fact]
    public void Kentucky2026_WhenSemimonthly2500_Withholds82_60() =>
        Withhold(Request("KY", 2026, 24, 2500m)).Should().Be(82.60m);

    // Form A-4: 2021 elections include 2.7% (27.00 on $1,000); the 2023 form's 2.0% gives 30.00 on $1,500 in 2026.
    [Theory]
    [InlineData(2021, "2.7", "1000", "27.00")]
    [InlineData(2026, "2.0", "1500", "30.00")]
    [InlineData(2026, "3.5%", "2000", "70.00")]
    [InlineData(2026, "0", "2000", "0.00")]
    public void Arizona_WhenPercentageElected_WithholdsThatShareOfGross(int year, string election, string wages, string expected) =>
        Withhold(Request("AZ", year, 26, decimal.Parse(wages, System.Globalization.CultureInfo.InvariantCulture), election))
            .Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Arizona2026_WhenElectingARateOnlyTheOldFormOffered_IsRefused()
    {
        var result = Registry.Find("AZ")!.Calculate(Request("AZ", 2026, 26, 1000m, "2.7"));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(StateWithholdingErrors.UnknownFilingStatusCode);
    }

    // 72 P.S. 7302: 3.07% of compensation; 1,234.56 x 3.07% = 37.90.
    [Fact]
    public void Pennsylvania2026_WhenAnyWages_Withholds3_07Percent() =>
        Withhold(Request("PA", 2026, 26, 1234.56m)).Should().Be(37.90m);

    [Fact]
    public void Texas2026_WhenExtraWithholdingRequested_WithholdsOnlyThat() =>
        Registry.Find("TX")!.Calculate(Request("TX", 2026, 26, 5000m) with { AdditionalWithholding = 10m }).Value!.Amount.Should().Be(10m);
}
