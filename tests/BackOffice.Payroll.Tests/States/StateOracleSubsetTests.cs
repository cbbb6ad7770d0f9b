using BackOffice.Payroll.Taxes.Oracle;
using BackOffice.Payroll.Taxes.States;
using NodaTime;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// A few rows per supported state copied from ../shared/benchmarks/payroll/us-withholding-2020.csv (line numbers cited), so a
/// fresh clone without ../shared still checks real oracle values through the same mapper and calculators.
/// </summary>
public sealed class StateOracleSubsetTests
{
    private static readonly StateWithholdingRegistry Registry = new(StateWithholdingRegistration.CreateCalculators());
    private static readonly StateOracleMapper Mapper = new(Registry);

    [Theory]
    // province, filing_status, allowance, gross_income, expected state: us-withholding-2020.csv line
    [InlineData("CA", "10", 0, 3846, "255.79")] // line 3200
    [InlineData("CA", "10", 1, 1272, "21.73")] // line 3237
    [InlineData("CA", "30", 2, 1923, "16.85")] // line 3726
    [InlineData("CA", "40", 0, 9615, "759.88")] // line 3511
    [InlineData("CA", "10", 0, 192, "0.00")] // line 3196 (below the low-income exemption)
    [InlineData("GA", "10", 0, 192, "0.15")] // line 5043
    [InlineData("GA", "30", 1, 961, "26.32")] // line 5413
    [InlineData("GA", "50", 0, 3846, "201.93")] // line 5507
    [InlineData("NY", "10", 0, 3846, "208.30")] // line 10559
    [InlineData("NY", "10", 1, 8289, "534.11")] // line 10596
    [InlineData("NY", "20", 2, 9615, "643.22")] // line 10735
    [InlineData("NJ", "10", 0, 3846, "179.99")] // line 9587
    [InlineData("NJ", "10", 2, 384, "4.61")] // line 9624
    [InlineData("NJ", "40", 1, 2312, "60.45")] // line 9821
    [InlineData("OH", "10", 0, 3846, "123.04")] // line 10934
    [InlineData("OH", "10", 2, 773, "10.71")] // line 10971
    [InlineData("OH", "10", 5, 76923, "3887.36")] // line 10996
    [InlineData("NC", "10", 0, 3846, "184.00")] // line 8555
    [InlineData("NC", "10", 2, 2312, "91.00")] // line 8592
    [InlineData("NC", "40", 0, 1923, "70.00")] // line 8714
    [InlineData("VA", "10", 0, 192, "0.38")] // line 12383
    [InlineData("VA", "10", 5, 3846, "191.01")] // line 12431
    [InlineData("CO", "10", 0, 3846, "171.00")] // line 3820
    [InlineData("CO", "20", 0, 961, "30.00")] // line 3868
    [InlineData("UT", "10", 1, 3066, "151.77")] // line 12109
    [InlineData("UT", "20", 0, 1535, "61.12")] // line 12186
    [InlineData("KY", "10", 3, 961, "42.95")] // line 6768
    [InlineData("IL", "10", 0, 3846, "190.38")] // line 6492
    [InlineData("IN", "10", 0, 76923, "2484.61")] // line 6501
    [InlineData("MA", "10", 0, 192, "8.87")] // line 7117
    [InlineData("MA", "10", 0, 76923, "3842.30")] // line 7123 (FICA deduction at its $2,000 cap)
    [InlineData("MI", "10", 0, 76923, "3269.23")] // line 7645
    [InlineData("PA", "10", 0, 3846, "118.07")] // line 11699
    [InlineData("TX", "10", 0, 3846, "0.00")] // line 12065
    [InlineData("00", "10", 0, 3846, "0.00")] // line 6 (federal-only row, run as AK)
    public void OracleRow_WhenMappedAndCalculated_MatchesOracleStateColumn(string province, string code, int allowance, int gross, string expected)
    {
        var row = new WithholdingOracleRow(0, "US", province, new LocalDate(2020, 1, 1), 26, code, allowance, 2020, 0m, 0m, 0m, gross, null, decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

        var request = Mapper.Map(row);
        var result = Registry.Find(request.Value!.State)!.Calculate(request.Value);

        result.IsSuccess.Should().BeTrue();
        result.Value!.Amount.Should().Be(row.ExpectedState!.Value);
    }
}
