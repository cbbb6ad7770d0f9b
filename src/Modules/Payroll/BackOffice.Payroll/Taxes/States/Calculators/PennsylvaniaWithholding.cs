using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Pennsylvania: flat rate on all compensation; status and allowances unused.</summary>
internal sealed class PennsylvaniaWithholding() : AnnualizedStateCalculator("PA", PennsylvaniaTables.All);
