using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>
/// Georgia G-4 withholding, percentage method. Status codes are the G-4 letters: A single, B married filing joint with both
/// spouses working, C married filing joint with one spouse working, D married filing separate, E head of household.
/// </summary>
internal static class GeorgiaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021, Year2026, Year2026FromMay11];

    private static BracketSchedule SingleSchedule(decimal topRate) => BracketSchedule.Of(
        (0m, 0m, 0.01m), (750m, 7.50m, 0.02m), (2250m, 37.50m, 0.03m), (3750m, 82.50m, 0.04m), (5250m, 142.50m, 0.05m), (7000m, 230m, topRate));

    private static BracketSchedule OneIncomeSchedule(decimal topRate) => BracketSchedule.Of(
        (0m, 0m, 0.01m), (1000m, 10m, 0.02m), (3000m, 50m, 0.03m), (5000m, 110m, 0.04m), (7000m, 190m, 0.05m), (10000m, 340m, topRate));

    private static BracketSchedule SeparateSchedule(decimal topRate) => BracketSchedule.Of(
        (0m, 0m, 0.01m), (500m, 5m, 0.02m), (1500m, 25m, 0.03m), (2500m, 55m, 0.04m), (3500m, 95m, 0.05m), (5000m, 170m, topRate));

    /// <summary>Georgia Department of Revenue, Employer's Tax Guide 2020: percentage method tables, standard deductions
    /// (single/HoH $4,600, MFJ $6,000, MFS or MFJ both working $3,000), personal allowances ($2,700 single/HoH, $3,700 per
    /// married person) and dependent allowance $3,000.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "GA",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Georgia DOR, Employer's Tax Guide 2020, percentage method (annual) tables and allowances",
        AllowanceDeduction = 3000m,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["A"] = new("Single", 4600m, SingleSchedule(0.0575m), PersonalAllowance: 2700m),
            ["B"] = new("Married filing joint, both spouses working", 3000m, SeparateSchedule(0.0575m), PersonalAllowance: 3700m),
            ["C"] = new("Married filing joint, one spouse working", 6000m, OneIncomeSchedule(0.0575m), PersonalAllowance: 3700m),
            ["D"] = new("Married filing separate", 3000m, SeparateSchedule(0.0575m), PersonalAllowance: 3700m),
            ["E"] = new("Head of household", 4600m, OneIncomeSchedule(0.0575m), PersonalAllowance: 2700m),
        },
    };

    /// <summary>
    /// Georgia's 2021 percentage method was the 2020 one: the standard deductions first changed for 2022 ("Single or Head of
    /// Household has changed from $4,600 to $5,400", MFS/both working "$3,000 to $3,550", one spouse working "$6,000 to
    /// $7,100": USDA NFC bulletin NFC-22-1646428548, 4 Mar 2022) and the rate tables were not revised in 2021 (Turtle Creek
    /// Software, Georgia payroll tax notes for 2021). The Employer's Tax Guide 2021 itself was not retrieved.
    /// </summary>
    public static StateTaxTable Year2021 { get; } = Year2020 with
    {
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "Georgia DOR, Employer's Tax Guide 2021, percentage method (unchanged from 2020 per NFC-22-1646428548)",
    };

    // Form G-4 (2024 and later) letters: A single; B married filing separate, or joint with both spouses working; C married
    // filing joint, one spouse working; D head of household. The guide's note under Table E gives B the column (3) deduction,
    // the same as single. Personal allowances no longer exist (0 here); dependents are Allowances.
    private static Dictionary<string, FilingStatusTable> FlatRateStatuses(decimal rate, decimal single, decimal joint) => new()
    {
        ["A"] = new("Single", single, BracketSchedule.Flat(rate)),
        ["B"] = new("Married filing separate, or joint with both spouses working", single, BracketSchedule.Flat(rate)),
        ["C"] = new("Married filing joint, one spouse working", joint, BracketSchedule.Flat(rate)),
        ["D"] = new("Head of household", single, BracketSchedule.Flat(rate)),
    };

    /// <summary>
    /// Georgia DOR, Employer's Withholding Tax Guide 2026 (revised December 2025), Percentage Method, Tables E/F (pp. 46-47):
    /// flat 5.19%; annual standard deduction $12,000 (single, head of household, married filing separate or both working) and
    /// $24,000 (joint, one spouse working); dependent allowance $4,000 each. In force for pay dates before 11 May 2026. The
    /// guide was not retrievable here: figures from the transcription in braedonsaunders/openbooks ga.ts (commit c608d5d),
    /// accepted because its per-period columns are these annual amounts divided by the periods (461.54 = 12,000 / 26,
    /// 166.67 = 4,000 / 24) and the guide's own example reproduces ($15.79, GeorgiaWithholding2026Tests). The $12,000 /
    /// $24,000 / $4,000 figures also match the 2024 revision (EY Tax News 2024-1213).
    /// </summary>
    public static StateTaxTable Year2026 { get; } = new()
    {
        State = "GA",
        TaxYear = 2026,
        EffectiveFrom = new LocalDate(2026, 1, 1),
        Source = "Georgia DOR, Employer's Withholding Tax Guide 2026 (rev. December 2025), percentage method Tables E/F, 5.19% (as transcribed by braedonsaunders/openbooks; self-reconciling)",
        AllowanceDeduction = 4000m,
        Statuses = FlatRateStatuses(0.0519m, 12000m, 24000m),
    };

    /// <summary>
    /// Georgia DOR, Employer's Withholding Tax Guide 2026 (revised June 2026), Tables E/F (pp. 48-49), after House Bill 463:
    /// 4.99%, standard deduction $15,000 / $30,000, dependent allowance $5,000. The rate cut is retroactive to 1 January for
    /// the return but not for withholding: "Employers must continue to withhold at the rate of 5.19% before the effective date
    /// of the change and can begin withholding at the new rate of 4.99%, starting May 11, 2026." This table starts on that
    /// date (an employer may keep 5.19% for the rest of the year; not modelled). Same transcription and checks as above
    /// (1,250.00 = 30,000 / 24, 192.31 = 5,000 / 26; the guide's examples #1 $27.03 and #2 $0.00 reproduce).
    /// </summary>
    public static StateTaxTable Year2026FromMay11 { get; } = Year2026 with
    {
        EffectiveFrom = new LocalDate(2026, 5, 11),
        Source = "Georgia DOR, Employer's Withholding Tax Guide 2026 (rev. June 2026, HB 463), percentage method Tables E/F, 4.99% from 11 May 2026 (as transcribed by braedonsaunders/openbooks; self-reconciling)",
        AllowanceDeduction = 5000m,
        Statuses = FlatRateStatuses(0.0499m, 15000m, 30000m),
    };
}
