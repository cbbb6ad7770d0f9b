using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Tests.Support;
using NodaTime;

namespace BackOffice.Payroll.Tests.GrossToNet;

/// <summary>
/// The orchestration and the multi-state policy of docs/payroll.md, with flat-rate state test doubles so every expected
/// amount is hand arithmetic over the policy (the real state methods are tested with their own publications).
/// </summary>
public sealed class GrossToNetTests
{
    private static readonly LocalDate PayDate = new(2026, 3, 13);
    private static readonly FederalW4Dto Single = new(W4FormVersion.Form2020OrLater, FederalFilingStatus.Single);

    [Fact]
    public void Calculate_WhenTexasEmployeeWorks46HoursAt12_NetIsGrossLessFederalAndFica()
    {
        // Gross $588.00 (29 CFR 778.110(a)). Federal, weekly, Pub 15-T (2026) Single: $588 x 52 = $30,576 - $8,600 =
        // $21,976; row $19,900: $1,240 + 12% x $2,076 = $1,489.12; / 52 = $28.6369 -> $28.64. Social security 6.2% =
        // $36.456 -> $36.46; Medicare 1.45% = $8.526 -> $8.53. Texas: no income tax (test double at 0%). Net $514.37.
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([new FlatRateStateCalculator("TX", 0m)]);
        var week = new TimecardBuilder().InState("TX").WithDays(12m, 8, 8, 8, 8, 8, 6).Build();

        var result = calculator.Calculate(Request(52, null, week));

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        var pay = result.Value!;
        pay.GrossPay.Should().Be(588.00m);
        pay.FederalIncomeTax.Amount.Should().Be(28.64m);
        pay.Fica.SocialSecurityEmployee.Should().Be(36.46m);
        pay.Fica.MedicareEmployee.Should().Be(8.53m);
        pay.StateIncomeTax.Should().ContainSingle().Which.Amount.Should().Be(0m);
        pay.NetPay.Should().Be(514.37m);
        pay.TotalEmployeeTaxes.Should().Be(73.63m);
    }

    [Fact]
    public void Calculate_WhenHoursAreSplitBetweenTwoStates_WagesAreAllocatedByHours()
    {
        // 24 h in CA and 8 h in AZ at $20 = $640 (no overtime): CA 75% = $480, AZ 25% = $160. No resident state given:
        // each work state withholds on its share (CA double 5% = $24.00, AZ double 2% = $3.20).
        var ca = new FlatRateStateCalculator("CA", 0.05m);
        var az = new FlatRateStateCalculator("AZ", 0.02m);
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([ca, az]);
        var week = new TimecardBuilder().InState("CA").WithDays(20m, 8, 8, 8).WithEntry(3, 8m, 20m, workState: "AZ").Build();

        var pay = calculator.Calculate(Request(52, null, week)).Value!;

        pay.Allocations.Should().BeEquivalentTo([new StateWageAllocationDto("AZ", 8m, 160.00m), new StateWageAllocationDto("CA", 24m, 480.00m)]);
        pay.StateIncomeTax.Should().BeEquivalentTo(
            [
                new { State = "AZ", Basis = StateWithholdingBasis.WorkState, TaxableWages = 160.00m, Amount = 3.20m },
                new { State = "CA", Basis = StateWithholdingBasis.WorkState, TaxableWages = 480.00m, Amount = 24.00m },
            ],
            o => o.ExcludingMissingMembers());
        ca.Requests.Single().PayPeriodsPerYear.Should().Be(52);
    }

