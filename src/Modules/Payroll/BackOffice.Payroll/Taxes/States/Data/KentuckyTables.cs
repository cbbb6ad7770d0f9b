using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Kentucky K-4 withholding: one flat rate after a standard deduction; no status, no allowances.</summary>
internal static class KentuckyTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2026];

    /// <summary>Kentucky DOR, 2020 Withholding Tax Tables / computer formula (42A003(T)): 5% after a $2,650 standard deduction.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "KY",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Kentucky DOR, 2020 Withholding Tax Tables, computer formula (42A003(T))",
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 2650m, BracketSchedule.Flat(0.05m)) },
    };

    /// <summary>Kentucky DOR, 2026 Withholding Tax Formula (42A003(T), released 15-Oct-2025): 3.5% after a $3,360 standard deduction.</summary>
    public static StateTaxTable Year2026 { get; } = new()
    {
        State = "KY",
        TaxYear = 2026,
        EffectiveFrom = new LocalDate(2026, 1, 1),
        Source = "Kentucky DOR, 2026 Withholding Tax Tables, computer formula (42A003(T))",
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 3360m, BracketSchedule.Flat(0.035m)) },
    };
}
