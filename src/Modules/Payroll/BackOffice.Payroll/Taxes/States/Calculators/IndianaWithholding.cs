using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Indiana state withholding (county tax excluded). Request: <c>Allowances</c> = personal exemptions, <c>AdditionalAllowances</c> = dependent exemptions.</summary>
internal sealed class IndianaWithholding() : AnnualizedStateCalculator("IN", IndianaTables.All);
