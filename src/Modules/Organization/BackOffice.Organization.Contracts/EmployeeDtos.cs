using NodaTime;

namespace BackOffice.Organization.Contracts;

/// <summary>One row of the employee list. Carries no pay or personal data.</summary>
public sealed record EmployeeSummaryDto(
    Guid Id,
    string EmployeeNumber,
    string FirstName,
    string LastName,
    string Email,
    Guid SiteId,
    Guid? TeamId,
    IReadOnlyList<string> Skills,
    bool OnboardingComplete);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>
/// An employee as the API shows them. The SSN and the bank account appear only masked
/// (<c>***-**-1234</c>, <c>****5678</c>); the clear SSN is only ever returned by the audited reveal.
/// </summary>
public sealed record EmployeeDto(
    Guid Id,
    uint Version,
    string EmployeeNumber,
    string FirstName,
    string LastName,
    string Email,
    LocalDate HireDate,
    Guid SiteId,
    string WorkState,
    Guid? TeamId,
    string HomeState,
    PayRateDto? CurrentPayRate,
    ContractDto? Contract,
    IReadOnlyList<string> Skills,
    TaxSetupDto? TaxSetup,
    string? SsnMasked,
    BankAccountDto? BankAccount,
    OnboardingChecklistDto Checklist);

/// <param name="Amount">Dollars per hour for <see cref="PayType.Hourly"/>, dollars per year for <see cref="PayType.Salaried"/>.</param>
public sealed record PayRateDto(LocalDate EffectiveFrom, PayType PayType, decimal Amount);

/// <summary>The schedule contract the roster solver honours. Minutes, so that 37.5 hours stays exact.</summary>
public sealed record ContractDto(int MinWeeklyMinutes, int MaxWeeklyMinutes, int MaxConsecutiveDays);

/// <summary>Form W-4 (2020 and later) plus the state allowance certificate.</summary>
/// <param name="MultipleJobsOrSpouseWorks">Step 2(c) checkbox.</param>
/// <param name="DependentsAmount">Step 3 total, dollars per year.</param>
/// <param name="OtherIncome">Step 4(a), dollars per year.</param>
/// <param name="Deductions">Step 4(b), dollars per year.</param>
/// <param name="ExtraWithholding">Step 4(c), dollars per pay period.</param>
/// <param name="Exempt">The employee wrote "Exempt" below Step 4(c).</param>
public sealed record TaxSetupDto(
    FederalFilingStatus FilingStatus,
    bool MultipleJobsOrSpouseWorks,
    decimal DependentsAmount,
    decimal OtherIncome,
    decimal Deductions,
    decimal ExtraWithholding,
    bool Exempt,
    int StateAllowances,
    decimal StateExtraWithholding);

public sealed record BankAccountDto(string AccountMasked, BankAccountType Type);

public sealed record ChecklistItemDto(string Code, string Label, bool Done);

/// <summary>What onboarding still misses; computed from the employee's data, never stored.</summary>
public sealed record OnboardingChecklistDto(bool IsComplete, IReadOnlyList<ChecklistItemDto> Items);
