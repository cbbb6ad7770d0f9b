using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Virginia VA-4 withholding, computer formula. No filing status; <c>Allowances</c> = personal and dependent exemptions (VA-4 line 1), <c>AdditionalAllowances</c> = age 65 / blind exemptions (line 2).</summary>
internal static class VirginiaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021, Year2026];

    private static BracketSchedule Schedule() => BracketSchedule.Of(
        (0m, 0m, 0.02m), (3000m, 60m, 0.03m), (5000m, 120m, 0.05m), (17000m, 720m, 0.0575m));

    /// <summary>Virginia Tax, Employer Withholding Instructions (rev. 2019, formula for 2019 and later): standard deduction
    /// $4,500, $930 per exemption, $800 per age/blind exemption, annual table 2% / 3% / 5% / 5.75%.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "VA",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Virginia Tax, Employer Withholding Instructions (rev. 2019), computer formula",
        AllowanceDeduction = 930m,
        AdditionalAllowanceDeduction = 800m,
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 4500m, Schedule()) },
    };

    /// <summary>Same formula: the $4,500 standard deduction was enacted for taxable years 2019 through 2025 (2019 Acts ch. 17,
    /// HB 2529) and the $930 exemption is unchanged (Va. Code 58.1-322.03).</summary>
    public static StateTaxTable Year2021 { get; } = Year2020 with { TaxYear = 2021, EffectiveFrom = new LocalDate(2021, 1, 1) };

    /// <summary>Virginia Tax, Employer Withholding Instructions as updated for wages paid on and after 1 July 2025: the standard
    /// deduction in the formula is $8,750 (H.B. 1600, 2025 Acts, for taxable years 2025 and 2026). The official PDF could not be
    /// fetched here; the figure is as reported by EY Tax News 2025-1326 (23 June 2025: "effective January 1, 2025 through December 31,
    /// 2026", previously $8,500) and, independently, Bloomberg Tax (quoting the Employer Withholding Instructions: $8,750 from
    /// $8,500, expiring after tax year 2026). Both report the standard deduction as the only change to the formula, so the $930
    /// exemption (Va. Code 58.1-322.03), the $800 age/blind exemption and the 2% / 3% / 5% / 5.75% table (Va. Code 58.1-320) are the
    /// ones above. The VA-4 carries no filing status, so the married $17,500 of the return does not enter the withholding formula.</summary>
    public static StateTaxTable Year2026 { get; } = Year2020 with
    {
        TaxYear = 2026,
        EffectiveFrom = new LocalDate(2026, 1, 1),
        Source = "Virginia Tax, Employer Withholding Instructions (formula for wages paid on/after 1 Jul 2025; $8,750 standard deduction, H.B. 1600, 2025-2026) as reported by EY Tax News 2025-1326 and Bloomberg Tax",
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 8750m, Schedule()) },
    };
}
