using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Taxes.Federal;
using BackOffice.SharedKernel;

namespace BackOffice.Payroll.Taxes.Oracle;

/// <summary>
/// Turns a regression row into a federal request. Per the oracle's README: filing code 20 is married filing jointly,
/// 40 head of household, every other code (10, 30, 50, 60) single; W-4 version 2019 means a pre-2020 form whose
/// allowances count (Step 3/4 ignored), 2020 a 2020+ form with Step 3 and 4(a)/4(b) and the Step 2 box unchecked.
/// </summary>
internal static class FederalOracleMapping
{
    public static Result<FederalWithholdingRequest> Map(WithholdingOracleRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var status = row.FilingStatusCode switch
        {
            "20" => FederalFilingStatus.MarriedFilingJointly,
            "40" => FederalFilingStatus.HeadOfHousehold,
            _ => FederalFilingStatus.Single,
        };

        FederalW4Dto w4;
        switch (row.FederalFormW4Version)
        {
            case 2019:
                w4 = new FederalW4Dto(W4FormVersion.Pre2020, status, Allowances: row.Allowance);
                break;
            case 2020:
                w4 = new FederalW4Dto(
                    W4FormVersion.Form2020OrLater,
                    status,
                    DependentsAmount: row.FederalClaimDependents,
                    OtherIncome: row.FederalOtherIncome,
                    Deductions: row.FederalOtherDeductions);
                break;
            default:
                return new Error(PayrollErrorCodes.InvalidW4, $"Line {row.LineNumber}: W-4 version {row.FederalFormW4Version} is neither 2019 nor 2020.");
        }

        return new FederalWithholdingRequest(row.Date, row.PayPeriods, row.GrossIncome, w4);
    }
}
