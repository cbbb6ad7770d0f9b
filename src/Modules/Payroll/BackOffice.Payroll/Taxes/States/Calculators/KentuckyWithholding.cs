using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Kentucky: flat rate after the standard deduction. Status and allowances unused.</summary>
internal sealed class KentuckyWithholding() : AnnualizedStateCalculator("KY", KentuckyTables.All);
