using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Indiana WH-4 state withholding (county tax is separate and not computed): flat rate after personal exemptions (<c>Allowances</c>) and dependent exemptions (<c>AdditionalAllowances</c>).</summary>
internal static class IndianaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021, Year2026];

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

    /// <summary>
    /// Indiana's 2021 state rate stayed 3.23% ("State income tax rate remains at 3.23%": EY Tax News 2021-1816 on
    /// Departmental Notice #1 of October 2021; 3.23% since 2017 under HB 1001-2013), with the same $1,000 personal and $1,500
    /// dependent exemptions (TimeTrex community edition, IN.class.php, 2021 revision). Departmental Notice #1 (2021) itself
    /// was not retrieved.
    /// </summary>
    public static StateTaxTable Year2021 { get; } = Year2020 with
    {
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "Indiana DOR, Departmental Notice #1 (2021) state withholding instructions, state portion, 3.23%",
    };

    /// <summary>
    /// Indiana DOR, Departmental Notice #1, effective 1 January 2026 (R46 / 01-26): state rate 2.95%; deduction constant
    /// Table A $1,000 per personal exemption, Table B $1,500 per additional dependent exemption (Table C, $3,000 per adopted
    /// child, is not modelled: the request has no third count). The 2.95% rate is confirmed by PayrollOrg ("the Indiana state
    /// withholding tax rate decreases to 2.95% from 3%", effective 1 January 2026); the exemptions and the notice's weekly
    /// worked example are from the transcription in braedonsaunders/openbooks in.ts.
    /// </summary>
    public static StateTaxTable Year2026 { get; } = Year2020 with
    {
        TaxYear = 2026,
        EffectiveFrom = new LocalDate(2026, 1, 1),
        Source = "Indiana DOR, Departmental Notice #1 (R46 / 01-26) state withholding, 2.95%, Tables A/B (as transcribed by third parties)",
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 0m, BracketSchedule.Flat(0.0295m)) },
    };
}
