using System.Globalization;
using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// NC 2026, NJ 2026 and KY 2021 (issue 5, part B). Each expected value is worked by hand from the publication's own numbers, and
/// the arithmetic is in the comment, so the expected values do not come from the code under test. Kept apart from
/// <see cref="StateWithholdingYearTests"/> so the two helpers' additions merge without conflict.
/// </summary>
public sealed class StateWithholdingPartBYearTests
{
    private static readonly StateWithholdingRegistry Registry = new(StateWithholdingRegistration.CreateCalculators());

    private static StateWithholdingRequest Request(string state, LocalDate payDate, int periods, decimal wages, string status = "*", int allowances = 0) =>
        new(state, payDate, periods, wages, status, allowances, 0, 0m);

    private static decimal Withhold(StateWithholdingRequest request)
    {
        var result = Registry.Find(request.State)!.Calculate(request);
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return result.Value!.Amount;
    }

    private static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    // NC-30 2026 annualized method: head of household, 1 allowance, biweekly $2,000:
    // 2,000 x 26 = 52,000; - 19,125 (line 4, HoH) - 1 x 2,500 (line 5) = 30,375; x 4.09% = 1,242.3375; / 26 = 47.78 -> $48 (nearest whole dollar).
    // Single, 0 allowances, weekly $1,000: 52,000 - 12,750 = 39,250 x 4.09% = 1,605.325; / 52 = 30.87 -> $31.
    // Married, 2 allowances, monthly $5,000: 60,000 - 12,750 - 5,000 = 42,250 x 4.09% = 1,728.025; / 12 = 144.00 -> $144.
    [Theory]
    [InlineData("H", 1, 26, "2000", "48")]
    [InlineData("S", 0, 52, "1000", "31")]
    [InlineData("M", 2, 12, "5000", "144")]
    public void NorthCarolina2026_WhenWithheld_Uses4_09PercentAndWholeDollars(string status, int allowances, int periods, string wages, string expected) =>
        Withhold(Request("NC", new LocalDate(2026, 3, 13), periods, Dec(wages), status, allowances)).Should().Be(Dec(expected));

    // The 4.09% withholding rate is the 2026 NC-30's own. The 2021 table (5.35%) must still serve 2021 pay dates: HoH biweekly $2,000:
    // 52,000 - 16,125 = 35,875 x 5.35% = 1,919.3125; / 26 = 73.82 -> $74 (NC-30 2021).
    [Fact]
    public void NorthCarolina_WhenPayDateIn2021_StillUsesThe2021Rate() =>
        Withhold(Request("NC", new LocalDate(2021, 12, 31), 26, 2000m, "H")).Should().Be(74m);

    // 42A003(T) 2021: 5% after a $2,690 standard deduction. Semimonthly $2,500: 60,000 - 2,690 = 57,310 x 5% = 2,865.50; / 24 = 119.3958 -> 119.40.
    // Same wages under the 2020 formula ($2,650): 57,350 x 5% = 2,867.50 / 24 = 119.4792 -> 119.48, so the year's deduction is really used.
    [Theory]
    [InlineData(2021, "119.40")]
    [InlineData(2020, "119.48")]
    public void Kentucky_WhenSemimonthly2500_UsesThatYearsStandardDeduction(int year, string expected) =>
        Withhold(Request("KY", new LocalDate(year, 7, 15), 24, 2500m)).Should().Be(Dec(expected));

    // NJ-WT 2026 rate table B, biweekly $3,000, 2 allowances: 78,000 - 2,000 = 76,000; over 70,000: 1,440 + 6,000 x 3.9% = 1,674; / 26 = 64.3846 -> 64.38.
    // Rate table A, monthly $100,000: 1,200,000; over 1,000,000: 82,180 + 200,000 x 11.8% = 105,780; / 12 = 8,815.00.
    [Theory]
    [InlineData("B", 2, 26, "3000", "64.38")]
    [InlineData("A", 0, 12, "100000", "8815.00")]
    public void NewJersey2026_WhenRateTableAOrB_WithholdsFromTheAnnualTable(string table, int allowances, int periods, string wages, string expected) =>
        Withhold(Request("NJ", new LocalDate(2026, 5, 1), periods, Dec(wages), table, allowances)).Should().Be(Dec(expected));

    // Rate tables C-E were not found for 2026; a request for one must fail loudly rather than borrow the 2021 table.
    [Theory]
    [InlineData("C")]
    [InlineData("D")]
    [InlineData("E")]
    public void NewJersey2026_WhenRateTableNotTranscribed_FailsWithUnknownFilingStatus(string table)
    {
        var result = Registry.Find("NJ")!.Calculate(Request("NJ", new LocalDate(2026, 5, 1), 26, 3000m, table));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(StateWithholdingErrors.UnknownFilingStatusCode);
    }

    // The state-years this part left out (docs/payroll-states.md, "Not done") must keep failing with no_table, never withhold 0.
    [Theory]
    [InlineData("OH", 2026, "*")]
    [InlineData("OH", 2021, "*")]
    [InlineData("UT", 2026, "S")]
    public void LeftOutStateYear_WhenRequested_FailsWithNoTable(string state, int year, string status)
    {
        var result = Registry.Find(state)!.Calculate(Request(state, new LocalDate(year, 10, 1), 26, 2000m, status));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(StateWithholdingErrors.NoTableCode);
    }

    [Fact]
    public void SelfCheck_WhenTablesEnumerated_CoversTheNewNewJersey2026Tables() =>
        ((IEnumerable<object[]>)StateTableSelfCheckTests.TableNames()).Select(row => (string)row[0]).Should()
            .Contain(["NJ 2026 2026-01-01 A", "NJ 2026 2026-01-01 B"]);
}
