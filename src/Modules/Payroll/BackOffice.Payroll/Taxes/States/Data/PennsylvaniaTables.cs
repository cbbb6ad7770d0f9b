using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Pennsylvania personal income tax withholding: a flat rate on compensation, no exemptions (local EIT is separate and not computed).</summary>
internal static class PennsylvaniaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021, Year2025, Year2026];

    /// <summary>PA Department of Revenue, REV-415 Employer Withholding Information Guide: 3.07% of compensation (72 P.S. § 7302), no exemptions.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "PA",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "PA Dept. of Revenue, REV-415 Employer Withholding Information Guide; 72 P.S. 7302 rate 3.07%",
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 0m, BracketSchedule.Flat(0.0307m)) },
    };

    public static StateTaxTable Year2021 { get; } = Year2020 with { TaxYear = 2021, EffectiveFrom = new LocalDate(2021, 1, 1) };

    public static StateTaxTable Year2025 { get; } = Year2020 with { TaxYear = 2025, EffectiveFrom = new LocalDate(2025, 1, 1) };

    public static StateTaxTable Year2026 { get; } = Year2020 with { TaxYear = 2026, EffectiveFrom = new LocalDate(2026, 1, 1) };
}
