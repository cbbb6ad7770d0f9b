using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>
/// Georgia G-4. Request: <c>FilingStatus</c> = G-4 letter A–E, <c>Allowances</c> = dependent allowances (G-4 line 4, each a
/// fixed annual deduction), <c>AdditionalAllowances</c> = personal allowances claimed on line 3 (0–1, or 0–2 for status C),
/// each worth the status's personal allowance.
/// </summary>
internal sealed class GeorgiaWithholding() : AnnualizedStateCalculator("GA", GeorgiaTables.All)
{
    protected override decimal Deductions(WithholdingContext context) =>
        context.Status.StandardDeduction
        + (context.Request.AdditionalAllowances * context.Status.PersonalAllowance)
        + (context.Request.Allowances * context.Table.AllowanceDeduction);
}
