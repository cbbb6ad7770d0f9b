using System.Security.Claims;
using BackOffice.SharedKernel;

namespace BackOffice.Identity.Contracts;

/// <summary>
/// What an Admin does to accounts: list them, disable or enable them, and set their roles. The API and the
/// users page both go through it, so the guards (no self-lockout, never zero active Admins) hold everywhere.
/// </summary>
public interface IUserAdministration
{
    Task<IReadOnlyList<UserAccountSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>A disabled user's cookie and tokens stop working within a minute; nothing else about them changes.</summary>
    Task<Result> SetDisabledAsync(UserId userId, bool disabled, ClaimsPrincipal actor, CancellationToken cancellationToken);

    /// <summary>Replaces the user's roles; the change and its audit entry are saved together.</summary>
    Task<Result> SetRolesAsync(UserId userId, IReadOnlyList<string> roles, ClaimsPrincipal actor, CancellationToken cancellationToken);
}
