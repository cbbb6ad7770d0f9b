using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States;

/// <summary>One pay period's state income-tax withholding input, already allocated to <see cref="State"/>.</summary>
/// <param name="State">Two-letter postal code.</param>
/// <param name="PayDate">Selects the effective-dated table.</param>
/// <param name="PayPeriodsPerYear">52, 26, 24, 12, ...</param>
/// <param name="TaxableWages">This period's state-taxable wages.</param>
/// <param name="FilingStatus">The state's own form code; each calculator documents the values it accepts. Empty means no certificate on file, which a table with a
/// <see cref="Engine.StateTaxTable.NoCertificateStatus"/> resolves to the form's default.</param>
/// <param name="Allowances">The state form's primary allowance or exemption count.</param>
/// <param name="AdditionalAllowances">A second count where the form has one (dependents, age/blind, line 2), else 0.</param>
/// <param name="AdditionalWithholding">Extra amount per period the employee asked for.</param>
internal sealed record StateWithholdingRequest(
    string State,
    LocalDate PayDate,
    int PayPeriodsPerYear,
    decimal TaxableWages,
    string FilingStatus,
    int Allowances,
    int AdditionalAllowances,
    decimal AdditionalWithholding);

/// <param name="Amount">Withholding for the period, rounded as the state's method prescribes.</param>
/// <param name="Source">Publication and year the table came from.</param>
internal sealed record StateWithholdingResult(string State, decimal Amount, string Source);

/// <summary>A state's withholding method. Adding a state is one class plus its effective-dated data.</summary>
internal interface IStateWithholdingCalculator
{
    string State { get; }

    /// <summary>Tax years that have a table.</summary>
    IReadOnlyCollection<int> TaxYears { get; }

    Result<StateWithholdingResult> Calculate(StateWithholdingRequest request);
}

internal sealed class StateWithholdingRegistry
{
    private readonly Dictionary<string, IStateWithholdingCalculator> byState;

    public StateWithholdingRegistry(IEnumerable<IStateWithholdingCalculator> calculators) =>
        byState = calculators.ToDictionary(c => c.State, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> SupportedStates => byState.Keys;

    public IStateWithholdingCalculator? Find(string state) => byState.GetValueOrDefault(state);
}
