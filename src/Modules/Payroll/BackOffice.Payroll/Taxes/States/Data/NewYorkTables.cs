using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>New York State (not New York City or Yonkers) IT-2104 withholding, exact calculation method. Status codes: S single or head of household, M married.</summary>
internal static class NewYorkTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020];

    /// <summary>NYS-50-T-NYS (1/20), "New York State Withholding Tax Tables and Methods", exact calculation method Tables II-A/II-B
    /// (deduction allowance $7,400 single / $7,950 married, $1,000 per exemption) and Table II (annual tax schedules).
    /// Bases are printed in whole dollars and derived from the tax schedule rather than the withholding rates, so the self-check allows $1.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "NY",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "NYS DTF, NYS-50-T-NYS (1/20) New York State Withholding Tax Tables and Methods, exact calculation method (annual)",
        AllowanceDeduction = 1000m,
        BaseTolerance = 1.00m,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single or head of household", 7400m, BracketSchedule.Of(
                (0m, 0m, 0.04m), (8500m, 340m, 0.045m), (11700m, 484m, 0.0525m), (13900m, 600m, 0.059m),
                (21400m, 1042m, 0.0609m), (80650m, 4650m, 0.0641m), (96800m, 5686m, 0.0745m), (107650m, 6494m, 0.0795m),
                (157650m, 10469m, 0.0691m), (215400m, 14459m, 0.0925m), (265400m, 19084m, 0.0735m),
                (1077550m, 78777m, 0.5208m), (1127550m, 104817m, 0.0962m))),
            ["M"] = new("Married", 7950m, BracketSchedule.Of(
                (0m, 0m, 0.04m), (8500m, 340m, 0.045m), (11700m, 484m, 0.0525m), (13900m, 600m, 0.059m),
                (21400m, 1042m, 0.0609m), (80650m, 4650m, 0.0641m), (96800m, 5686m, 0.0746m), (107650m, 6495m, 0.0796m),
                (157650m, 10475m, 0.0794m), (211550m, 14755m, 0.0691m), (323200m, 22470m, 0.1019m), (373200m, 27565m, 0.0735m),
                (1077550m, 79334m, 0.0765m), (2155350m, 161786m, 0.9454m), (2205350m, 209056m, 0.0962m))),
        },
    };
}
