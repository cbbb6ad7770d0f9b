using System.Globalization;
using BackOffice.Payroll.Taxes.Federal;
using BackOffice.Payroll.Taxes.Oracle;
using BackOffice.Payroll.Tests.Support;
using CsvHelper;

namespace BackOffice.Payroll.Tests.Oracle;

/// <summary>The federal column of the tax-year-2020 regression set (../shared/benchmarks/payroll, TimeTrex CE output).</summary>
public sealed class FederalOracleTests
{
    private const int OracleRowCount = 13370; // README section 4

    private readonly FederalWithholdingCalculator calculator = PayrollServices.Get<FederalWithholdingCalculator>();

    [ReferenceFact]
    public void Calculate_WhenRunOverEveryOracleRow_FederalIsWithinOneCentOnAllRows()
    {
        using var reader = new StreamReader(ReferenceData.Require("payroll", "us-withholding-2020.csv"));
        using var csv = new CsvReader(reader, WithholdingOracleCsv.ReaderConfiguration);
        csv.Read();
        csv.ReadHeader();

        var visited = 0;
        var misses = new List<string>();
        var provinces = new HashSet<string>();
        while (csv.Read())
        {
            var (row, _) = WithholdingOracleCsv.Read(csv).Value;
            visited++;
            provinces.Add(row.Province);
            var amount = calculator.Calculate(FederalOracleMapping.Map(row).Value!).Value!.Amount;
            if (Math.Abs(amount - row.ExpectedFederal!.Value) > 0.01m)
            {
                misses.Add($"line {row.LineNumber} ({row.Province} {row.FilingStatusCode}/{row.FederalFormW4Version}): {amount} vs {row.ExpectedFederal}");
            }
        }

        visited.Should().Be(OracleRowCount, "every row is visited, none skipped");
        provinces.Should().HaveCount(52, "the federal column is checked for the federal-only rows (00) and all 51 jurisdictions (50 states and DC)");
        misses.Should().BeEmpty();
    }

    [Theory]
    // A cited in-project subset for checkouts without ../shared: rows of us-withholding-2020.csv (line numbers of
    // that file), columns province, filing_status, allowance, W-4 version, Step 3, Step 4(a), Step 4(b), gross,
    // federal_deduction.
    [InlineData("00", "10", 0, 2020, 0, 0, 1000, 9615, 2215.44)] // line 98
    [InlineData("00", "10", 1, 2019, 0, 10000, 1000, 3846, 620.56)] // line 195: W-4 2019 ignores Step 3/4
    [InlineData("00", "10", 1, 2020, 2500, 0, 1000, 1923, 65.16)] // line 292
    [InlineData("00", "10", 5, 2019, 0, 0, 0, 76923, 26733.28)] // line 680
    [InlineData("00", "10", 5, 2020, 0, 10000, 0, 9615, 2363.52)] // line 777
    [InlineData("00", "20", 0, 2019, 2500, 0, 0, 3846, 421.58)] // line 874
    [InlineData("00", "20", 0, 2020, 2500, 10000, 0, 1923, 51.11)] // line 971
    [InlineData("00", "20", 1, 2019, 5000, 0, 0, 961, 33.79)] // line 1068
    [InlineData("00", "20", 3, 2019, 0, 0, 0, 961, 0.72)] // line 1348
    [InlineData("00", "40", 0, 2020, 5000, 10000, 1000, 3846, 358.50)] // line 1847
    [InlineData("00", "40", 2, 2019, 0, 0, 0, 1923, 133.84)] // line 2021
    [InlineData("GA", "30", 1, 2020, 0, 0, 0, 384, 0.00)] // line 5412: code 30 falls back to federal Single
    [InlineData("NJ", "50", 0, 2020, 0, 0, 0, 3846, 580.87)] // line 9987: code 50 falls back to federal Single
    public void Calculate_WhenGivenCitedOracleRows_FederalIsWithinOneCent(
        string province, string code, int allowance, int w4, int dependents, int otherIncome, int deductions, int gross, double expected)
    {
        var date = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("MM/dd/yy").Parse("01/01/20").Value;
        var row = new Taxes.Oracle.WithholdingOracleRow(0, "US", province, date, 26, code, allowance, w4, dependents, otherIncome, deductions, gross, (decimal)expected, null);

        var amount = calculator.Calculate(FederalOracleMapping.Map(row).Value!).Value!.Amount;

        amount.Should().BeApproximately(decimal.Parse(expected.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), 0.01m);
    }
}
