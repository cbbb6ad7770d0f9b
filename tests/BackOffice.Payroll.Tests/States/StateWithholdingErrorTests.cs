using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Tests.States;

public sealed class StateWithholdingErrorTests
{
    private static readonly StateWithholdingRegistry Registry = new(StateWithholdingRegistration.CreateCalculators());

    private static StateWithholdingRequest Request(string state, LocalDate payDate, decimal wages = 1000m, string status = "S") =>
        new(state, payDate, 26, wages, status, 0, 0, 0m);

    // No 2026 California low-income table and no 2021 New York table were transcribed: a stable error, never a silent 0.
    [Theory]
    [InlineData("CA", 2026)]
    [InlineData("NY", 2021)]
    [InlineData("GA", 2026)]
    [InlineData("TX", 2019)]
    public void Calculate_WhenNoTableForThePayDatesYear_ReturnsNoTableError(string state, int year)
    {
        var result = Registry.Find(state)!.Calculate(Request(state, new LocalDate(year, 3, 1)));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(StateWithholdingErrors.NoTableCode);
    }

    [Fact]
    public void Calculate_WhenStatusIsNotOnTheStatesCertificate_ReturnsUnknownStatus()
    {
        var result = Registry.Find("CA")!.Calculate(Request("CA", new LocalDate(2020, 3, 1), status: "X"));

        result.Error!.Code.Should().Be(StateWithholdingErrors.UnknownFilingStatusCode);
    }

    [Fact]
    public void Calculate_WhenWagesAreNegative_ReturnsInvalidInput()
    {
        var result = Registry.Find("PA")!.Calculate(Request("PA", new LocalDate(2020, 3, 1), wages: -1m));

        result.Error!.Code.Should().Be(StateWithholdingErrors.InvalidInputCode);
    }

    [Fact]
    public void Calculate_WhenResultIsReturned_CitesThePublication() =>
        Registry.Find("NY")!.Calculate(Request("NY", new LocalDate(2020, 3, 1))).Value!.Source.Should().Contain("NYS-50-T-NYS");

    [Fact]
    public void Registry_WhenBuilt_HasEveryRequiredState()
    {
        string[] required =
        [
            "TX", "CA", "PA", "AK", "FL", "NV", "NH", "SD", "TN", "WA", "WY", "AZ", "CO", "GA", "IL", "IN", "KY", "MA", "MI", "NC", "NJ",
            "NY", "OH", "UT", "VA",
        ];

        Registry.SupportedStates.Should().BeEquivalentTo(required);
    }
}
