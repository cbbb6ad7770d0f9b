using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>New York State (not New York City or Yonkers) IT-2104 withholding, exact calculation method. Status codes: S single or head of household, M married.</summary>
internal static class NewYorkTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021January, Year2021July, Year2026];

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

    // The 1/21 rows up to $1,077,550 single / $2,155,350 married. The 7/21 edition kept them and changed only the rows above
    // (EY Tax News 2021-1354, APA Pay News 9 Jul 2021, Paylocity 26 Jul 2021), so both 2021 tables share them.
    private static readonly (decimal Over, decimal Base, decimal Rate)[] Single2021UpTo1077550 =
    [
        (0m, 0m, 0.04m), (8500m, 340m, 0.045m), (11700m, 484m, 0.0525m), (13900m, 600m, 0.059m),
        (21400m, 1042m, 0.0597m), (80650m, 4579m, 0.0633m), (96800m, 5602m, 0.0738m), (107650m, 6402m, 0.0788m),
        (157650m, 10342m, 0.0683m), (215400m, 14287m, 0.0959m), (265400m, 19082m, 0.0735m),
    ];

    private static readonly (decimal Over, decimal Base, decimal Rate)[] Married2021UpTo2155350 =
    [
        (0m, 0m, 0.04m), (8500m, 340m, 0.045m), (11700m, 484m, 0.0525m), (13900m, 600m, 0.059m),
        (21400m, 1042m, 0.0597m), (80650m, 4579m, 0.0633m), (96800m, 5602m, 0.0728m), (107650m, 6391m, 0.0778m),
        (157650m, 10281m, 0.0799m), (211550m, 14588m, 0.0683m), (323200m, 22214m, 0.1071m), (373200m, 27569m, 0.0735m),
        (1077550m, 79338m, 0.0765m),
    ];

    /// <summary>
    /// NYS-50-T-NYS (1/21), exact calculation method, annual table; deduction allowances unchanged from 1/20 ($7,400 / $7,950,
    /// $1,000 per allowance). The PDF could not be fetched here: the figures are the TimeTrex Community Edition transcription
    /// (aydancoskun/timetrex-community-edition, classes/payroll_deduction/US/NY.class.php, rate set 20210101, commit 4b03515b),
    /// whose 20200101 set in the same file equals the 1/20 table above row for row. Every base reconciles with the running sum
    /// within New York's $1 (self-check test). Only the rows in force until 30 June 2021.
    /// </summary>
    public static StateTaxTable Year2021January { get; } = new()
    {
        State = "NY",
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "NYS DTF, NYS-50-T-NYS (1/21) exact calculation method (annual), as transcribed by TimeTrex Community Edition (NY.class.php, 20210101)",
        AllowanceDeduction = 1000m,
        BaseTolerance = 1.00m,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single or head of household", 7400m, BracketSchedule.Of(
                [.. Single2021UpTo1077550, (1077550m, 78775m, 0.5208m), (1127550m, 104815m, 0.0962m)])),
            ["M"] = new("Married", 7950m, BracketSchedule.Of(
                [.. Married2021UpTo2155350, (2155350m, 161790m, 0.9454m), (2205350m, 209060m, 0.0962m)])),
        },
    };

    /// <summary>
    /// NYS-50-T-NYS (7/21), for wages paid on or after 1 July 2021 (the April 2021 budget's top rates). Per EY Tax News 2021-1354,
    /// APA Pay News (9 Jul 2021) and Paylocity (26 Jul 2021) it changes the computation only above $1,077,550 single /
    /// $2,155,350 married (supplemental rate 9.62% -> 13.78%). Those new top rows were not found, so this table carries the
    /// unchanged 1/21 rows and refuses (no_table) above the thresholds rather than keep taxing them at the superseded 1/21 rows.
    /// </summary>
    public static StateTaxTable Year2021July { get; } = Year2021January with
    {
        EffectiveFrom = new LocalDate(2021, 7, 1),
        Source = "NYS DTF, NYS-50-T-NYS (7/21) exact calculation method (annual): rows up to $1,077,550 single / $2,155,350 married, unchanged from 1/21 (TimeTrex transcription); rows above not on file",
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single or head of household", 7400m, BracketSchedule.Of(Single2021UpTo1077550), TranscribedUpTo: 1077550m),
            ["M"] = new("Married", 7950m, BracketSchedule.Of(Married2021UpTo2155350), TranscribedUpTo: 2155350m),
        },
    };

    /// <summary>
    /// NYS-50-T-NYS (1/26): Method II annual table (p. 17 single, p. 19 married), Table A/B/C allowances ($7,400 / $7,950,
    /// $1,000), and Method III (p. 22): at or above $1,077,550 single / $2,155,350 married of annual net wages, 10.45% of the
    /// whole amount, 11.10% from $5,000,000 and 11.70% from $25,000,000.
    /// The PDF could not be fetched here. Two independent transcriptions agree on every figure: Microsoft Dynamics GP
    /// "U.S. 2026 Payroll Tax Update" (MicrosoftDocs/msftdynamicsgpdocs, dynamics-gp/payroll/US19JanTaxR1.md, Round 1 of
    /// 12/18/2025, NY section) and braedonsaunders/openbooks (engine/src/payroll/us/states/ny.ts, which quotes the PDF by page
    /// and also gives the per-period tables, which equal the annual one divided by the periods to the publication's rounding).
    /// The printed bases miss the running sum by up to $2.61 (single $9,673 at $157,650 against $9,671; married $13,708 at
    /// $211,550 against $13,705.39): both sources print exactly these bases, so the gap is the publication's own rounding
    /// and the self-check allows $3 for this edition only.
    /// </summary>
    public static StateTaxTable Year2026 { get; } = new()
    {
        State = "NY",
        TaxYear = 2026,
        EffectiveFrom = new LocalDate(2026, 1, 1),
        Source = "NYS DTF, NYS-50-T-NYS (1/26) Method II (annual) and Method III, as transcribed by Microsoft Dynamics GP 2026 tax update and openbooks (agreeing)",
        AllowanceDeduction = 1000m,
        BaseTolerance = 3.00m,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new(
                "Single or head of household",
                7400m,
                BracketSchedule.Of(
                    (0m, 0m, 0.039m), (8500m, 332m, 0.044m), (11700m, 472m, 0.0515m), (13900m, 586m, 0.054m),
                    (80650m, 4190m, 0.059m), (96800m, 5143m, 0.0703m), (107650m, 5906m, 0.0753m), (157650m, 9673m, 0.064m),
                    (215400m, 13369m, 0.1144m), (265400m, 19091m, 0.0735m)),
                WholeAmountBands: [new(1077550m, 0.1045m), new(5000000m, 0.111m), new(25000000m, 0.117m)]),
            ["M"] = new(
                "Married",
                7950m,
                BracketSchedule.Of(
                    (0m, 0m, 0.039m), (8500m, 332m, 0.044m), (11700m, 472m, 0.0515m), (13900m, 586m, 0.054m),
                    (80650m, 4190m, 0.059m), (96800m, 5143m, 0.0657m), (107650m, 5855m, 0.0707m), (157650m, 9388m, 0.0801m),
                    (211550m, 13708m, 0.064m), (323200m, 20854m, 0.1349m), (373200m, 27600m, 0.0735m), (1077550m, 79369m, 0.0765m)),
                WholeAmountBands: [new(2155350m, 0.1045m), new(5000000m, 0.111m), new(25000000m, 0.117m)]),
        },
    };
}
