using BackOffice.Payroll.Taxes.States;
using BackOffice.SharedKernel;

namespace BackOffice.Payroll.Tests.Support;

/// <summary>
/// A state calculator test double: a flat percentage of the period's wages, rounded to cents. It lets the multi-state
/// policy be checked with hand arithmetic, independently of any real state's method.
/// </summary>
internal sealed class FlatRateStateCalculator(string state, decimal rate) : IStateWithholdingCalculator
{
    public string State { get; } = state;

    public IReadOnlyCollection<int> TaxYears { get; } = [2020, 2021, 2025, 2026];

    public List<StateWithholdingRequest> Requests { get; } = [];

    public Result<StateWithholdingResult> Calculate(StateWithholdingRequest request)
    {
        Requests.Add(request);
        return new StateWithholdingResult(State, Math.Round(request.TaxableWages * rate, 2, MidpointRounding.AwayFromZero), $"test double {rate:P2}");
    }
}

/// <summary>An oracle mapper double that passes the row through with the code as filing status.</summary>
internal sealed class PassThroughOracleMapper : Taxes.Oracle.IStateOracleMapper
{
    public Result<StateWithholdingRequest> Map(Taxes.Oracle.WithholdingOracleRow row) =>
        new StateWithholdingRequest(row.Province, row.Date, row.PayPeriods, row.GrossIncome, row.FilingStatusCode, row.Allowance, 0, 0m);
}
