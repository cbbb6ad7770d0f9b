using BackOffice.Identity.Contracts;
using BackOffice.Identity.Persistence;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Identity;

internal sealed class UserAccounts(UserManager<AppUser> users, IdentityDb db) : IUserAccounts
{
    public async Task<Result<IReadOnlyList<UserId>>> CreateAsync(IReadOnlyList<NewUserAccount> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var created = new List<UserId>(accounts.Count);
        foreach (var account in accounts)
        {
            if (!Roles.All.Contains(account.Role))
            {
                return Error.Conflict("user.role_unknown", $"Role '{account.Role}' does not exist (for {account.Email}).");
            }

            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                EmployeeId = account.EmployeeId,
                LockoutEnabled = true,
            };
            var result = account.InitialPassword is null
                ? await users.CreateAsync(user).ConfigureAwait(false)
                : await users.CreateAsync(user, account.InitialPassword).ConfigureAwait(false);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, account.Role).ConfigureAwait(false);
            }

            if (!result.Succeeded)
            {
                return Error.Conflict("user.create_failed", $"{account.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            created.Add(new UserId(user.Id));
        }

        return created;
    }

    public async Task<IReadOnlySet<string>> ExistingEmailsAsync(IEnumerable<string> emails, CancellationToken cancellationToken)
    {
        var normalized = emails.Select(e => users.NormalizeEmail(e)).Distinct().ToList();
        var found = await db.Users.Where(u => normalized.Contains(u.NormalizedEmail!)).Select(u => u.Email!).ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public async Task<UserAccountSummary?> FindByEmployeeAsync(EmployeeId employeeId, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.EmployeeId == employeeId, cancellationToken).ConfigureAwait(false);
        return user is null ? null : await SummaryAsync(user).ConfigureAwait(false);
    }

    public async Task<Result> SetDisabledAsync(UserId userId, bool disabled, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.Value.ToString()).ConfigureAwait(false);
        if (user is null)
        {
            return Error.NotFound("user.not_found", "No such user.");
        }

        user.IsDisabled = disabled;
        await users.UpdateAsync(user).ConfigureAwait(false);

        // A new security stamp invalidates cookies at the next validation (≤ 1 minute); the status cache covers bearer tokens.
        await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        return Result.Success();
    }

    internal async Task<UserAccountSummary> SummaryAsync(AppUser user)
    {
        var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
        return new UserAccountSummary(new UserId(user.Id), user.Email ?? "", user.DisplayName, [.. roles], user.EmployeeId, user.IsDisabled);
    }
}
