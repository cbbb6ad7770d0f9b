using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>New Jersey NJ-W4 withholding, percentage method. Status codes are the NJ-W4 rate tables A–E.</summary>
internal static class NewJerseyTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021];

    /// <summary>NJ Division of Taxation, NJ-WT "New Jersey Income Tax Withholding Instructions" (rev. 1/2020), percentage method
    /// annual tables, $1,000 per allowance. This is the table in force on 1 January 2020 (9.9% up to $5 million); the
    /// retroactive 2020 millionaire rate was published only in the 10/2020 revision.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "NJ",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "NJ Division of Taxation, NJ-WT (rev. 1/2020) Income Tax Withholding Instructions, percentage method rate tables A-E (annual)",
        AllowanceDeduction = 1000m,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["A"] = new("Rate table A (single, married filing separately)", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.02m), (35000m, 600m, 0.039m), (40000m, 795m, 0.061m),
                (75000m, 2930m, 0.07m), (500000m, 32680m, 0.099m), (5000000m, 478180m, 0.118m))),
            ["B"] = new("Rate table B (married filing jointly, head of household, surviving spouse)", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.02m), (50000m, 900m, 0.027m), (70000m, 1440m, 0.039m),
                (80000m, 1830m, 0.061m), (150000m, 6100m, 0.07m), (500000m, 30600m, 0.099m), (5000000m, 476100m, 0.118m))),
            ["C"] = new("Rate table C", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.023m), (40000m, 760m, 0.028m), (50000m, 1040m, 0.035m),
                (60000m, 1390m, 0.056m), (150000m, 6430m, 0.066m), (500000m, 29530m, 0.099m), (5000000m, 475030m, 0.118m))),
            ["D"] = new("Rate table D", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.027m), (40000m, 840m, 0.034m), (50000m, 1180m, 0.043m),
                (60000m, 1610m, 0.056m), (150000m, 6650m, 0.065m), (500000m, 29400m, 0.099m), (5000000m, 474900m, 0.118m))),
            ["E"] = new("Rate table E", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.02m), (35000m, 600m, 0.058m), (100000m, 4370m, 0.065m),
                (500000m, 30370m, 0.099m), (5000000m, 475870m, 0.118m))),
        },
    };

    /// <summary>NJ Division of Taxation, NJ-WT (rev. 2021) percentage method annual rate tables A-E: the 11.8% bracket starts at
    /// $1,000,000; $1,000 per allowance.</summary>
    public static StateTaxTable Year2021 { get; } = new()
    {
        State = "NJ",
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "NJ Division of Taxation, NJ-WT Income Tax Withholding Instructions (2021), percentage method rate tables A-E (annual)",
        AllowanceDeduction = 1000m,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["A"] = new("Rate table A (single, married filing separately)", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.02m), (35000m, 600m, 0.039m), (40000m, 795m, 0.061m),
                (75000m, 2930m, 0.07m), (500000m, 32680m, 0.099m), (1000000m, 82180m, 0.118m))),
            ["B"] = new("Rate table B (married filing jointly, head of household, surviving spouse)", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.02m), (50000m, 900m, 0.027m), (70000m, 1440m, 0.039m),
                (80000m, 1830m, 0.061m), (150000m, 6100m, 0.07m), (500000m, 30600m, 0.099m), (1000000m, 80100m, 0.118m))),
            ["C"] = new("Rate table C", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.023m), (40000m, 760m, 0.028m), (50000m, 1040m, 0.035m),
                (60000m, 1390m, 0.056m), (150000m, 6430m, 0.066m), (500000m, 29530m, 0.099m), (1000000m, 79030m, 0.118m))),
            ["D"] = new("Rate table D", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.027m), (40000m, 840m, 0.034m), (50000m, 1180m, 0.043m),
                (60000m, 1610m, 0.056m), (150000m, 6650m, 0.065m), (500000m, 29400m, 0.099m), (1000000m, 78900m, 0.118m))),
            ["E"] = new("Rate table E", 0m, BracketSchedule.Of(
                (0m, 0m, 0.015m), (20000m, 300m, 0.02m), (35000m, 600m, 0.058m), (100000m, 4370m, 0.065m),
                (500000m, 30370m, 0.099m), (1000000m, 79870m, 0.118m))),
        },
    };
}
