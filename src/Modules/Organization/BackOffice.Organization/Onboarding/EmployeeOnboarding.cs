using BackOffice.Identity.Contracts;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Organization.Onboarding;

/// <summary>
/// An employee parsed from a form, a CSV row or the demo script, not yet saved. Every value is already a valid
/// value object; what remains to check needs the whole batch or the database (uniqueness) or the aggregate.
/// </summary>
/// <param name="Line">The CSV line (header = 1), or 0 for the form.</param>
/// <param name="InitialPassword">Null: the account is created without a password and the person is invited.</param>
internal sealed record NewEmployee(
    int Line,
    EmployeeNumber Number,
    PersonName FirstName,
    PersonName LastName,
    EmailAddress Email,
    LocalDate HireDate,
    Site Site,
    Team? Team,
    string HomeState,
    PayType PayType,
    decimal PayRate,
    IReadOnlyList<string> Skills,
    string Role,
    WorkContract? Contract = null,
    TaxSetup? TaxSetup = null,
    Ssn? Ssn = null,
    BankAccount? BankAccount = null,
    string? InitialPassword = null)
{
    public override string ToString() => $"NewEmployee {{ Line = {Line}, Number = {Number}, Email = {Email} }}";
}

/// <summary>The fields onboarding itself can fault; each source (form, CSV) names them its own way.</summary>
internal enum OnboardingField
{
    EmployeeNumber,
    Email,
    Team,
    PayRate,
    Account,
}

internal sealed record OnboardingError(int Line, OnboardingField Field, Error Error);

internal sealed record PreparedEmployee(NewEmployee Input, Employee Employee)
{
    public NewUserAccount Account => new(Employee.Email, Employee.DisplayName, Input.Role, Employee.Id, Input.InitialPassword);
}

internal sealed record PreparedBatch(IReadOnlyList<PreparedEmployee> Employees, IReadOnlyList<OnboardingError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Onboarding enters an employee once: the record and the user account are created in one transaction, for one
/// employee (the form) or a whole file (the import), all or nothing.
/// </summary>
internal sealed class EmployeeOnboarding(OrganizationDbContext db, IUserAccounts accounts, IUnitOfWork unitOfWork, IPersonalDataProtector protector)
{
    /// <summary>Checks the whole batch (duplicates inside it, against employees and against existing logins) and builds the aggregates.</summary>
    public async Task<PreparedBatch> PrepareAsync(IReadOnlyList<NewEmployee> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var errors = new List<OnboardingError>();
        await CheckUniqueAsync(batch, errors, cancellationToken).ConfigureAwait(false);

        var prepared = new List<PreparedEmployee>(batch.Count);
        foreach (var input in batch)
        {
            var onboarded = Employee.Onboard(input.Number, input.FirstName, input.LastName, input.Email, input.HireDate, input.Site, input.Team, input.HomeState, input.PayType, input.PayRate, input.Skills);
            if (!onboarded.IsSuccess)
            {
                errors.Add(new OnboardingError(input.Line, FieldOf(onboarded.Error!), onboarded.Error!));
                continue;
            }

            var employee = onboarded.Value!;
            if (input.Contract is not null)
            {
                employee.SetContract(input.Contract);
            }

            if (input.TaxSetup is not null)
            {
                employee.SetTaxSetup(input.TaxSetup);
            }

            if (input.Ssn is not null)
            {
                employee.SetSsn(input.Ssn, protector);
            }

            if (input.BankAccount is not null)
            {
                employee.SetBankAccount(input.BankAccount, protector);
            }

            prepared.Add(new PreparedEmployee(input, employee));
        }

        return new PreparedBatch(prepared, [.. errors.OrderBy(e => e.Line)]);
    }

    /// <summary>Saves a valid batch and creates the user accounts, in one transaction.</summary>
    public Task<Result<IReadOnlyList<Employee>>> CommitAsync(PreparedBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!batch.IsValid)
        {
            throw new InvalidOperationException("An invalid batch cannot be committed.");
        }

        return unitOfWork.ExecuteAsync(async ct =>
        {
            db.Employees.AddRange(batch.Employees.Select(e => e.Employee));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var created = await accounts.CreateAsync([.. batch.Employees.Select(e => e.Account)], ct).ConfigureAwait(false);
            return created.IsSuccess
                ? Result<IReadOnlyList<Employee>>.Success([.. batch.Employees.Select(e => e.Employee)])
                : created.Error!;
        }, cancellationToken);
    }

    private async Task CheckUniqueAsync(IReadOnlyList<NewEmployee> batch, List<OnboardingError> errors, CancellationToken cancellationToken)
    {
        var numbers = batch.Select(b => b.Number.Value).Distinct(StringComparer.Ordinal).ToList();
        var emails = batch.Select(b => b.Email.Value).Distinct(StringComparer.Ordinal).ToList();
        var takenNumbers = (await db.Employees.AsNoTracking().Where(e => numbers.Contains(e.EmployeeNumber)).Select(e => e.EmployeeNumber).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        var takenEmails = (await db.Employees.AsNoTracking().Where(e => emails.Contains(e.Email)).Select(e => e.Email).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        // Staff accounts may exist without an employee record; their e-mail is a login all the same.
        var takenLogins = (await accounts.ExistingEmailsAsync(emails, cancellationToken).ConfigureAwait(false))
            .Select(e => e.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

        var firstNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstEmail = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var input in batch)
        {
            if (!firstNumber.TryAdd(input.Number.Value, input.Line))
            {
                errors.Add(new(input.Line, OnboardingField.EmployeeNumber, Error.Conflict("employee.number_duplicate", $"{input.Number} is also on line {firstNumber[input.Number.Value]}.")));
            }
            else if (takenNumbers.Contains(input.Number.Value))
            {
                errors.Add(new(input.Line, OnboardingField.EmployeeNumber, Error.Conflict("employee.number_taken", $"Employee number {input.Number} already exists.")));
            }

            if (!firstEmail.TryAdd(input.Email.Value, input.Line))
            {
                errors.Add(new(input.Line, OnboardingField.Email, Error.Conflict("employee.email_duplicate", $"{input.Email} is also on line {firstEmail[input.Email.Value]}.")));
            }
            else if (takenEmails.Contains(input.Email.Value))
            {
                errors.Add(new(input.Line, OnboardingField.Email, Error.Conflict("employee.email_taken", $"An employee with e-mail {input.Email} already exists.")));
            }
            else if (takenLogins.Contains(input.Email.Value))
            {
                errors.Add(new(input.Line, OnboardingField.Email, Error.Conflict("employee.login_taken", $"A user account with e-mail {input.Email} already exists.")));
            }
        }
    }

    private static OnboardingField FieldOf(Error error) =>
        error.Code.StartsWith("pay_rate.", StringComparison.Ordinal) ? OnboardingField.PayRate
        : error.Code.StartsWith("employee.team", StringComparison.Ordinal) || error.Code == "employee.supervises_team" ? OnboardingField.Team
        : OnboardingField.Account;
}
