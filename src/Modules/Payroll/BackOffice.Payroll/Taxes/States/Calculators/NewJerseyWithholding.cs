using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>New Jersey percentage method. Request: <c>FilingStatus</c> = NJ-W4 rate table A–E, <c>Allowances</c> = NJ-W4 allowances.</summary>
internal sealed class NewJerseyWithholding() : AnnualizedStateCalculator("NJ", NewJerseyTables.All);
