using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Ohio optional computer formula: $650 per IT 4 exemption, annual table, then the year's adjustment factor. Request: <c>Allowances</c> = IT 4 exemptions; status ignored.</summary>
internal sealed class OhioWithholding() : AnnualizedStateCalculator("OH", OhioTables.All);
