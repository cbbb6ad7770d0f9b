using System.Globalization;
using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// The 2021 tables for CO, GA and IN and the 2026 tables for CA, CO, GA, IL, IN, MA and MI. Each expected value is worked
/// by hand from the publication's own numbers (the arithmetic is in the comment) or is a worked example the publication
/// prints; none comes from running the calculator.
/// </summary>
public sealed class WithholdingTables2021And2026Tests
{
    private static readonly StateWithholdingRegistry Registry = new(StateWithholdingRegistration.CreateCalculators());

    private static decimal Withhold(string state, LocalDate payDate, int periods, decimal wages, string status = "*", int allowances = 0, int additional = 0)
    {
        var result = Registry.Find(state)!.Calculate(new StateWithholdingRequest(state, payDate, periods, wages, status, allowances, additional, 0m));
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return result.Value!.Amount;
    }

    private static decimal Money(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    // DE 44 2026 Table 3 ($5,706) and Table 5 (single): biweekly $2,000, 0 allowances: 52,000 - 5,706 = 46,294;
    // 1,124.21 + (46,294 - 41,452) x 6.6% = 1,443.782; / 26 = 55.53.
    [Fact]
    public void California2026_WhenSingleBiweekly2000_Withholds55_53() =>
        Withhold("CA", new LocalDate(2026, 3, 6), 26, 2000m, "S").Should().Be(55.53m);

    // DE 44 Table 1, head of household: biweekly $1,400 = $36,400 a year. 2026: at or below $37,791, nothing is withheld.
    // 2021: above $30,534, so 36,400 - 9,202 = 27,198; 196.64 + (27,198 - 17,876) x 2.2% = 401.724; / 26 = 15.45.
    [Theory]
    [InlineData(2026, "0")]
    [InlineData(2021, "15.45")]
    public void California_WhenHeadOfHouseholdEarns36400_AppliesThatYearsLowIncomeExemption(int year, string expected) =>
        Withhold("CA", new LocalDate(year, 3, 6), 26, 1400m, "H").Should().Be(Money(expected));

    // DR 1098 (rev. 12/2020, 4.55%), whole dollars: single biweekly $1,500: (39,000 - 4,000) x 4.55% = 1,592.50; / 26 = 61.25
    // -> $61. The 2020 rate (4.63%) would give 1,620.50 / 26 = 62.33 -> $62, so the 2021 table is the one in use.
    [Fact]
    public void Colorado2021_WhenSingleBiweekly1500_Withholds61AtThe4_55PercentRate() =>
        Withhold("CO", new LocalDate(2021, 3, 5), 26, 1500m, "S").Should().Be(61m);

    // DR 1098 2021, married filing jointly, weekly $1,000: (52,000 - 8,000) x 4.55% = 2,002; / 52 = 38.50 -> $39 (half away
    // from zero).
    [Fact]
    public void Colorado2021_WhenMarriedWeekly1000_RoundsTheHalfDollarUp() =>
        Withhold("CO", new LocalDate(2021, 3, 5), 52, 1000m, "M").Should().Be(39m);

    // DR 1098 2026 worksheet (rev. 10/21/25): biweekly $2,000. Single/no certificate: (52,000 - 5,500) x 4.40% = 2,046; / 26 =
    // 78.69. Married filing jointly: (52,000 - 11,000) x 4.40% = 1,804; / 26 = 69.38. To the cent (no rounding rule printed).
    [Theory]
    [InlineData("S", "78.69")]
    [InlineData("M", "69.38")]
    public void Colorado2026_WhenBiweekly2000_UsesThe2026AllowancesAnd4_40Percent(string status, string expected) =>
        Withhold("CO", new LocalDate(2026, 3, 6), 26, 2000m, status).Should().Be(Money(expected));

    // Georgia 2021 (the 2020 percentage method): single, biweekly $1,500, 1 personal allowance ($2,700), 1 dependent ($3,000):
    // 39,000 - 4,600 - 2,700 - 3,000 = 28,700; 230 + (28,700 - 7,000) x 5.75% = 1,477.75; / 26 = 56.84.
    [Fact]
    public void Georgia2021_WhenSingleWithPersonalAndDependentAllowance_Withholds56_84() =>
        Withhold("GA", new LocalDate(2021, 3, 5), 26, 1500m, "A", allowances: 1, additional: 1).Should().Be(56.84m);

    // Employer's Withholding Tax Guide 2026 (rev. December 2025), worked example: semimonthly $1,470.83, married filing joint
    // one spouse working (C), 1 dependent: 1,470.83 - 1,000.00 - 166.67 = 304.16 x 0.0519 = $15.79. Annualized as this engine
    // does: 35,299.92 - 24,000 - 4,000 = 7,299.92 x 5.19% = 378.866; / 24 = 15.79.
    [Fact]
    public void Georgia2026_WhenDecember2025GuideExample_Withholds15_79() =>
        Withhold("GA", new LocalDate(2026, 3, 13), 24, 1470.83m, "C", allowances: 1).Should().Be(15.79m);

    // Guide 2026 (rev. June 2026), Example #1: semimonthly $2,000, C, 1 dependent: 2,000 - 1,250 - 208.33 = 541.67 x 0.0499 =
    // $27.03. Example #2: head of household (D), biweekly $935, 2 dependents: 935 - 576.92 - 384.62 < 0, "$0 withheld".
    [Theory]
    [InlineData(24, "2000", "C", 1, "27.03")]
    [InlineData(26, "935", "D", 2, "0")]
    public void Georgia2026_WhenJune2026GuideExamples_ReproduceThePrintedAmounts(int periods, string wages, string status, int dependents, string expected) =>
        Withhold("GA", new LocalDate(2026, 6, 15), periods, Money(wages), status, allowances: dependents).Should().Be(Money(expected));

    // The 4.99% rate applies to pay dates from 11 May 2026 ("can begin withholding at the new rate of 4.99%, starting May 11,
    // 2026"). Single, biweekly $2,000: 10 May: (52,000 - 12,000) x 5.19% = 2,076; / 26 = 79.85. 11 May: (52,000 - 15,000) x
    // 4.99% = 1,846.30; / 26 = 71.01.
    [Theory]
    [InlineData(10, "79.85")]
    [InlineData(11, "71.01")]
    public void Georgia2026_WhenPayDateStraddlesMay11_SwitchesTables(int day, string expected) =>
        Withhold("GA", new LocalDate(2026, 5, day), 26, 2000m, "A").Should().Be(Money(expected));

    // The 2024-and-later G-4 has letters A-D only; the 2020 form's E is refused rather than guessed.
    [Fact]
    public void Georgia2026_WhenStatusIsThePre2024LetterE_ReturnsUnknownStatus()
    {
        var result = Registry.Find("GA")!.Calculate(new StateWithholdingRequest("GA", new LocalDate(2026, 3, 6), 26, 2000m, "E", 0, 0, 0m));

        result.Error!.Code.Should().Be(StateWithholdingErrors.UnknownFilingStatusCode);
    }

    // IL-700-T (R-12/25) automated payroll method, Example B: weekly $800, 2 line-1 and 2 line-2 allowances:
    // 2 x 2,925 + 2 x 1,000 = 7,850; / 52 = 150.96; (800 - 150.96) x 4.95% = $32.13. Annualized: (41,600 - 7,850) x 4.95% =
    // 1,670.625; / 52 = 32.13.
    [Fact]
    public void Illinois2026_WhenBookletExampleB_Withholds32_13() =>
        Withhold("IL", new LocalDate(2026, 3, 6), 52, 800m, "*", allowances: 2, additional: 2).Should().Be(32.13m);

    // Departmental Notice #1 (2021), 3.23%: biweekly $2,000, 1 personal and 2 dependent exemptions:
    // (52,000 - 1,000 - 3,000) x 3.23% = 1,550.40; / 26 = 59.63.
    [Fact]
    public void Indiana2021_WhenOnePersonalTwoDependentExemptions_Withholds59_63() =>
        Withhold("IN", new LocalDate(2021, 3, 5), 26, 2000m, "*", allowances: 1, additional: 2).Should().Be(59.63m);

    // Departmental Notice #1 (R46 / 01-26), p. 3 worked example: weekly $800, 5 personal exemptions (Table A), 3 additional
    // and 1 first-time dependent (Table B, $1,500 each), 2 adopted children (Table C, $3,000 each, passed here as 4 Table B
    // exemptions since the request has no third count): deduction constant $326.92, taxable $473.08 x .0295 = $13.96.
    // Annualized: 41,600 - 5,000 - 8 x 1,500 = 24,600 x 2.95% = 725.70; / 52 = 13.96.
    [Fact]
    public void Indiana2026_WhenNoticeWorkedExample_Withholds13_96() =>
        Withhold("IN", new LocalDate(2026, 3, 6), 52, 800m, "*", allowances: 5, additional: 8).Should().Be(13.96m);

    // Circular M (Rev. 12/25): weekly $25,000, 0 exemptions: 1,300,000 - 2,000 (FICA cap) = 1,298,000; 2026: 55,387.50 +
    // (1,298,000 - 1,107,750) x 9% = 72,510; / 52 = 1,394.42. 2021 (no surtax in withholding): 1,298,000 x 5% = 64,900; / 52 =
    // 1,248.08.
    [Theory]
    [InlineData(2026, "1394.42")]
    [InlineData(2021, "1248.08")]
    public void Massachusetts_WhenAnnualizedWagesPassTheSurtaxThreshold_Adds4PercentFrom2026(int year, string expected) =>
        Withhold("MA", new LocalDate(year, 3, 5), 52, 25000m).Should().Be(Money(expected));

    // Circular M 2026 below the threshold: biweekly $2,000, 2 exemptions: (52,000 - 2,000 - 4,400 - 1,000) x 5% = 2,230;
    // / 26 = 85.77.
    [Fact]
    public void Massachusetts2026_WhenTwoExemptions_Withholds85_77() =>
        Withhold("MA", new LocalDate(2026, 3, 6), 26, 2000m, "*", allowances: 2).Should().Be(85.77m);

    // Form 446 (Rev. 02-26): 4.25%, $5,900 per exemption. Biweekly $2,000, 2 exemptions: (52,000 - 11,800) x 4.25% =
    // 1,708.50; / 26 = 65.71.
    [Fact]
    public void Michigan2026_WhenTwoExemptions_Withholds65_71() =>
        Withhold("MI", new LocalDate(2026, 3, 6), 26, 2000m, "*", allowances: 2).Should().Be(65.71m);
}
