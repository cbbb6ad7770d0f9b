using System.Security.Claims;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Http;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Organization.Onboarding;

/// <summary>
/// One employee from the form (web page or API): every field is parsed so that all mistakes are reported at once,
/// then the shared onboarding path saves the employee and the account together.
/// </summary>
internal sealed class EmployeeOnboardingForm(OrganizationDbContext db, EmployeeOnboarding onboarding, IClock clock) : IEmployeeOnboardingForm
{
    public async Task<OnboardingOutcome> OnboardAsync(OnboardEmployeeRequest request, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsInRole(Roles.Admin) && !actor.IsInRole(Roles.PayrollAdmin))
        {
            return Failed(Error.Forbidden("employee.onboarding_forbidden", "Only an Admin or a PayrollAdmin onboards employees."));
        }

        var errors = new FieldErrors();
        var number = errors.Take("employeeNumber", EmployeeNumber.Parse(request.EmployeeNumber));
        var first = errors.Take("firstName", PersonName.Parse(request.FirstName, "first_name"));
        var last = errors.Take("lastName", PersonName.Parse(request.LastName, "last_name"));
        var email = errors.Take("email", EmailAddress.Parse(request.Email));
        if (request.HireDate is null)
        {
            errors.Add("hireDate", new Error("employee.hire_date_required", "The hire date is required."));
        }

        var (site, team) = await EmployeeEndpoints.PlacementAsync(db, request.SiteId, request.TeamId, errors, cancellationToken).ConfigureAwait(false);
        var homeState = errors.Take("homeState", UsStates.Parse(request.HomeState));
        if (request.PayType is null)
        {
            errors.Add("payType", new Error("pay_rate.pay_type_required", "Choose Hourly or Salaried."));
        }

        var payRate = request.PayType is { } payType ? errors.Take("payRate", PayAmount.Parse(request.PayRate, payType)) : 0m;
        if (request.PayType is { } type && request.HireDate is { } hired && payRate > 0m)
        {
            errors.Check("payRate", FederalMinimumWageRule.Check(type, payRate, hired));
        }

        var skills = errors.Take("skills", Domain.Skills.Parse(request.Skills));
        var role = request.Role is null ? Roles.Agent : Roles.All.FirstOrDefault(r => string.Equals(r, request.Role, StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            errors.Add("role", new Error("role.invalid", $"Use one of {string.Join(", ", Roles.All)}."));
        }

        var contract = request.Contract is { } c ? errors.Take("contract", WorkContract.Create(c.MinWeeklyMinutes, c.MaxWeeklyMinutes, c.MaxConsecutiveDays)) : null;
        var tax = request.TaxSetup is { } t
            ? errors.Take("taxSetup", TaxSetup.Create(t.FilingStatus, t.MultipleJobsOrSpouseWorks, t.DependentsAmount, t.OtherIncome, t.Deductions, t.ExtraWithholding, t.Exempt, t.StateAllowances, t.StateExtraWithholding))
            : null;
        var ssn = request.Ssn is null ? null : errors.Take("ssn", Ssn.Parse(request.Ssn));
        var bank = request.BankRoutingNumber is null && request.BankAccountNumber is null
            ? null
            : errors.Take("bankAccountNumber", BankAccount.Parse(request.BankRoutingNumber, request.BankAccountNumber, request.BankAccountType ?? BankAccountType.Checking));
        if (errors.Any)
        {
            return Invalid(errors);
        }

        // Giving anything beyond the Agent role is an Admin's call: PayrollAdmin may onboard, not grant access.
        if (role != Roles.Agent && !actor.IsInRole(Roles.Admin))
        {
            return Failed(Error.Forbidden("employee.role_not_allowed", $"Only an Admin may onboard someone as {role}."));
        }

        var input = new NewEmployee(0, number, first, last, email, request.HireDate!.Value, site!, team, homeState!, request.PayType!.Value, payRate, skills!, role!, contract, tax, ssn, bank);
        var batch = await onboarding.PrepareAsync([input], cancellationToken).ConfigureAwait(false);
        if (!batch.IsValid)
        {
            var conflict = batch.Errors.FirstOrDefault(e => e.Error.Kind == ErrorKind.Conflict);
            if (conflict is not null)
            {
                return Failed(conflict.Error);
            }

            foreach (var error in batch.Errors)
            {
                errors.Add(FieldOf(error.Field), error.Error);
            }

            return Invalid(errors);
        }

        Result<IReadOnlyList<Employee>> committed;
        try
        {
            committed = await onboarding.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return Failed(Error.Conflict("employee.duplicate", "An employee with this number or e-mail was added meanwhile."));
        }

        return committed.IsSuccess
            ? new OnboardingOutcome(committed.Value![0].ToDto(site!, actor, clock), new Dictionary<string, string[]>(), null)
            : Failed(committed.Error!);
    }

    private static OnboardingOutcome Failed(Error error) => new(null, new Dictionary<string, string[]>(), error);

    private static OnboardingOutcome Invalid(FieldErrors errors) =>
        new(null, errors.ToDictionary(), new Error(errors.FirstCode, "Some fields are invalid."));

    private static string FieldOf(OnboardingField field) => field switch
    {
        OnboardingField.EmployeeNumber => "employeeNumber",
        OnboardingField.Email => "email",
        OnboardingField.Team => "teamId",
        OnboardingField.PayRate => "payRate",
        _ => "email",
    };
}
