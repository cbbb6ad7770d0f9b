using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Payroll.Contracts;

/// <summary>Gross-to-net for one employee and one pay period: earnings, state allocation, withholding, FICA, net.</summary>
public interface IGrossToNetCalculator
{
    Result<GrossToNetResultDto> Calculate(GrossToNetRequestDto request);
}

/// <param name="PayDate">Selects the tax year of every table.</param>
/// <param name="PayPeriodsPerYear">1, 2, 4, 12, 24, 26, 52 or 260 (IRS Pub 15-T, Worksheet 1A, Table 3).</param>
/// <param name="ResidentState">Employee's state of residence, or null to withhold for work states only.</param>
/// <param name="Timecards">The workweeks paid in this period; overtime is figured per workweek.</param>
/// <param name="FederalW4">The employee's federal Form W-4.</param>
/// <param name="StateElections">The employee's state withholding certificates, one per state.</param>
/// <param name="YearToDate">Wages already paid this calendar year, before this period.</param>
public sealed record GrossToNetRequestDto(
    LocalDate PayDate,
    int PayPeriodsPerYear,
    string? ResidentState,
    IReadOnlyList<TimecardDto> Timecards,
    FederalW4Dto FederalW4,
    IReadOnlyList<StateTaxElectionDto> StateElections,
    YearToDateDto YearToDate);

public enum FederalFilingStatus
{
    /// <summary>Single or married filing separately (and, on a pre-2020 form, "married, but withhold at higher single rate").</summary>
    Single,
    MarriedFilingJointly,
    HeadOfHousehold,
}

public enum W4FormVersion
{
    /// <summary>Form W-4 from 2019 or earlier: allowances.</summary>
    Pre2020,

    /// <summary>Form W-4 from 2020 or later: steps 2 to 4.</summary>
    Form2020OrLater,
}

/// <param name="MultipleJobs">Step 2(c) checkbox (2020+ form).</param>
/// <param name="DependentsAmount">Step 3, annual dollars (2020+ form).</param>
/// <param name="OtherIncome">Step 4(a), annual dollars (2020+ form).</param>
/// <param name="Deductions">Step 4(b), annual dollars (2020+ form).</param>
/// <param name="ExtraWithholding">Step 4(c) (or line 6 of a pre-2020 form), per pay period.</param>
/// <param name="Allowances">Withholding allowances (pre-2020 form only).</param>
/// <param name="Exempt">Employee claimed exemption from withholding.</param>
public sealed record FederalW4Dto(
    W4FormVersion Version,
    FederalFilingStatus FilingStatus,
    bool MultipleJobs = false,
    decimal DependentsAmount = 0m,
    decimal OtherIncome = 0m,
    decimal Deductions = 0m,
    decimal ExtraWithholding = 0m,
    int Allowances = 0,
    bool Exempt = false);

/// <summary>A state withholding certificate; the codes are the state's own, documented by its calculator.</summary>
public sealed record StateTaxElectionDto(
    string State,
    string FilingStatus,
    int Allowances = 0,
    int AdditionalAllowances = 0,
    decimal AdditionalWithholding = 0m);

/// <param name="SocialSecurityWages">Wages subject to social security paid earlier this year (for the wage base).</param>
/// <param name="MedicareWages">Wages subject to Medicare paid earlier this year (for the $200,000 Additional Medicare threshold).</param>
public sealed record YearToDateDto(decimal SocialSecurityWages = 0m, decimal MedicareWages = 0m);

public sealed record GrossToNetResultDto(
    decimal GrossPay,
    IReadOnlyList<OvertimeResultDto> Workweeks,
    IReadOnlyList<StateWageAllocationDto> Allocations,
    FederalWithholdingDto FederalIncomeTax,
    FicaDto Fica,
    IReadOnlyList<StateWithholdingLineDto> StateIncomeTax,
    decimal TotalEmployeeTaxes,
    decimal NetPay);

/// <summary>Gross wages apportioned to a work state by the hours worked there.</summary>
public sealed record StateWageAllocationDto(string State, decimal Hours, decimal Wages);

public sealed record FederalWithholdingDto(decimal Amount, decimal AdjustedAnnualWage, decimal TentativeAnnualWithholding, string Source);

public sealed record FicaDto(
    decimal SocialSecurityWages,
    decimal SocialSecurityEmployee,
    decimal SocialSecurityEmployer,
    decimal MedicareWages,
    decimal MedicareEmployee,
    decimal MedicareEmployer,
    decimal AdditionalMedicareWages,
    decimal AdditionalMedicareEmployee,
    string Source);

public enum StateWithholdingBasis
{
    /// <summary>Withheld for the state where the wages were earned.</summary>
    WorkState,

    /// <summary>Withheld for the state of residence, on all wages, less the credit for work-state tax.</summary>
    ResidentState,

    /// <summary>No work-state withholding: a reciprocity agreement sends these wages to the resident state.</summary>
    ReciprocityExempt,
}

/// <param name="TaxableWages">Wages this line's tax was figured on.</param>
/// <param name="Credit">Resident lines: credit for work-state withholding, limited to the resident tax on those wages.</param>
public sealed record StateWithholdingLineDto(
    string State,
    StateWithholdingBasis Basis,
    decimal TaxableWages,
    decimal Amount,
    decimal Credit,
    string Source,
    string? Note);
