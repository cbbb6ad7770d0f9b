using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Kentucky K-4 withholding: one flat rate after a standard deduction; no status, no allowances.</summary>
internal static class KentuckyTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021, Year2026];

    /// <summary>Kentucky DOR, 2020 Withholding Tax Tables / computer formula (42A003(T)): 5% after a $2,650 standard deduction.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "KY",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Kentucky DOR, 2020 Withholding Tax Tables, computer formula (42A003(T))",
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 2650m, BracketSchedule.Flat(0.05m)) },
    };

    /// <summary>
    /// Kentucky DOR, 42A003(T) "2021 Withholding Tax Tables Computer Formula" (revised December 2020, effective for tax year
    /// beginning 1 January 2021): the flat 5% rate (KRS 141.020 as amended by 2018 HB 366) after a $2,690 standard deduction,
    /// no exemptions. The publication's formula page was not retrievable here. The $2,690 figure is as reported by EY Tax News Update
    /// 2020-2680 (12 Nov 2020) from the department's draft 2021 tables ("increases to $2,690, up from $2,650 for 2020").
    /// A flat table has no bracket bases to self-check.
    /// </summary>
    public static StateTaxTable Year2021 { get; } = new()
    {
        State = "KY",
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "Kentucky DOR, 42A003(T) 2021 Withholding Tax Tables Computer Formula (rev. 12/2020): 5% after a $2,690 standard deduction (as reported by EY Tax News 2020-2680)",
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 2690m, BracketSchedule.Flat(0.05m)) },
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
