using System.Globalization;
using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// VA 2026 (issue 5, part D). Each expected value is worked by hand from the formula's published numbers, with the arithmetic in
/// the comment, so no expected value comes from the code under test. Kept in its own file so the helpers' additions merge cleanly.
/// </summary>
public sealed class StateWithholdingPartDYearTests
{
    private static readonly StateWithholdingRegistry Registry = new(StateWithholdingRegistration.CreateCalculators());

    private static StateWithholdingRequest Request(string state, LocalDate payDate, int periods, decimal wages, int allowances, int additional) =>
        new(state, payDate, periods, wages, "*", allowances, additional, 0m);

    private static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    // Virginia Employer Withholding Instructions formula, 2026 ($8,750 standard deduction per EY Tax News 2025-1326 and Bloomberg
    // Tax; $930 per exemption, $800 per age/blind exemption; 2% to $3,000, $60 + 3% to $5,000, $120 + 5% to $17,000, $720 + 5.75%):
    // biweekly $2,000, 1 exemption: 52,000 - 8,750 - 930 = 42,320; 720 + 25,320 x 5.75% = 2,175.90; / 26 = 83.688 -> 83.69.
    // weekly $1,000, 0 exemptions, 1 age/blind: 52,000 - 8,750 - 800 = 42,450; 720 + 25,450 x 5.75% = 2,183.375; / 52 = 41.988 -> 41.99.
    // monthly $1,000, 1 exemption: 12,000 - 8,750 - 930 = 2,320 x 2% = 46.40; / 12 = 3.8667 -> 3.87.
    // monthly $700, 0 exemptions: 8,400 - 8,750 < 0 -> 0.00.
    [Theory]
    [InlineData(26, "2000", 1, 0, "83.69")]
    [InlineData(52, "1000", 0, 1, "41.99")]
    [InlineData(12, "1000", 1, 0, "3.87")]
    [InlineData(12, "700", 0, 0, "0.00")]
    public void Virginia2026_WhenWithheld_UsesThe8750StandardDeduction(int periods, string wages, int exemptions, int ageBlind, string expected)
    {
        var result = Registry.Find("VA")!.Calculate(Request("VA", new LocalDate(2026, 4, 3), periods, Dec(wages), exemptions, ageBlind));

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        result.Value!.Amount.Should().Be(Dec(expected));
        result.Value.Source.Should().Contain("8,750");
    }

    // The 2026 table must not leak into 2021: biweekly $2,000, 1 exemption under the $4,500 deduction:
    // 52,000 - 4,500 - 930 = 46,570; 720 + 29,570 x 5.75% = 2,420.275; / 26 = 93.087 -> 93.09.
    [Fact]
    public void Virginia_WhenPayDateIn2021_StillUsesThe4500StandardDeduction() =>
        Registry.Find("VA")!.Calculate(Request("VA", new LocalDate(2021, 12, 31), 26, 2000m, 1, 0)).Value!.Amount.Should().Be(93.09m);

    // Years between the tables (2022-2025) have no transcribed formula and must still refuse rather than borrow 2021's or 2026's.
    [Fact]
    public void Virginia_WhenPayDateIn2025_FailsWithNoTable()
    {
        var result = Registry.Find("VA")!.Calculate(Request("VA", new LocalDate(2025, 10, 1), 26, 2000m, 1, 0));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(StateWithholdingErrors.NoTableCode);
    }

    [Fact]
    public void SelfCheck_WhenTablesEnumerated_CoversVirginia2026() =>
        ((IEnumerable<object[]>)StateTableSelfCheckTests.TableNames()).Select(row => (string)row[0]).Should().Contain(name => name.StartsWith("VA 2026", StringComparison.Ordinal));
}
