using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>North Carolina NC-4 withholding, percentage method. Status codes: S single or married filing separately, M married filing jointly or surviving spouse, H head of household.</summary>
internal static class NorthCarolinaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021];

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
}
