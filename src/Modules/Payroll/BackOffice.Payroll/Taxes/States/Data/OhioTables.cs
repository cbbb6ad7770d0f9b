using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Ohio IT 4 withholding, optional computer formula. Ohio has no filing status; <c>Allowances</c> = IT 4 exemptions.</summary>
internal static class OhioTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020];

    /// <summary>Ohio Department of Taxation, employer withholding tables effective 1 January 2020 (optional computer formula):
    /// $650 per exemption, annual table below, and the annual tax multiplied by 1.032.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "OH",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Ohio Dept. of Taxation, Employer Withholding Tables and optional computer formula effective 1 Jan 2020 (x1.032)",
        AllowanceDeduction = 650m,
        AnnualTaxFactor = 1.032m,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            [StateTaxTable.AnyStatus] = new("All employees", 0m, BracketSchedule.Of(
                (0m, 0m, 0.005m), (5000m, 25m, 0.01m), (10000m, 75m, 0.02m), (15000m, 175m, 0.025m),
                (20000m, 300m, 0.03m), (40000m, 900m, 0.035m), (80000m, 2300m, 0.04m), (100000m, 3100m, 0.05m))),
        },
    };
}
