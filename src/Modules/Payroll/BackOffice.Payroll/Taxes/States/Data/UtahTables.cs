using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Utah withholding (Publication 14). Status codes: S single or head of household, M married. Utah has no allowances since 2018.</summary>
internal static class UtahTables
{
    public const string PhaseOutRate = "BaseAllowancePhaseOutRate";

    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021];

    /// <summary>Utah State Tax Commission, Publication 14 Withholding Tax Guide (rev. 2018, effective 1 May 2018, in force for
    /// 2020): 4.95% of wages, less a base allowance ($360 single / $720 married) reduced by 1.3% of wages over $7,128 / $14,256.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "UT",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Utah State Tax Commission, Publication 14 Withholding Tax Guide (formula effective 1 May 2018)",
        Parameters = new Dictionary<string, decimal> { [PhaseOutRate] = 0.013m },
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single or head of household", 0m, BracketSchedule.Flat(0.0495m), BaseAllowance: 360m, BaseAllowancePhaseOutThreshold: 7128m),
            ["M"] = new("Married", 0m, BracketSchedule.Flat(0.0495m), BaseAllowance: 720m, BaseAllowancePhaseOutThreshold: 14256m),
        },
    };

    /// <summary>The May-2018 Publication 14 formula stayed in force through 2021 (the next change took effect in 2022).</summary>
    public static StateTaxTable Year2021 { get; } = Year2020 with { TaxYear = 2021, EffectiveFrom = new LocalDate(2021, 1, 1) };
}
