using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>
/// California Method B. Request: <c>FilingStatus</c> S/M/H, <c>Allowances</c> = DE 4 regular allowances (each a credit),
/// <c>AdditionalAllowances</c> = DE 4 allowances for estimated deductions (each an annual deduction). Differs from the shared
/// shape in two places: wages at or below the low-income exemption are not withheld on at all, and the married standard
/// deduction and low-income limit double once two or more regular allowances are claimed.
/// </summary>
internal sealed class CaliforniaWithholding() : AnnualizedStateCalculator("CA", CaliforniaTables.All)
{
    protected override bool IsBelowLowIncomeExemption(WithholdingContext context)
    {
        var limit = context.Request.Allowances >= 2
            ? context.Status.LowIncomeExemptionTwoOrMoreAllowances ?? context.Status.LowIncomeExemption
            : context.Status.LowIncomeExemption;
        return context.AnnualWages <= limit;
    }

    protected override decimal Deductions(WithholdingContext context)
    {
        var standard = context.Request.Allowances >= 2
            ? context.Status.StandardDeductionTwoOrMoreAllowances ?? context.Status.StandardDeduction
            : context.Status.StandardDeduction;
        return standard + (context.Request.AdditionalAllowances * context.Table.AdditionalAllowanceDeduction);
    }
}
