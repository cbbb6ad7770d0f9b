using BackOffice.SharedKernel;

namespace BackOffice.Payroll.Contracts;

/// <summary>
/// Runs the withholding regression layout (all columns quoted: country, province, date, pay_periods, filing_status,
/// allowance, federal_form_w4_version, federal_claim_dependents, federal_other_income, federal_other_deductions,
/// gross_income, federal_deduction, provincial_deduction) and writes the same rows plus
/// <c>computed_federal</c>, <c>computed_state</c> and <c>note</c>.
/// </summary>
public interface IWithholdingCheck
{
    Result<WithholdingCheckSummaryDto> Run(TextReader input, TextWriter output);
}

/// <param name="FederalWithinOneCent">Rows whose computed federal amount is within $0.01 of the row's federal_deduction.</param>
/// <param name="StateComputed">Rows with a computed state amount (federal-only rows count, at 0.00).</param>
/// <param name="StateExact">Of those, rows equal to provincial_deduction to the cent.</param>
/// <param name="StateNotes">Rows left without a state amount, with the reason in the note column.</param>
public sealed record WithholdingCheckSummaryDto(
    int Rows,
    int FederalWithinOneCent,
    int StateComputed,
    int StateExact,
    int StateNotes);
