using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>
/// Georgia G-4 withholding, percentage method. Status codes are the G-4 letters: A single, B married filing joint with both
/// spouses working, C married filing joint with one spouse working, D married filing separate, E head of household.
/// </summary>
internal static class GeorgiaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020];

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
}
