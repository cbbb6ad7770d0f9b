using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Taxes.MultiState;
using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Calculators;
using BackOffice.Payroll.Tests.Support;
using NodaTime;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// An employee with no state certificate on file is withheld as the state's form prescribes for that case. The bench found
/// Arizona refusing it: the oracle mapper rightly refuses every AZ regression row (the generator never set an A-4 election),
/// so the core fell back to an empty status that the Arizona calculator did not know.
/// </summary>
public sealed class DefaultCertificateTests
{
    private static readonly LocalDate PayDate2020 = new(2020, 3, 13);

    public static TheoryData<string> SupportedStates()
    {
        var data = new TheoryData<string>();
        foreach (var state in PayrollServices.Get<StateWithholdingRegistry>().SupportedStates.Order(StringComparer.Ordinal))
        {
            data.Add(state);
        }

        return data;
    }

    private static MultiStateRequest WorkAndLiveIn(string state, decimal wages) =>
        new(PayDate2020, 26, wages, [new StateWageAllocationDto(state, 80m, wages)], state, []);

    [Theory]
    [MemberData(nameof(SupportedStates))]
    public void Calculate_WhenNoCertificateOnFileIn2020_WithholdsForEverySupportedState(string state)
    {
        var result = PayrollServices.Get<MultiStateWithholding>().Calculate(WorkAndLiveIn(state, 2000m));

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        result.Value!.Should().ContainSingle(l => l.State == state).Which.Source.Should().NotBeNullOrWhiteSpace();
    }

    // Arizona DOR, Form A-4 (2020): "If you do not file this form, your employer must withhold Arizona income tax at
    // 2.7% of your gross taxable wages." Biweekly $2,000 x 2.7% = $54.00.
    [Fact]
    public void Calculate_WhenArizonaEmployeeHasNoA4In2020_WithholdsTheFormDefault2_7Percent()
    {
        var result = PayrollServices.Get<MultiStateWithholding>().Calculate(WorkAndLiveIn("AZ", 2000m));

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        result.Value!.Single().Amount.Should().Be(54.00m);
    }

    // Arizona DOR, Form A-4 (rev. 2023), in use for 2026: with no A-4 on file the employer withholds 2.0% of gross taxable
    // wages. Biweekly $2,000 x 2.0% = $40.00.
    [Fact]
    public void Calculate_WhenArizonaStatusIsEmptyIn2026_UsesTheRev2023FormDefault2Percent()
    {
        var result = new ArizonaWithholding().Calculate(new StateWithholdingRequest("AZ", new LocalDate(2026, 3, 13), 26, 2000m, string.Empty, 0, 0, 0m));

        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        result.Value!.Amount.Should().Be(40.00m);
    }

    // Form A-4 (2020) lists 0.8, 1.3, 1.8, 2.7, 3.6, 4.2 and 5.1%: an unlisted election is still refused, the default only
    // stands in for a missing certificate.
    [Fact]
    public void Calculate_WhenArizonaElectionIsNotOnTheForm_RefusesWithUnknownFilingStatus()
    {
        var result = new ArizonaWithholding().Calculate(new StateWithholdingRequest("AZ", PayDate2020, 26, 2000m, "2.5", 0, 0, 0m));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("state_withholding.unknown_filing_status");
    }
}
