using BackOffice.Organization.Contracts;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Organization.Domain;

/// <summary>
/// No hourly rate below the federal minimum wage: $7.25 an hour from 24 July 2009
/// (Fair Labor Standards Act, 29 U.S.C. § 206(a)(1)(C)). Higher state minimums are payroll's business, applied
/// per work state and date; this only stops a rate no US employer may pay.
/// </summary>
internal static class FederalMinimumWageRule
{
    public static readonly LocalDate InForceFrom = new(2009, 7, 24);
    public const decimal HourlyMinimum = 7.25m;

    public static Result Check(PayType payType, decimal amount, LocalDate effectiveFrom) =>
        payType == PayType.Hourly && effectiveFrom >= InForceFrom && amount < HourlyMinimum
            ? new Error("pay_rate.below_federal_minimum", $"An hourly rate below the federal minimum wage of ${HourlyMinimum} is not allowed.")
            : Result.Success();
}

/// <summary>An amount per hour (hourly) or per year (salaried), in dollars with at most four decimals.</summary>
internal static class PayAmount
{
    public static Result<decimal> Parse(decimal? amount, PayType payType)
    {
        if (amount is not { } value || value <= 0m)
        {
            return new Error("pay_rate.amount_invalid", "A pay rate is a positive amount.");
        }

        if (decimal.Round(value, 4, MidpointRounding.AwayFromZero) != value)
        {
            return new Error("pay_rate.amount_invalid", "A pay rate has at most four decimals.");
        }

        // Catches the classic slip of typing cents (1850) for dollars (18.50) or an hourly figure as a salary.
        var (max, unit) = payType == PayType.Hourly ? (1_000m, "an hour") : (10_000_000m, "a year");
        return value <= max
            ? value
            : new Error("pay_rate.amount_invalid", $"A {payType.ToString().ToLowerInvariant()} rate above ${max:N0} {unit} is not plausible.");
    }
}

/// <summary>The schedule contract: weekly minutes between a minimum and a maximum, and a limit on consecutive working days.</summary>
internal sealed record WorkContract(int MinWeeklyMinutes, int MaxWeeklyMinutes, int MaxConsecutiveDays)
{
    public const int MinutesInWeek = 7 * 24 * 60;

    public static Result<WorkContract> Create(int? minWeeklyMinutes, int? maxWeeklyMinutes, int? maxConsecutiveDays)
    {
        var max = maxWeeklyMinutes ?? 0;
        var min = minWeeklyMinutes ?? 0;
        if (max is <= 0 or > MinutesInWeek)
        {
            return new Error("contract.max_weekly_invalid", "The weekly maximum is more than 0 and at most 168 hours.");
        }

        if (min < 0 || min > max)
        {
            return new Error("contract.min_weekly_invalid", "The weekly minimum is between 0 and the weekly maximum.");
        }

        return maxConsecutiveDays is >= 1 and <= 14
            ? new WorkContract(min, max, maxConsecutiveDays.Value)
            : new Error("contract.max_consecutive_days_invalid", "The maximum of consecutive working days is between 1 and 14.");
    }

    /// <summary>Hours as people write them in a file; the contract keeps whole minutes so 37.5 h stays exact.</summary>
    public static Result<int> MinutesFromHours(decimal hours, string code)
    {
        var minutes = hours * 60m;
        return minutes == decimal.Truncate(minutes) && minutes is >= 0m and <= MinutesInWeek
            ? (int)minutes
            : new Error(code, "Hours are between 0 and 168, in whole minutes (e.g. 37.5).");
    }

    public ContractDto ToDto() => new(MinWeeklyMinutes, MaxWeeklyMinutes, MaxConsecutiveDays);
}

/// <summary>
/// Form W-4 (2020 and later, IRS) and the state allowance certificate. Step 3 and Step 4(a)/(b) are yearly dollars,
/// Step 4(c) is extra withholding per pay period (IRS Form W-4 instructions; Publication 15-T, Worksheet 1A).
/// </summary>
internal sealed record TaxSetup(
    FederalFilingStatus FilingStatus,
    bool MultipleJobsOrSpouseWorks,
    decimal DependentsAmount,
    decimal OtherIncome,
    decimal Deductions,
    decimal ExtraWithholding,
    bool Exempt,
    int StateAllowances,
    decimal StateExtraWithholding)
{
    public static Result<TaxSetup> Create(
        FederalFilingStatus? filingStatus,
        bool multipleJobs,
        decimal dependents,
        decimal otherIncome,
        decimal deductions,
        decimal extraWithholding,
        bool exempt,
        int stateAllowances,
        decimal stateExtraWithholding)
    {
        if (filingStatus is not { } status || !Enum.IsDefined(status))
        {
            return new Error("tax.filing_status_required", "The W-4 Step 1(c) filing status is required.");
        }

        foreach (var (amount, code, what) in new[]
        {
            (dependents, "tax.dependents_invalid", "The Step 3 dependents amount"),
            (otherIncome, "tax.other_income_invalid", "The Step 4(a) other income"),
            (deductions, "tax.deductions_invalid", "The Step 4(b) deductions"),
            (extraWithholding, "tax.extra_withholding_invalid", "The Step 4(c) extra withholding"),
            (stateExtraWithholding, "tax.state_extra_withholding_invalid", "The state extra withholding"),
        })
        {
            var parsed = Dollars.Parse(amount, code, what);
            if (!parsed.IsSuccess)
            {
                return parsed.Error!;
            }
        }

        return stateAllowances is >= 0 and <= 99
            ? new TaxSetup(status, multipleJobs, dependents, otherIncome, deductions, extraWithholding, exempt, stateAllowances, stateExtraWithholding)
            : new Error("tax.state_allowances_invalid", "State allowances are between 0 and 99.");
    }

    public TaxSetupDto ToDto() =>
        new(FilingStatus, MultipleJobsOrSpouseWorks, Dollars.Normalize(DependentsAmount), Dollars.Normalize(OtherIncome), Dollars.Normalize(Deductions), Dollars.Normalize(ExtraWithholding), Exempt, StateAllowances, Dollars.Normalize(StateExtraWithholding));
}
