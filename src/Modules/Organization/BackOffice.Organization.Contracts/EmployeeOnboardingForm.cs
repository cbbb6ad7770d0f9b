using System.Security.Claims;
using BackOffice.SharedKernel;

namespace BackOffice.Organization.Contracts;

/// <summary>
/// The outcome of onboarding one employee: the saved employee, or the fields that are wrong (every one of them,
/// keyed like <see cref="OnboardEmployeeRequest"/>'s camel-cased members), or one error that is not about a field
/// (a duplicate added meanwhile, a role the actor may not give).
/// </summary>
public sealed record OnboardingOutcome(EmployeeDto? Employee, IReadOnlyDictionary<string, string[]> FieldErrors, Error? Error)
{
    public bool Succeeded => Employee is not null;
}

/// <summary>Onboards one employee and their user account in one transaction (the API's POST and the web form).</summary>
public interface IEmployeeOnboardingForm
{
    Task<OnboardingOutcome> OnboardAsync(OnboardEmployeeRequest request, ClaimsPrincipal actor, CancellationToken cancellationToken);
}
