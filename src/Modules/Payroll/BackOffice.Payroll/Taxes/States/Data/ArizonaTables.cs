using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>
/// Arizona A-4: the employee elects a percentage of gross taxable wages (or zero). The "status" is the elected percentage
/// as printed on the form ("2.7"), or "0" for the zero-withholding election. An employee who never filed an A-4 is withheld
/// at the default rate printed on the form, which each year's table names in <see cref="StateTaxTable.NoCertificateStatus"/>
/// (an empty request status selects it).
/// </summary>
internal static class ArizonaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021, Year2026];

    /// <summary>"2.70", "2.7" and "2.7%" are the same election; the key drops trailing zeros.</summary>
    public static string ElectionKey(decimal percent) =>
        (percent / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, FilingStatusTable> Elections(params decimal[] percents)
    {
        var elections = new Dictionary<string, FilingStatusTable> { ["0"] = new("Zero withholding elected", 0m, BracketSchedule.Flat(0m)) };
        foreach (var percent in percents)
        {
            elections[ElectionKey(percent)] =
                new($"{percent}% of gross taxable wages", 0m, BracketSchedule.Flat(percent / 100m));
        }

        return elections;
    }

    /// <summary>Arizona DOR, Form A-4 (2020) Employee's Arizona Withholding Election: 0.8, 1.3, 1.8, 2.7, 3.6, 4.2 or 5.1% of
    /// gross taxable wages, or zero; 2.7% when no A-4 is on file.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "AZ",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Arizona DOR, Form A-4 (2020) Employee's Arizona Withholding Election",
        Statuses = Elections(0.8m, 1.3m, 1.8m, 2.7m, 3.6m, 4.2m, 5.1m),
        NoCertificateStatus = ElectionKey(2.7m),
    };

    /// <summary>The 2020 A-4 stayed in use through 2022.</summary>
    public static StateTaxTable Year2021 { get; } = Year2020 with { TaxYear = 2021, EffectiveFrom = new LocalDate(2021, 1, 1) };

    /// <summary>Arizona DOR, Form A-4 (rev. 2023, used from 2023 with the 2.5% flat income tax): 0.5, 1.0, 1.5, 2.0, 2.5, 3.0
    /// or 3.5% of gross taxable wages, or zero; 2.0% when no A-4 is on file.</summary>
    public static StateTaxTable Year2026 { get; } = new()
    {
        State = "AZ",
        TaxYear = 2026,
        EffectiveFrom = new LocalDate(2026, 1, 1),
        Source = "Arizona DOR, Form A-4 (rev. 2023) Employee's Arizona Withholding Election",
        Statuses = Elections(0.5m, 1.0m, 1.5m, 2.0m, 2.5m, 3.0m, 3.5m),
        NoCertificateStatus = ElectionKey(2.0m),
    };
}
