using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>North Carolina percentage method, whole-dollar result. Request: <c>FilingStatus</c> S/M/H, <c>Allowances</c> = NC-4 allowances.</summary>
internal sealed class NorthCarolinaWithholding() : AnnualizedStateCalculator("NC", NorthCarolinaTables.All);
