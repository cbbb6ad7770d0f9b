using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization.Contracts;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Organization.Domain;

/// <summary>
/// A person the call center employs, entered once and read by scheduling, time tracking and payroll.
/// Value objects (contract, tax setup) are stored as plain columns of the employee row because the audit log
/// diffs the row's columns: each change then shows up field by field, before and after.
/// </summary>
internal sealed class Employee : IVersioned, IAuditable
{
    private readonly List<PayRate> payRates = [];

    private Employee()
    {
    }

    public EmployeeId Id { get; private set; }
    public uint Version { get; private set; }
    public string EmployeeNumber { get; private set; } = "";
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public LocalDate HireDate { get; private set; }
    public SiteId SiteId { get; private set; }
    public TeamId? TeamId { get; private set; }
    public string HomeState { get; private set; } = "";

    /// <summary>Sorted skill slugs joined with ';' so that the audit log shows a readable before and after.</summary>
    public string SkillList { get; private set; } = "";

    public int? ContractMinWeeklyMinutes { get; private set; }
    public int? ContractMaxWeeklyMinutes { get; private set; }
    public int? ContractMaxConsecutiveDays { get; private set; }

    public FederalFilingStatus? TaxFilingStatus { get; private set; }
    public bool TaxMultipleJobs { get; private set; }
    public decimal TaxDependentsAmount { get; private set; }
    public decimal TaxOtherIncome { get; private set; }
    public decimal TaxDeductions { get; private set; }
    public decimal TaxExtraWithholding { get; private set; }
    public bool TaxExempt { get; private set; }
    public int TaxStateAllowances { get; private set; }
    public decimal TaxStateExtraWithholding { get; private set; }

    [Sensitive]
    public string? SsnProtected { get; private set; }

    public string? SsnLast4 { get; private set; }

    [Sensitive]
    public string? BankAccountProtected { get; private set; }

    public string? BankAccountLast4 { get; private set; }
    public BankAccountType? BankAccountType { get; private set; }

    public IReadOnlyList<PayRate> PayRates => payRates;

    public IReadOnlyList<string> Skills => Domain.Skills.Split(SkillList);

    public string DisplayName => $"{FirstName} {LastName}";

    public WorkContract? Contract =>
        ContractMaxWeeklyMinutes is { } max && ContractMaxConsecutiveDays is { } days
            ? new WorkContract(ContractMinWeeklyMinutes ?? 0, max, days)
            : null;

    public TaxSetup? TaxSetup =>
        TaxFilingStatus is { } status
            ? new TaxSetup(status, TaxMultipleJobs, TaxDependentsAmount, TaxOtherIncome, TaxDeductions, TaxExtraWithholding, TaxExempt, TaxStateAllowances, TaxStateExtraWithholding)
            : null;

    public string? SsnMasked => SsnLast4 is null ? null : Ssn.Mask(SsnLast4);

    public string? BankAccountMasked => BankAccountLast4 is null ? null : BankAccount.Mask(BankAccountLast4);

    public OnboardingChecklistDto Checklist => OnboardingChecklist.For(this);

    /// <summary>Enters a new employee with their first pay rate, in force from the hire date.</summary>
    public static Result<Employee> Onboard(
        EmployeeNumber number,
        PersonName firstName,
        PersonName lastName,
        EmailAddress email,
        LocalDate hireDate,
        Site site,
        Team? team,
        string homeState,
        PayType payType,
        decimal payRate,
        IReadOnlyList<string> skills)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(skills);
        var employee = new Employee
        {
            Id = EmployeeId.New(),
            EmployeeNumber = number.Value,
            FirstName = firstName.Value,
            LastName = lastName.Value,
            Email = email.Value,
            HireDate = hireDate,
            HomeState = homeState,
            SkillList = Domain.Skills.Join(skills),
        };
        var placed = employee.PlaceAt(site, team);
        if (!placed.IsSuccess)
        {
            return placed.Error!;
        }