    [Fact]
    public void Calculate_WhenAllocationLeavesARoundingCent_TheStateWithMostHoursTakesIt()
    {
        // Allocation policy (docs/payroll.md): $100.00 over three 1-hour states rounds to $33.33 x 3 = $99.99; the
        // remaining cent goes to the state with the most hours, ties alphabetical (AZ): $33.34 + $33.33 + $33.33.
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>(
            [new FlatRateStateCalculator("AZ", 0m), new FlatRateStateCalculator("CA", 0m), new FlatRateStateCalculator("NY", 0m)]);
        var week = new TimecardBuilder().InState("CA").WithEntry(0, 1m, 100m / 3m, "AZ").WithEntry(1, 1m, 100m / 3m, "CA").WithEntry(2, 1m, 100m / 3m, "NY").Build();

        var pay = calculator.Calculate(Request(52, null, week)).Value!;

        pay.GrossPay.Should().Be(100.00m);
        pay.Allocations.Select(a => a.Wages).Should().Equal(33.34m, 33.33m, 33.33m);
    }

    [Fact]
    public void Calculate_WhenPennsylvaniaResidentWorksInNewJersey_ReciprocitySendsTheWagesToPennsylvania()
    {
        // NJ-PA reciprocal agreement (NJ Form NJ-165; PA REV-419 lists IN, MD, NJ, OH, VA, WV): no NJ withholding; PA
        // (double 3.07%) on all $800: $24.56.
        var nj = new FlatRateStateCalculator("NJ", 0.05m);
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([nj, new FlatRateStateCalculator("PA", 0.0307m)]);
        var week = new TimecardBuilder().InState("NJ").WithDays(20m, 8, 8, 8, 8, 8).Build();

        var pay = calculator.Calculate(Request(52, "PA", week)).Value!;

        pay.StateIncomeTax.Should().BeEquivalentTo(
            [
                new { State = "NJ", Basis = StateWithholdingBasis.ReciprocityExempt, TaxableWages = 800.00m, Amount = 0m, Credit = 0m },
                new { State = "PA", Basis = StateWithholdingBasis.ResidentState, TaxableWages = 800.00m, Amount = 24.56m, Credit = 0m },
            ],
            o => o.ExcludingMissingMembers());
        nj.Requests.Should().BeEmpty("a reciprocity-exempt work state is never asked");
    }

    [Fact]
    public void Calculate_WhenResidentStateDiffersWithoutReciprocity_ResidentWithholdsLessACappedCredit()
    {
        // New York resident, 30 h in PA and 10 h in NY at $20 ($800): PA (3.07%) withholds on its $600 = $18.42. NY
        // (double 5%) on all $800 = $40.00, less a credit of min($18.42, $40.00 x 600/800 = $30.00) = $18.42 -> $21.58.
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([new FlatRateStateCalculator("PA", 0.0307m), new FlatRateStateCalculator("NY", 0.05m)]);
        var week = new TimecardBuilder().InState("NY").WithEntry(0, 10m, 20m, "PA").WithEntry(1, 10m, 20m, "PA").WithEntry(2, 10m, 20m, "PA").WithEntry(3, 10m, 20m).Build();

        var pay = calculator.Calculate(Request(52, "NY", week)).Value!;

        pay.StateIncomeTax.Should().BeEquivalentTo(
            [
                new { State = "PA", Basis = StateWithholdingBasis.WorkState, TaxableWages = 600.00m, Amount = 18.42m, Credit = 0m },
                new { State = "NY", Basis = StateWithholdingBasis.ResidentState, TaxableWages = 800.00m, Amount = 21.58m, Credit = 18.42m },
            ],
            o => o.ExcludingMissingMembers());
    }

    [Fact]
    public void Calculate_WhenWorkStateTaxExceedsTheResidentTaxOnThoseWages_CreditIsCapped()
    {
        // Pennsylvania resident (3.07%) working all 40 h in New York (double 6%) on $800: NY $48.00; PA
        // $24.56 on all wages with a credit capped at PA's own tax on the NY wages, $24.56 -> PA withholds $0.00.
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([new FlatRateStateCalculator("PA", 0.0307m), new FlatRateStateCalculator("NY", 0.06m)]);
        var week = new TimecardBuilder().InState("NY").WithDays(20m, 8, 8, 8, 8, 8).Build();

        var pay = calculator.Calculate(Request(52, "PA", week)).Value!;

        pay.StateIncomeTax.Single(s => s.State == "NY").Amount.Should().Be(48.00m);
        pay.StateIncomeTax.Single(s => s.State == "PA").Should().BeEquivalentTo(new { Amount = 0.00m, Credit = 24.56m }, o => o.ExcludingMissingMembers());
    }

