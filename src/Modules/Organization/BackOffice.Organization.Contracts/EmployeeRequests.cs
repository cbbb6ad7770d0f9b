using NodaTime;

namespace BackOffice.Organization.Contracts;

/// <summary>
/// Onboarding form: the employee and their user account in one step. Everything after <see cref="Skills"/>
/// is optional; what is left out shows on the onboarding checklist.
/// </summary>
/// <param name="Role">The user account's role; only an Admin may give a role other than <c>Agent</c>.</param>
public sealed record OnboardEmployeeRequest(
    string? EmployeeNumber,
    string? FirstName,
    string? LastName,
    string? Email,
    LocalDate? HireDate,
    Guid? SiteId,
    Guid? TeamId,
    string? HomeState,
    PayType? PayType,
    decimal? PayRate,
    IReadOnlyList<string>? Skills,
    string? Role = null,
    ContractDto? Contract = null,
    TaxSetupDto? TaxSetup = null,
    string? Ssn = null,
    string? BankRoutingNumber = null,
    string? BankAccountNumber = null,
    BankAccountType? BankAccountType = null)
{
    // A record prints every member; this one carries an SSN and an account number, which must never reach a log.
    public override string ToString() => $"OnboardEmployeeRequest {{ EmployeeNumber = {EmployeeNumber}, Email = {Email}, Ssn = {(Ssn is null ? "null" : "***")}, BankAccountNumber = {(BankAccountNumber is null ? "null" : "***")} }}";
}

/// <summary>Edits the employee's profile. The e-mail is the login and the hire date anchors the rate history, so neither changes here.</summary>
/// <param name="Version">The <see cref="EmployeeDto.Version"/> the client loaded; a stale one gets 409.</param>
public sealed record UpdateEmployeeRequest(
    uint Version,
    string? FirstName,
    string? LastName,
    Guid? SiteId,
    Guid? TeamId,
    string? HomeState,
    IReadOnlyList<string>? Skills);

/// <summary>Adds a rate to the history from <see cref="EffectiveFrom"/> on; earlier rates are kept as they were.</summary>
public sealed record ChangePayRateRequest(LocalDate? EffectiveFrom, PayType? PayType, decimal? Amount);

public sealed record SetContractRequest(uint Version, int? MinWeeklyMinutes, int? MaxWeeklyMinutes, int? MaxConsecutiveDays);

public sealed record SetTaxSetupRequest(
    uint Version,
    FederalFilingStatus? FilingStatus,
    bool MultipleJobsOrSpouseWorks,
    decimal DependentsAmount,
    decimal OtherIncome,
    decimal Deductions,
    decimal ExtraWithholding,
    bool Exempt,
    int StateAllowances,
    decimal StateExtraWithholding);

public sealed record SetSsnRequest(uint Version, string? Ssn)
{
    public override string ToString() => $"SetSsnRequest {{ Version = {Version}, Ssn = *** }}";
}

public sealed record SetBankAccountRequest(uint Version, string? RoutingNumber, string? AccountNumber, BankAccountType? Type)
{
    public override string ToString() => $"SetBankAccountRequest {{ Version = {Version}, RoutingNumber = ***, AccountNumber = ***, Type = {Type} }}";
}

/// <summary>Why the clear SSN is needed; stored with the audit entry of the reveal.</summary>
public sealed record RevealSsnRequest(string? Reason);

/// <summary>The one response that carries a clear SSN (PayrollAdmin, audited).</summary>
public sealed record RevealedSsnDto(Guid EmployeeId, string Ssn)
{
    public override string ToString() => $"RevealedSsnDto {{ EmployeeId = {EmployeeId}, Ssn = *** }}";
}
