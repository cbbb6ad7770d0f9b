using System.Security.Claims;
using BackOffice.SharedKernel;

namespace BackOffice.Identity.Contracts;

/// <summary>A user account to create with an employee (onboarding) or on its own (staff roles).</summary>
/// <param name="InitialPassword">Null creates an account that must set its password through an invitation.</param>
public sealed record NewUserAccount(string Email, string DisplayName, string Role, EmployeeId? EmployeeId, string? InitialPassword = null);

public sealed record UserAccountSummary(UserId Id, string Email, string DisplayName, IReadOnlyList<string> Roles, EmployeeId? EmployeeId, bool IsDisabled);

/// <summary>The one identity's accounts, as other modules see them. Writes join the caller's unit of work.</summary>
public interface IUserAccounts
{
    /// <summary>Creates every account or none; errors name the offending e-mail.</summary>
    Task<Result<IReadOnlyList<UserId>>> CreateAsync(IReadOnlyList<NewUserAccount> accounts, CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> ExistingEmailsAsync(IEnumerable<string> emails, CancellationToken cancellationToken);

    Task<UserAccountSummary?> FindByEmployeeAsync(EmployeeId employeeId, CancellationToken cancellationToken);

    Task<Result> SetDisabledAsync(UserId userId, bool disabled, CancellationToken cancellationToken);
}

/// <summary>Claim types the identity issues, read by every module's object-level authorization.</summary>
public static class BackOfficeClaims
{
    /// <summary>The employee a signed-in user is (absent for staff without an employee record and for integration clients).</summary>
    public const string EmployeeId = "employee_id";

    /// <summary>The employee the signed-in user is, or null for staff without an employee record and integration clients.</summary>
    public static EmployeeId? EmployeeOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirst(EmployeeId)?.Value, out var id) ? new EmployeeId(id) : null;
    }
}
