using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;
using BackOffice.SharedKernel;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>A state with no income tax on wages: withholds only what the employee asked for, and only for years whose law is cited.</summary>
internal sealed class NoIncomeTaxWithholding : IStateWithholdingCalculator
{
    private readonly string citation;

    public NoIncomeTaxWithholding(string state)
    {
        State = state;
        citation = NoIncomeTaxStates.Citations[state];
        TaxYears = [.. Enumerable.Range(NoIncomeTaxStates.FirstYear, NoIncomeTaxStates.LastYear - NoIncomeTaxStates.FirstYear + 1)];
    }

    public string State { get; }

    public IReadOnlyCollection<int> TaxYears { get; }

    public Result<StateWithholdingResult> Calculate(StateWithholdingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TaxYears.Contains(request.PayDate.Year))
        {
            return StateWithholdingErrors.NoTable(State, request.PayDate);
        }

        if (request.AdditionalWithholding < 0m)
        {
            return StateWithholdingErrors.InvalidInput("Additional withholding cannot be negative.");
        }

        return new StateWithholdingResult(State, request.AdditionalWithholding, citation);
    }
}
