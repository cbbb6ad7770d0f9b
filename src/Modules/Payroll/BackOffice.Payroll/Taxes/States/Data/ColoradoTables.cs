using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Colorado withholding for employees on the 2020-and-later federal W-4 (DR 1098). Status codes: S (single, head of household, married filing separately), M (married filing jointly).</summary>
internal static class ColoradoTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020];

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
}
