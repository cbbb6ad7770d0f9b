using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>
/// Utah Publication 14. Request: <c>FilingStatus</c> S/M; allowances unused. Utah taxes every dollar and gives a base
/// allowance credit that shrinks by a fixed rate of the wages over a threshold, instead of a standard deduction.
/// </summary>
internal sealed class UtahWithholding() : AnnualizedStateCalculator("UT", UtahTables.All)
{
    protected override decimal Credits(WithholdingContext context, decimal taxableIncome)
    {
        var reduction = Math.Max(0m, context.AnnualWages - context.Status.BaseAllowancePhaseOutThreshold)
            * context.Table.Parameter(UtahTables.PhaseOutRate);
        return Math.Max(0m, context.Status.BaseAllowance - reduction);
    }

    protected override decimal Deductions(WithholdingContext context) => 0m;
}
