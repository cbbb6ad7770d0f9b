using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Michigan MI-W4 withholding: flat rate after a per-exemption deduction.</summary>
internal static class MichiganTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021];

    /// <summary>Michigan Department of Treasury, Form 446 Michigan Income Tax Withholding Guide (2020): 4.25%, $4,750 per exemption.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "MI",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Michigan Dept. of Treasury, Form 446 Michigan Income Tax Withholding Guide (2020)",
        AllowanceDeduction = 4750m,
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 0m, BracketSchedule.Flat(0.0425m)) },
    };

    /// <summary>Michigan Department of Treasury, Form 446 (Rev. 12-20) 2021 Michigan Income Tax Withholding Guide: withholding
    /// rate 4.25%, personal exemption $4,900.</summary>
    public static StateTaxTable Year2021 { get; } = new()
    {
        State = "MI",
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "Michigan Dept. of Treasury, Form 446 (Rev. 12-20) 2021 Michigan Income Tax Withholding Guide",
        AllowanceDeduction = 4900m,
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 0m, BracketSchedule.Flat(0.0425m)) },
    };
}
