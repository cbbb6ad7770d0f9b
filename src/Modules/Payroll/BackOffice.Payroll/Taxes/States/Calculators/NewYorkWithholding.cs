using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>
/// New York State exact calculation method: standard deduction by status, $1,000 per IT-2104 allowance, annual schedule.
/// Request: <c>FilingStatus</c> S/M, <c>Allowances</c> = IT-2104 allowances.
/// From the 1/26 edition, wages at or above the Method III threshold are not taxed on the schedule at all: a flat rate applies
/// to the whole annual taxable amount (NYS-50-T-NYS (1/26) Method III), so the jump at the threshold is the state's, not a slip.
/// </summary>
internal sealed class NewYorkWithholding() : AnnualizedStateCalculator("NY", NewYorkTables.All)
{
    protected override decimal AnnualTax(WithholdingContext context)
    {
        var taxable = TaxableIncome(context);
        var band = context.Status.WholeAmountBands?.LastOrDefault(b => taxable >= b.AtLeast);
        return band is null ? base.AnnualTax(context) : taxable * band.Rate;
    }
}
