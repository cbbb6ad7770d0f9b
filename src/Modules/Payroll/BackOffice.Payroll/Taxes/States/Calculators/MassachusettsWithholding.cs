using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>
/// Massachusetts Circular M percentage method. Request: <c>Allowances</c> = M-4 exemptions. Unlike the shared shape, the first
/// exemption is worth more than the others, and the employee's Social Security and Medicare (capped) are deducted too; they
/// are estimated from this period's wages because the request carries no year-to-date amounts.
/// </summary>
internal sealed class MassachusettsWithholding() : AnnualizedStateCalculator("MA", MassachusettsTables.All)
{
    protected override decimal Deductions(WithholdingContext context)
    {
        var exemptions = context.Request.Allowances;
        var exemptionAmount = exemptions == 0
            ? 0m
            : context.Table.Parameter(MassachusettsTables.FirstExemption) + ((exemptions - 1) * context.Table.AllowanceDeduction);
        var fica = Math.Min(
            context.AnnualWages * context.Table.Parameter(MassachusettsTables.FicaRate),
            context.Table.Parameter(MassachusettsTables.FicaDeductionCap));
        return exemptionAmount + fica;
    }
}
