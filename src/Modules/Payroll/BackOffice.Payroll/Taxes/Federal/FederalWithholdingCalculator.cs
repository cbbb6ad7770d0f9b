using BackOffice.Payroll.Common;
using BackOffice.Payroll.Contracts;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Payroll.Taxes.Federal;

internal sealed record FederalWithholdingRequest(LocalDate PayDate, int PayPeriodsPerYear, decimal TaxableWages, FederalW4Dto W4);

/// <param name="Amount">Withholding for the period, cents half away from zero.</param>
internal sealed record FederalWithholdingResult(decimal Amount, decimal AdjustedAnnualWage, decimal TentativeAnnualWithholding, string Source);

/// <summary>The pay frequencies of IRS Pub 15-T, Worksheet 1A, Table 3 (plus annual).</summary>
internal static class PayFrequencies
{
    public static readonly IReadOnlySet<int> Allowed = new HashSet<int> { 1, 2, 4, 12, 24, 26, 52, 260 };

    public static Result Validate(int periods) => Allowed.Contains(periods)
        ? Result.Success()
        : new Error(PayrollErrorCodes.InvalidPayFrequency, $"{periods} pay periods a year is not a Pub 15-T frequency (1, 2, 4, 12, 24, 26, 52, 260).");
}

/// <summary>
/// IRS Pub 15-T Worksheet 1A, the percentage method for automated payroll systems, which takes every Form W-4:
/// annualize the period's wages (1c); for a 2020+ form add Step 4(a), subtract Step 4(b) and, unless Step 2 is checked,
/// the line-1g amount; for an earlier form subtract allowances x the year's allowance amount; look up the annual table
/// (the Step 2 checkbox table when Step 2 is checked); divide by the pay periods; subtract Step 3 per period (not below
/// zero); add Step 4(c). Only the final amount is rounded (cents, half away from zero).
/// </summary>
internal sealed class FederalWithholdingCalculator(FederalTaxTables tables)
{
    public Result<FederalWithholdingResult> Calculate(FederalWithholdingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var frequency = PayFrequencies.Validate(request.PayPeriodsPerYear);
        if (!frequency.IsSuccess)
        {
            return frequency.Error!;
        }

        var w4 = request.W4;
        if (w4 is null)
        {
            return new Error(PayrollErrorCodes.InvalidW4, "A federal Form W-4 is required.");
        }

        if (request.TaxableWages < 0 || w4.Allowances < 0 || w4.DependentsAmount < 0 || w4.OtherIncome < 0 || w4.Deductions < 0 || w4.ExtraWithholding < 0)
        {
            return new Error(PayrollErrorCodes.InvalidW4, "Wages and Form W-4 amounts cannot be negative.");
        }

        var yearResult = tables.For(request.PayDate.Year);
        if (!yearResult.IsSuccess)
        {
            return yearResult.Error!;
        }

        var year = yearResult.Value!;
        if (w4.Exempt)
        {
            return new FederalWithholdingResult(0.00m, 0m, 0m, year.Source);
        }

        var periods = (decimal)request.PayPeriodsPerYear;
        var annualWages = request.TaxableWages * periods;
        decimal adjustedAnnualWage;
        IReadOnlyList<PercentageRow> table;
        if (w4.Version == W4FormVersion.Form2020OrLater)
        {
            var line1g = w4.MultipleJobs
                ? 0m
                : w4.FilingStatus == FederalFilingStatus.MarriedFilingJointly ? year.Line1gAmount.MarriedFilingJointly : year.Line1gAmount.Other;
            adjustedAnnualWage = Math.Max(0m, annualWages + w4.OtherIncome - (w4.Deductions + line1g));
            table = (w4.MultipleJobs ? year.Step2Checkbox : year.Standard).For(w4.FilingStatus);
        }
        else
        {
            adjustedAnnualWage = Math.Max(0m, annualWages - (w4.Allowances * year.Pre2020AllowanceAmount));
            table = year.Standard.For(w4.FilingStatus);
        }

        var tentativeAnnual = Lookup(table, adjustedAnnualWage);
        var credit = w4.Version == W4FormVersion.Form2020OrLater ? w4.DependentsAmount : 0m;
        var perPeriod = Math.Max(0m, (tentativeAnnual / periods) - (credit / periods)) + w4.ExtraWithholding;
        return new FederalWithholdingResult(Amounts.Cents(perPeriod), adjustedAnnualWage, tentativeAnnual, year.Source);
    }

    /// <summary>Columns A to E of the annual table: the last row whose floor the wage reaches.</summary>
    public static decimal Lookup(IReadOnlyList<PercentageRow> table, decimal adjustedAnnualWage)
    {
        ArgumentNullException.ThrowIfNull(table);
        var row = table[0];
        foreach (var candidate in table)
        {
            if (adjustedAnnualWage >= candidate.AtLeast)
            {
                row = candidate;
            }
        }

        return row.Base + (row.Rate * (adjustedAnnualWage - row.AtLeast));
    }
}
