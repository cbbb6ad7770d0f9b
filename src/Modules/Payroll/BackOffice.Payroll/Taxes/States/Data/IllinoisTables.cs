using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Illinois IL-W-4 withholding: flat rate after line-1 allowances (<c>Allowances</c>) and line-2 allowances (<c>AdditionalAllowances</c>).</summary>
internal static class IllinoisTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021];

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
}
