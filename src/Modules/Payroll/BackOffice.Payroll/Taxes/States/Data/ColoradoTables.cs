using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Colorado withholding for employees on the 2020-and-later federal W-4 (DR 1098). Status codes: S (single, head of household, married filing separately), M (married filing jointly).</summary>
internal static class ColoradoTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021, Year2026];

    /// <summary>Colorado DOR, DR 1098 Colorado Income Tax Withholding Tables for Employers (2020): for a 2020 W-4, annual
    /// deduction $4,000 (single) / $8,000 (married filing jointly), 4.63%, rounded to the whole dollar.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "CO",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Colorado DOR, DR 1098 Income Tax Withholding Tables for Employers (2020), 2020 W-4 formula",
        Rounding = WithholdingRounding.WholeDollars,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single, head of household or married filing separately", 4000m, BracketSchedule.Flat(0.0463m)),
            ["M"] = new("Married filing jointly", 8000m, BracketSchedule.Flat(0.0463m)),
        },
    };

    /// <summary>
    /// Colorado DOR, DR 1098 Colorado Income Tax Withholding Worksheet for Employers (rev. 12/2020, used for 2021): the 2020
    /// worksheet unchanged except the rate, 4.55% under Proposition 116 and Executive Order D 2020-302, which the Department
    /// directed employers to apply to wages paid on and after 1 January 2021 (EY Tax News 2021-0086, 14 Jan 2021; Wolters
    /// Kluwer, "Colorado issues 2021 worksheet; tables unchanged", 19 Jan 2021). Annual allowance $4,000 / $8,000 (married
    /// filing jointly), as the 12-2020 worksheet prints them (restated by TKT Enterprises' Colorado page). The worksheet PDF
    /// itself was not retrieved; rounding to the whole dollar is carried over from the 2020 worksheet, whose format this
    /// revision kept.
    /// </summary>
    public static StateTaxTable Year2021 { get; } = Year2020 with
    {
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "Colorado DOR, DR 1098 Income Tax Withholding Worksheet for Employers (rev. 12/2020, used for 2021), 4.55% (Proposition 116)",
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single, head of household or married filing separately", 4000m, BracketSchedule.Flat(0.0455m)),
            ["M"] = new("Married filing jointly", 8000m, BracketSchedule.Flat(0.0455m)),
        },
    };

    /// <summary>
    /// Colorado DOR, DR 1098 "2026 Colorado Withholding Worksheet for Employers" (rev. 10/21/25): annualize, subtract the
    /// DR 0004 line 2 allowance or, without one, $11,000 (W-4 married filing jointly or qualifying surviving spouse) or
    /// $5,500 (every other status, and no certificate), multiply by 4.40%, de-annualize. The PDF was not retrievable here;
    /// the figures are from three independent third-party transcriptions that agree (braedonsaunders/openbooks co.ts
    /// "DR 1098 (10/21/25)"; two other payroll repositories' DR 1098 (2026) tests). An older transcription of the 11/14/23
    /// worksheet ($5,000 / $10,000) is superseded by this revision. No transcription reports a rounding instruction and
    /// none rounds to the dollar, so this table rounds to the cent, unlike the 2020-2021 worksheets. A DR 0004 dollar
    /// allowance other than the default is not modelled (the request has no field for it).
    /// </summary>
    public static StateTaxTable Year2026 { get; } = new()
    {
        State = "CO",
        TaxYear = 2026,
        EffectiveFrom = new LocalDate(2026, 1, 1),
        Source = "Colorado DOR, DR 1098 2026 Colorado Withholding Worksheet for Employers (rev. 10/21/25), 4.40% (as transcribed by third parties)",
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single, head of household or married filing separately (and no certificate)", 5500m, BracketSchedule.Flat(0.044m)),
            ["M"] = new("Married filing jointly or qualifying surviving spouse", 11000m, BracketSchedule.Flat(0.044m)),
        },
    };
}
