using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Taxes.Federal;
using BackOffice.Payroll.Tests.Support;
using NodaTime;

namespace BackOffice.Payroll.Tests.Federal;

public sealed class FederalWithholdingTests
{
    private static readonly FederalW4Dto Single2020Form = new(W4FormVersion.Form2020OrLater, FederalFilingStatus.Single);

    private readonly FederalWithholdingCalculator calculator = PayrollServices.Get<FederalWithholdingCalculator>();

    [Theory]
    // Issue 5 checks, from the Pub 15-T (2025) annual Single table: ($2,000 x 26 - $8,600) = $43,400;
    // $1,192.50 + 12% x ($43,400 - $18,325) = $4,201.50; / 26 = $161.60 biweekly; $1,000 x 52 gives the same annual
    // amount, / 52 = $80.80 weekly.
    [InlineData(26, 2000, 161.60)]
    [InlineData(52, 1000, 80.80)]
    public void Calculate_WhenPub15T2025SingleNoAdjustments_MatchesTheIssueExamples(int periods, decimal wages, decimal expected)
    {
        var result = calculator.Calculate(new FederalWithholdingRequest(new LocalDate(2025, 6, 13), periods, wages, Single2020Form));

        result.IsSuccess.Should().BeTrue();
        result.Value!.Amount.Should().Be(expected);
    }

    [Fact]
    public void Calculate_WhenStep2BoxIsChecked_UsesTheCheckboxTableWithoutTheLine1gAmount()
    {
        // Pub 15-T (2026) Step 2 checkbox Single table: $2,000 x 26 = $52,000 (line 1g is 0 when checked);
        // row $33,250: $2,900 + 22% x $18,750 = $7,025; / 26 = $270.1923 -> $270.19.
        var w4 = Single2020Form with { MultipleJobs = true };

        calculator.Calculate(new FederalWithholdingRequest(new LocalDate(2026, 1, 9), 26, 2000m, w4)).Value!.Amount.Should().Be(270.19m);
    }

    [Fact]
    public void Calculate_WhenSteps3And4AreFilled_AppliesEachWorksheetLine()
    {
        // Pub 15-T (2026) Worksheet 1A, married filing jointly, biweekly $3,000: 1c $78,000 + 4(a) $1,000 - (4(b) $2,000
        // + 1g $12,900) = $64,100; row $44,100: $2,480 + 12% x $20,000 = $4,880; / 26 = $187.6923; Step 3 $4,000 / 26 =
        // $153.8462; $33.8462 + Step 4(c) $10 = $43.85.
        var w4 = new FederalW4Dto(W4FormVersion.Form2020OrLater, FederalFilingStatus.MarriedFilingJointly,
            DependentsAmount: 4000m, OtherIncome: 1000m, Deductions: 2000m, ExtraWithholding: 10m);

        calculator.Calculate(new FederalWithholdingRequest(new LocalDate(2026, 1, 9), 26, 3000m, w4)).Value!.Amount.Should().Be(43.85m);
    }

    [Fact]
    public void Calculate_WhenDependentsCreditExceedsTheTax_WithholdsOnlyTheExtraAmount()
    {
        // Worksheet 1A line 3c is never below zero: $500 biweekly single 2026 is under the $7,500 zero bracket after
        // line 1g ($13,000 - $8,600 = $4,400), so only Step 4(c) $5.00 remains.
        var w4 = Single2020Form with { DependentsAmount = 2000m, ExtraWithholding = 5m };

        calculator.Calculate(new FederalWithholdingRequest(new LocalDate(2026, 1, 9), 26, 500m, w4)).Value!.Amount.Should().Be(5.00m);
    }

    [Fact]
    public void Calculate_WhenPre2020FormClaimsAllowances_SubtractsTheYearsAllowanceAmount()
    {
        // Pub 15-T (2021) Worksheet 1 line 1k: $4,300 per allowance. Monthly $5,000 single, 2 allowances:
        // $60,000 - $8,600 = $51,400; Single row $44,475: $4,664 + 22% x $6,925 = $6,187.50; / 12 = $515.63.
        var w4 = new FederalW4Dto(W4FormVersion.Pre2020, FederalFilingStatus.Single, Allowances: 2);

        calculator.Calculate(new FederalWithholdingRequest(new LocalDate(2021, 3, 31), 12, 5000m, w4)).Value!.Amount.Should().Be(515.63m);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(24)]
    [InlineData(26)]
    [InlineData(52)]
    [InlineData(260)]
    public void Calculate_WhenAnyPub15TPayFrequency_AnnualizesTheSameWay(int periods)
    {
        // Pub 15-T Worksheet 1A Table 3: the same $52,000 a year withholds the same $4,201.50 a year (2025 Single,
        // see the issue example) at every frequency, up to the per-period cent rounding.
        var perPeriod = 52000m / periods;

        var amount = calculator.Calculate(new FederalWithholdingRequest(new LocalDate(2025, 1, 3), periods, perPeriod, Single2020Form)).Value!.Amount;

        (amount * periods).Should().BeApproximately(4201.50m, 0.005m * periods);
    }

    [Fact]
    public void Calculate_WhenPayFrequencyIsNotInThePublication_FailsWithAStableCode()
    {
        calculator.Calculate(new FederalWithholdingRequest(new LocalDate(2025, 1, 3), 13, 1000m, Single2020Form))
            .Error!.Code.Should().Be(PayrollErrorCodes.InvalidPayFrequency);
    }

    [Fact]
    public void Calculate_WhenTheTaxYearHasNoTables_FailsInsteadOfGuessing()
    {
        calculator.Calculate(new FederalWithholdingRequest(new LocalDate(2023, 6, 1), 26, 1000m, Single2020Form))
            .Error!.Code.Should().Be(PayrollErrorCodes.UnsupportedTaxYear);
    }

    [Fact]
    public void Calculate_WhenEmployeeClaimsExempt_WithholdsNothing()
    {
        var w4 = Single2020Form with { Exempt = true };

        calculator.Calculate(new FederalWithholdingRequest(new LocalDate(2026, 1, 9), 26, 5000m, w4)).Value!.Amount.Should().Be(0m);
    }

    [Fact]
    public void TaxYears_WhenLoaded_CoverTheRequiredYears()
    {
        // Issue 5: at least 2020, 2021 and 2026 (2025 welcome).
        PayrollServices.Get<FederalTaxTables>().TaxYears.Should().BeEquivalentTo([2020, 2021, 2025, 2026]);
    }
}
