using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>New York State exact calculation method: standard deduction by status, $1,000 per IT-2104 allowance, annual schedule. Request: <c>FilingStatus</c> S/M, <c>Allowances</c> = IT-2104 allowances.</summary>
internal sealed class NewYorkWithholding() : AnnualizedStateCalculator("NY", NewYorkTables.All);