    [Fact]
    public void Calculate_WhenAWorkStateHasNoCalculator_FailsWithTheUnsupportedStateCode()
    {
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([new FlatRateStateCalculator("TX", 0m)]);
        var week = new TimecardBuilder().InState("CA").WithDays(20m, 8).Build();

        var result = calculator.Calculate(Request(52, null, week));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(PayrollErrorCodes.UnsupportedState);
        result.Error.Message.Should().Contain("CA");
    }

    [Fact]
    public void Calculate_WhenTheResidentStateHasNoCalculator_FailsRatherThanWithholdingNothing()
    {
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([new FlatRateStateCalculator("TX", 0m)]);
        var week = new TimecardBuilder().InState("TX").WithDays(20m, 8).Build();

        calculator.Calculate(Request(52, "OR", week)).Error!.Code.Should().Be(PayrollErrorCodes.UnsupportedState);
    }

    [Fact]
    public void Calculate_WhenElectionsAreGiven_PassesThemToTheStateCalculator()
    {
        var pa = new FlatRateStateCalculator("PA", 0.0307m);
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([pa]);
        var week = new TimecardBuilder().InState("PA").WithDays(20m, 8).Build();
        var request = Request(26, "PA", week) with { StateElections = [new StateTaxElectionDto("PA", "S", 2, 1, 5m)] };

        calculator.Calculate(request).IsSuccess.Should().BeTrue();

        pa.Requests.Single().Should().BeEquivalentTo(new { State = "PA", PayDate, PayPeriodsPerYear = 26, TaxableWages = 160.00m, FilingStatus = "S", Allowances = 2, AdditionalAllowances = 1, AdditionalWithholding = 5m });
    }

    [Fact]
    public void Calculate_WhenNoCertificateIsOnFile_AsksTheStateMapperForItsSingleNoAllowanceCodes()
    {
        // Policy (docs/payroll.md): no state certificate -> withhold as single with no allowances, expressed in the
        // state's own codes by its oracle mapper for the generic code 10 and allowance 0.
        var pa = new FlatRateStateCalculator("PA", 0.0307m);
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([pa], new PassThroughOracleMapper());
        var week = new TimecardBuilder().InState("PA").WithDays(20m, 8).Build();

        calculator.Calculate(Request(26, null, week)).IsSuccess.Should().BeTrue();

        pa.Requests.Single().Should().BeEquivalentTo(new { FilingStatus = "10", Allowances = 0, TaxableWages = 160.00m });
    }

    [Fact]
    public void Calculate_WhenTwoWorkweeksArePaidTogether_OvertimeIsFiguredPerWorkweek()
    {
        // 29 CFR 778.104: each workweek stands alone. 45 h + 35 h biweekly at $20 gives 5 overtime hours, not 0:
        // 80 x $20 + 5 x $10 = $1,650.00.
        var calculator = PayrollServices.GetWithStates<IGrossToNetCalculator>([new FlatRateStateCalculator("TX", 0m)]);
        var first = new TimecardBuilder().InState("TX").WithDays(20m, 9, 9, 9, 9, 9).Build();
        var second = new TimecardBuilder().InState("TX").StartingOn(new LocalDate(2026, 3, 8)).WithDays(20m, 7, 7, 7, 7, 7).Build();

        var pay = calculator.Calculate(Request(26, null, first) with { Timecards = [first, second] }).Value!;

        pay.Workweeks.Sum(w => w.OvertimeHours).Should().Be(5m);
        pay.GrossPay.Should().Be(1650.00m);
    }

    private static GrossToNetRequestDto Request(int periods, string? resident, TimecardDto week) =>
        new(PayDate, periods, resident, [week], Single, [], new YearToDateDto());
}
