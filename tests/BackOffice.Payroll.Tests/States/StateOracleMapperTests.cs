using BackOffice.Payroll.Taxes.Oracle;
using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Engine;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.Payroll.Tests.States;

/// <summary>The README section 2 feeding rules (../shared/benchmarks/payroll/README.md), one per special case.</summary>
public sealed class StateOracleMapperTests
{
    private static readonly StateOracleMapper Mapper = new(new StateWithholdingRegistry(StateWithholdingRegistration.CreateCalculators()));

    private static WithholdingOracleRow Row(string province, string code, int allowance = 2) =>
        new(7, "US", province, new LocalDate(2020, 1, 1), 26, code, allowance, 2020, 0m, 0m, 0m, 1000m, null, null);

    [Theory]
    [InlineData("GA", "10", "A")]
    [InlineData("GA", "20", "D")]
    [InlineData("GA", "30", "C")]
    [InlineData("GA", "40", "B")]
    [InlineData("GA", "50", "E")]
    [InlineData("CA", "20", "S")]
    [InlineData("CA", "30", "M")]
    [InlineData("NJ", "30", "C")]
    [InlineData("NC", "30", "S")]
    public void Map_WhenStateHasItsOwnStatusCodes_TranslatesTheGeneratorCode(string state, string code, string expected) =>
        Mapper.Map(Row(state, code)).Value!.FilingStatus.Should().Be(expected);

    [Fact]
    public void Map_WhenGeorgia_PutsAllowanceInDependentsAndNoPersonalAllowance()
    {
        var request = Mapper.Map(Row("GA", "10", 3)).Value!;

        request.Allowances.Should().Be(3);
        request.AdditionalAllowances.Should().Be(0);
    }

    [Theory]
    [InlineData("KY")]
    [InlineData("PA")]
    [InlineData("CO")]
    [InlineData("UT")]
    public void Map_WhenStateIgnoresAllowances_PassesZero(string state) =>
        Mapper.Map(Row(state, "10", 5)).Value!.Allowances.Should().Be(0);

    [Theory]
    [InlineData("NY", "40")]
    [InlineData("CO", "40")]
    [InlineData("UT", "40")]
    [InlineData("AZ", "10")]
    public void Map_WhenRowIsADocumentedArtifact_RefusesWithReason(string state, string code)
    {
        var result = Mapper.Map(Row(state, code));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(StateWithholdingErrors.OracleArtifactCode);
        result.Error.Message.Should().Contain("row 7");
    }

    [Fact]
    public void Map_WhenFederalOnlyRow_RunsAsAlaska() =>
        Mapper.Map(Row("00", "20")).Value!.State.Should().Be("AK");

    [Fact]
    public void Map_WhenStateUnsupported_RefusesWithUnsupportedCode() =>
        Mapper.Map(Row("OR", "10")).Error!.Code.Should().Be(StateWithholdingErrors.UnsupportedStateCode);

    [Fact]
    public void Map_WhenCodeHasNoMappingForTheState_Refuses() =>
        Mapper.Map(Row("NY", "30")).Error!.Code.Should().Be(StateWithholdingErrors.UnknownFilingStatusCode);

    [Fact]
    public void AddStateWithholding_WhenResolved_ProvidesRegistryAndMapper()
    {
        using var provider = new ServiceCollection().AddStateWithholding().BuildServiceProvider();

        provider.GetRequiredService<StateWithholdingRegistry>().SupportedStates.Should().HaveCount(25);
        provider.GetRequiredService<IStateOracleMapper>().Should().BeOfType<StateOracleMapper>();
        provider.GetServices<IStateWithholdingCalculator>().Should().HaveCount(25);
    }
}
