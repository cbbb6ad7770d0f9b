using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>Massachusetts M-4 withholding (Circular M percentage method). <c>Allowances</c> = M-4 exemptions.</summary>
internal static class MassachusettsTables
{
    public const string FirstExemption = "FirstExemption";
    public const string FicaDeductionCap = "FicaDeductionCap";
    public const string FicaRate = "EmployeeFicaRate";

    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021];

    /// <summary>Massachusetts DOR, Circular M (rev. 1/2020) percentage method: 5.0%; exemptions $4,400 for the first and $1,000
    /// for each further; Social Security, Medicare and MA retirement contributions deductible up to $2,000 a year. The
    /// employee FICA rate (6.2% + 1.45%) is the federal one (26 U.S.C. 3101).</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "MA",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "Massachusetts DOR, Circular M Income Tax Withholding Tables (rev. 1/2020), percentage method",
        AllowanceDeduction = 1000m,
        Parameters = new Dictionary<string, decimal> { [FirstExemption] = 4400m, [FicaDeductionCap] = 2000m, [FicaRate] = 0.0765m },
        Statuses = new Dictionary<string, FilingStatusTable> { [StateTaxTable.AnyStatus] = new("All employees", 0m, BracketSchedule.Flat(0.05m)) },
    };

    /// <summary>DOR issued no new Circular M for 2021: the 1/2020 tables and 5.0% rate stayed in force (as employers' payroll
    /// offices reported at the time, e.g. UMass Lowell Payroll Services, 2021).</summary>
    public static StateTaxTable Year2021 { get; } = Year2020 with { TaxYear = 2021, EffectiveFrom = new LocalDate(2021, 1, 1) };
}
