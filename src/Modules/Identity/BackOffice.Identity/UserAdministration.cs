using System.Security.Claims;
using System.Text.Json;
using BackOffice.Identity.Contracts;
using BackOffice.Identity.Persistence;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Persistence;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;
using OpenIddict.Abstractions;

namespace BackOffice.Identity;

internal sealed class UserAdministration(
    UserManager<AppUser> users,
    IdentityDb db,
    UserAccounts accounts,
    IUnitOfWork unitOfWork,
    IMemoryCache statusCache,
    IClock clock) : IUserAdministration
{
    public async Task<IReadOnlyList<UserAccountSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<UserAccountSummary>(all.Count);
        foreach (var user in all)
        {
            list.Add(await accounts.SummaryAsync(user).ConfigureAwait(false));
        }

        return list;
    }

    public async Task<Result> SetDisabledAsync(UserId userId, bool disabled, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsInRole(Roles.Admin))
        {
            return NotAdmin();
        }

        if (disabled && IsSelf(actor, userId))
        {
            return Error.Conflict("user.self_disable", "You cannot disable your own account; ask another Admin.");
        }

        var user = await users.FindByIdAsync(userId.Value.ToString()).ConfigureAwait(false);
        if (user is null)
        {
            return Error.NotFound("user.not_found", "No such user.");
        }

        if (disabled && !user.IsDisabled && await users.IsInRoleAsync(user, Roles.Admin).ConfigureAwait(false) && await ActiveAdminsAsync(cancellationToken).ConfigureAwait(false) <= 1)
        {
            return LastAdmin();
        }

        var result = await accounts.SetDisabledAsync(userId, disabled, cancellationToken).ConfigureAwait(false);
        UserStatusGate.Forget(statusCache, userId.Value);
        return result;
    }

    public async Task<Result> SetRolesAsync(UserId userId, IReadOnlyList<string> roles, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsInRole(Roles.Admin))
        {
            return NotAdmin();
        }

        var wanted = roles.Select(r => Roles.All.FirstOrDefault(known => string.Equals(known, r, StringComparison.OrdinalIgnoreCase)) ?? r).Distinct(StringComparer.Ordinal).ToList();
        var unknown = wanted.Where(r => !Roles.All.Contains(r)).ToList();
        if (wanted.Count == 0 || unknown.Count > 0)
        {
            return new Error(
                "user.role_unknown",
                wanted.Count == 0 ? "Give the user at least one role." : $"Unknown roles: {string.Join(", ", unknown)}. Valid roles: {string.Join(", ", Roles.All)}.");
        }

        var user = await users.FindByIdAsync(userId.Value.ToString()).ConfigureAwait(false);
        if (user is null)
        {
            return Error.NotFound("user.not_found", "No such user.");
        }

        var before = (await users.GetRolesAsync(user).ConfigureAwait(false)).Order(StringComparer.Ordinal).ToList();
        var losesAdmin = before.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin);
        if (losesAdmin && IsSelf(actor, userId))
        {
            return Error.Conflict("user.self_demote", "You cannot remove your own Admin role; ask another Admin.");
        }

        if (losesAdmin && !user.IsDisabled && await ActiveAdminsAsync(cancellationToken).ConfigureAwait(false) <= 1)
        {
            return LastAdmin();
        }

        var outcome = await unitOfWork.ExecuteAsync<bool>(
            async ct =>
            {
                var removed = await users.RemoveFromRolesAsync(user, before).ConfigureAwait(false);
                var added = removed.Succeeded ? await users.AddToRolesAsync(user, wanted).ConfigureAwait(false) : removed;
                if (!added.Succeeded)
                {
                    return Error.Conflict("user.roles_not_saved", string.Join(" ", added.Errors.Select(e => e.Description)));
                }

                db.AuditLog.Add(AuditEntry.Record(
                    IdentityDb.ModuleName,
                    "user.roles_changed",
                    nameof(AppUser),
                    userId.Value.ToString(),
                    actor.FindFirstValue(OpenIddictConstants.Claims.Name) ?? actor.Identity?.Name ?? "unknown",
                    clock.GetCurrentInstant(),
                    JsonSerializer.Serialize(new { Roles = new { before, after = wanted } })));

                // A new stamp makes the user's cookie pick up the new roles at the next validation.
                var stamped = await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
                return stamped.Succeeded ? Result<bool>.Success(true) : Error.Conflict("user.roles_not_saved", string.Join(" ", stamped.Errors.Select(e => e.Description)));
            },
            cancellationToken).ConfigureAwait(false);
        return outcome.IsSuccess ? Result.Success() : outcome.Error!;
    }

    private async Task<int> ActiveAdminsAsync(CancellationToken cancellationToken)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return admins.Count(a => !a.IsDisabled);
    }

    private static bool IsSelf(ClaimsPrincipal actor, UserId userId) =>
        Guid.TryParse(actor.FindFirstValue(OpenIddictConstants.Claims.Subject) ?? actor.FindFirstValue(ClaimTypes.NameIdentifier), out var me) && me == userId.Value;

    private static Error NotAdmin() => Error.Forbidden("user.admin_only", "Only an Admin manages user accounts.");

    private static Error LastAdmin() => Error.Conflict("user.last_admin", "This is the last active Admin; make someone else Admin first.");
}
