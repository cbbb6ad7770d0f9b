using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Colorado DR 1098 worksheet for the 2020-and-later W-4 (whole dollars for 2020-2021, cents from the 2026 worksheet, per each table). Request: <c>FilingStatus</c> S/M; allowances unused.</summary>
internal sealed class ColoradoWithholding() : AnnualizedStateCalculator("CO", ColoradoTables.All);
