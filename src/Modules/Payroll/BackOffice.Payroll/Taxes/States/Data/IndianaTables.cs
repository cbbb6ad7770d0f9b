using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Indiana WH-4 state withholding (county tax is separate and not computed): flat rate after personal exemptions (<c>Allowances</c>) and dependent exemptions (<c>AdditionalAllowances</c>).</summary>
internal static class IndianaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020];

    /// <summary>Indiana DOR, Departmental Notice #1 (rev. 2020) Withholding Instructions: state rate 3.23%, $1,000 per personal
    /// exemption, $1,500 per additional dependent exemption.</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "IN",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Indiana DOR, Departmental Notice #1 (2020) state and county withholding instructions, state portion",
        AllowanceDeduction = 1000m,
        AdditionalAllowanceDeduction = 1500m,
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 0m, BracketSchedule.Flat(0.0323m)) },
    };
}
