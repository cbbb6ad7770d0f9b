using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Illinois: flat rate after IL-W-4 allowances. Request: <c>Allowances</c> = line 1, <c>AdditionalAllowances</c> = line 2.</summary>
internal sealed class IllinoisWithholding() : AnnualizedStateCalculator("IL", IllinoisTables.All);