        var rate = employee.ChangePayRate(hireDate, payType, payRate);
        return rate.IsSuccess ? employee : rate.Error!;
    }

    public Result UpdateProfile(PersonName firstName, PersonName lastName, Site site, Team? team, string homeState, IReadOnlyList<string> skills)
    {
        ArgumentNullException.ThrowIfNull(skills);
        var placed = PlaceAt(site, team);
        if (!placed.IsSuccess)
        {
            return placed;
        }

        FirstName = firstName.Value;
        LastName = lastName.Value;
        HomeState = homeState;
        SkillList = Domain.Skills.Join(skills);
        return Result.Success();
    }

    /// <summary>
    /// Adds a rate from <paramref name="effectiveFrom"/> on. It may be back-dated (a retro raise) but never before
    /// the hire date, and never replaces an entry: a second rate for the same day is refused.
    /// </summary>
    public Result<PayRate> ChangePayRate(LocalDate effectiveFrom, PayType payType, decimal amount)
    {
        if (effectiveFrom < HireDate)
        {
            return new Error("pay_rate.before_hire", $"A pay rate cannot start before the hire date {HireDate:uuuu-MM-dd}.");
        }

        if (payRates.Any(r => r.EffectiveFrom == effectiveFrom))
        {
            return Error.Conflict("pay_rate.exists", $"A pay rate already starts on {effectiveFrom:uuuu-MM-dd}; history is never overwritten, add a rate on another day.");
        }

        var amountResult = PayAmount.Parse(amount, payType);
        if (!amountResult.IsSuccess)
        {
            return amountResult.Error!;
        }

        var minimum = FederalMinimumWageRule.Check(payType, amount, effectiveFrom);
        if (!minimum.IsSuccess)
        {
            return minimum.Error!;
        }

        var rate = PayRate.Create(Id, effectiveFrom, payType, amount);
        payRates.Add(rate);
        return rate;
    }

    /// <summary>The rate in force on <paramref name="date"/>: the latest entry starting on or before it; null before hire.</summary>
    public PayRate? RateOn(LocalDate date) =>
        payRates.Where(r => r.EffectiveFrom <= date).MaxBy(r => r.EffectiveFrom);

    public void SetContract(WorkContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ContractMinWeeklyMinutes = contract.MinWeeklyMinutes;
        ContractMaxWeeklyMinutes = contract.MaxWeeklyMinutes;
        ContractMaxConsecutiveDays = contract.MaxConsecutiveDays;
    }

    public void SetTaxSetup(TaxSetup tax)
    {
        ArgumentNullException.ThrowIfNull(tax);
        TaxFilingStatus = tax.FilingStatus;
        TaxMultipleJobs = tax.MultipleJobsOrSpouseWorks;
        TaxDependentsAmount = tax.DependentsAmount;
        TaxOtherIncome = tax.OtherIncome;
        TaxDeductions = tax.Deductions;
        TaxExtraWithholding = tax.ExtraWithholding;
        TaxExempt = tax.Exempt;
        TaxStateAllowances = tax.StateAllowances;
        TaxStateExtraWithholding = tax.StateExtraWithholding;
    }

    public void SetSsn(Ssn ssn, IPersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(ssn);
        ArgumentNullException.ThrowIfNull(protector);
        SsnProtected = protector.Protect(ssn.Reveal());
        SsnLast4 = ssn.Last4;
    }

    public void SetBankAccount(BankAccount account, IPersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(protector);
        BankAccountProtected = protector.Protect(account.ToPayload());
        BankAccountLast4 = account.Last4;
        BankAccountType = account.Type;
    }

    /// <summary>Decrypts the SSN. The caller writes the audit entry that names who read it and why.</summary>
    public Result<Ssn> RevealSsn(IPersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        return SsnProtected is null
            ? Error.NotFound("employee.ssn_missing", "No SSN is on file for this employee.")
            : Ssn.Parse(protector.Unprotect(SsnProtected));
    }

    /// <summary>Decrypts the direct-deposit account, for the bank file.</summary>
    public BankAccount? RevealBankAccount(IPersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        return BankAccountProtected is null || BankAccountType is not { } type
            ? null
            : BankAccount.FromPayload(protector.Unprotect(BankAccountProtected), type);
    }

    // Logged or interpolated employees show who they are, never what is personal.
    public override string ToString() => $"Employee {EmployeeNumber} ({Id})";

    private Result PlaceAt(Site site, Team? team)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (team is not null && team.SiteId != site.Id)
        {
            return new Error("employee.team_at_other_site", $"Team '{team.Name}' works at another site.");
        }

        if (team is not null && team.SupervisorId == Id)
        {
            return new Error("employee.supervises_team", $"The supervisor of team '{team.Name}' cannot be one of its members.");
        }

        SiteId = site.Id;
        TeamId = team?.Id;
        return Result.Success();
    }
}
