using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>North Carolina NC-4 withholding, percentage method. Status codes: S single or married filing separately, M married filing jointly or surviving spouse, H head of household.</summary>
internal static class NorthCarolinaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021, Year2026];

    /// <summary>NC DOR, NC-30 Income Tax Withholding Tables and Instructions for Employers (2020): withholding rate 5.35% (0.1 point above the 5.25% income tax rate), standard deduction
    /// $10,750 (S, M) / $16,125 (H), $2,500 per NC-4 allowance, withholding rounded to the nearest whole dollar.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "NC",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "NC DOR, NC-30 Income Tax Withholding Tables and Instructions for Employers (2020), percentage method",
        AllowanceDeduction = 2500m,
        Rounding = WithholdingRounding.WholeDollars,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single or married filing separately", 10750m, BracketSchedule.Flat(0.0535m)),
            ["M"] = new("Married filing jointly or surviving spouse", 10750m, BracketSchedule.Flat(0.0535m)),
            ["H"] = new("Head of household", 16125m, BracketSchedule.Flat(0.0535m)),
        },
    };

    /// <summary>NC DOR, NC-30 (2021): unchanged from 2020 (5.35%, $10,750 / $16,125, $2,500 per allowance).</summary>
    public static StateTaxTable Year2021 { get; } = Year2020 with
    {
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "NC DOR, NC-30 Income Tax Withholding Tables and Instructions for Employers (2021), percentage method",
    };

    /// <summary>
    /// NC DOR, NC-30 "2026 Income Tax Withholding Tables and Instructions for Employers" (rev. Web 11-25), annualized and
    /// percentage method worksheets: "The withholding calculations are based on the individual income tax rate of 3.99% plus
    /// 0.1%. This results in a withholding tax rate of 4.09%. Round off the final amount to the nearest whole dollar."
    /// Standard deduction (annualized worksheets, line 4) $12,750 single, married or surviving spouse / $19,125 head of
    /// household; line 5 "Multiply the number of allowances by $2,500.00".
    /// The PDF itself was not retrievable here. These figures come from a third-party source dossier that quotes the NC-30 2026 and the
    /// NC-4 (Web 10-25) verbatim, and they agree with two other independent 2026 transcriptions (one reproducing USDA NFC's
    /// 2026 NC bulletin). A flat table has no bracket bases to self-check.
    /// </summary>
    public static StateTaxTable Year2026 { get; } = Year2020 with
    {
        TaxYear = 2026,
        EffectiveFrom = new LocalDate(2026, 1, 1),
        Source = "NC DOR, NC-30 2026 Income Tax Withholding Tables and Instructions for Employers (rev. Web 11-25), annualized method: 4.09%, $12,750/$19,125, $2,500 per allowance (third-party transcription, see data file)",
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single or married filing separately", 12750m, BracketSchedule.Flat(0.0409m)),
            ["M"] = new("Married filing jointly or surviving spouse", 12750m, BracketSchedule.Flat(0.0409m)),
            ["H"] = new("Head of household", 19125m, BracketSchedule.Flat(0.0409m)),
        },
    };
}
