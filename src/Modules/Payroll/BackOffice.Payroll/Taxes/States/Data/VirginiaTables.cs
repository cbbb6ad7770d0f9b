using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Virginia VA-4 withholding, computer formula. No filing status; <c>Allowances</c> = personal and dependent exemptions (VA-4 line 1), <c>AdditionalAllowances</c> = age 65 / blind exemptions (line 2).</summary>
internal static class VirginiaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021];

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
}
