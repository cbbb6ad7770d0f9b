using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Colorado formula for the 2020-and-later W-4, whole-dollar result. Request: <c>FilingStatus</c> S/M; allowances unused.</summary>
internal sealed class ColoradoWithholding() : AnnualizedStateCalculator("CO", ColoradoTables.All);
