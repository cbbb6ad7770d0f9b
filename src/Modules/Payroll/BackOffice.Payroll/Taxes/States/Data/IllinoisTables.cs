using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Illinois IL-W-4 withholding: flat rate after line-1 allowances (<c>Allowances</c>) and line-2 allowances (<c>AdditionalAllowances</c>).</summary>
internal static class IllinoisTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021, Year2026];

    /// <summary>Illinois DOR, Booklet IL-700-T Illinois Withholding Tax Tables (effective 1 January 2020): 4.95%, $2,325 per
    /// line-1 allowance, $1,000 per line-2 allowance.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "IL",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Illinois DOR, IL-700-T Illinois Withholding Tax Tables (effective 1 Jan 2020), automated payroll method",
        AllowanceDeduction = 2325m,
        AdditionalAllowanceDeduction = 1000m,
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 0m, BracketSchedule.Flat(0.0495m)) },
    };

    /// <summary>Illinois DOR, Booklet IL-700-T (effective 1 January 2021), automated payroll method: 4.95%, $2,375 per line-1
    /// allowance, $1,000 per line-2 allowance.</summary>
    public static StateTaxTable Year2021 { get; } = new()
    {
        State = "IL",
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "Illinois DOR, IL-700-T Illinois Withholding Tax Tables (effective 1 Jan 2021), automated payroll method",
        AllowanceDeduction = 2375m,
        AdditionalAllowanceDeduction = 1000m,
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 0m, BracketSchedule.Flat(0.0495m)) },
    };

    /// <summary>
    /// Illinois DOR, Booklet IL-700-T (R-12/25) Illinois Withholding Tax Tables, effective 1 January 2026, automated payroll
    /// method (p. 4): 4.95%, $2,925 per line-1 allowance (the 2026 exemption allowance, Informational Bulletin FY 2026-15),
    /// $1,000 per line-2 allowance. The booklet was not retrievable here; the figures are from two independent third-party
    /// transcriptions that agree (braedonsaunders/openbooks il.ts; another payroll repository's 2026 IL-700-T test), and the
    /// booklet's automated-method Example B reproduces ($32.13, StateWithholdingYearTests).
    /// </summary>
    public static StateTaxTable Year2026 { get; } = Year2021 with
    {
        TaxYear = 2026,
        EffectiveFrom = new LocalDate(2026, 1, 1),
        Source = "Illinois DOR, IL-700-T (R-12/25) Illinois Withholding Tax Tables (effective 1 Jan 2026), automated payroll method (as transcribed by third parties)",
        AllowanceDeduction = 2925m,
    };
}
