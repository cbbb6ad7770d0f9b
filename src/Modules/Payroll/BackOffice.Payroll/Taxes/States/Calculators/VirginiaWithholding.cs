using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Virginia computer formula. Request: <c>Allowances</c> = VA-4 line 1 exemptions, <c>AdditionalAllowances</c> = age 65 / blind exemptions; status ignored.</summary>
internal sealed class VirginiaWithholding() : AnnualizedStateCalculator("VA", VirginiaTables.All);
