using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Michigan: flat rate after MI-W4 exemptions. Request: <c>Allowances</c> = exemptions.</summary>
internal sealed class MichiganWithholding() : AnnualizedStateCalculator("MI", MichiganTables.All);
