using BackOffice.Payroll.Taxes.States;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Payroll.Taxes.Oracle;

/// <summary>One row of the external withholding regression layout (see docs/payroll.md for the columns).</summary>
internal sealed record WithholdingOracleRow(
    int LineNumber,
    string Country,
    string Province,
    LocalDate Date,
    int PayPeriods,
    string FilingStatusCode,
    int Allowance,
    int FederalFormW4Version,
    decimal FederalClaimDependents,
    decimal FederalOtherIncome,
    decimal FederalOtherDeductions,
    decimal GrossIncome,
    decimal? ExpectedFederal,
    decimal? ExpectedState);

/// <summary>Turns a regression row's state inputs into a request for that state's calculator, or says why it cannot.</summary>
internal interface IStateOracleMapper
{
    Result<StateWithholdingRequest> Map(WithholdingOracleRow row);
}
