using System.Security.Claims;
using System.Text.Json;
using BackOffice.Identity.Contracts;
using BackOffice.Identity.Persistence;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Http;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;
using OpenIddict.Abstractions;

namespace BackOffice.Identity.Endpoints;

internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", MeAsync).RequireAuthorization(Policies.Authenticated).WithTags("Identity");
        var users = app.MapGroup("/api/users").RequireAuthorization(Policies.Admin).WithTags("Identity");
        users.MapGet("/", ListAsync);
        users.MapPost("/{id:guid}/disable", (Guid id, UserAccounts accounts, IMemoryCache cache, CancellationToken ct) => SetDisabledAsync(id, true, accounts, cache, ct));
        users.MapPost("/{id:guid}/enable", (Guid id, UserAccounts accounts, IMemoryCache cache, CancellationToken ct) => SetDisabledAsync(id, false, accounts, cache, ct));
        users.MapPut("/{id:guid}/roles", SetRolesAsync);
    }

    internal static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> MeAsync(ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        var subject = principal.FindFirstValue(OpenIddictConstants.Claims.Subject);
        var roles = principal.FindAll(OpenIddictConstants.Claims.Role).Select(c => c.Value).ToList();
        if (!Guid.TryParse(subject, out _))
        {
            // An integration client: no user record, just its identity and role.
            return TypedResults.Ok(new MeResponse(subject ?? "", principal.FindFirstValue(OpenIddictConstants.Claims.Name) ?? "", null, roles, null));
        }

        var user = await users.FindByIdAsync(subject).ConfigureAwait(false);
        return user is null
            ? TypedResults.Unauthorized()
            : TypedResults.Ok(new MeResponse(subject, user.DisplayName, user.Email, roles, user.EmployeeId?.Value));
    }

    internal static async Task<Ok<List<UserAccountSummary>>> ListAsync(IdentityDb db, UserAccounts accounts, UserManager<AppUser> users, CancellationToken ct)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(ct).ConfigureAwait(false);
        var list = new List<UserAccountSummary>(all.Count);
        foreach (var user in all)
        {
            list.Add(await accounts.SummaryAsync(user).ConfigureAwait(false));
        }

        return TypedResults.Ok(list);
    }

    internal static async Task<IResult> SetDisabledAsync(Guid id, bool disabled, UserAccounts accounts, IMemoryCache cache, CancellationToken ct)
    {
        var result = await accounts.SetDisabledAsync(new UserId(id), disabled, ct).ConfigureAwait(false);
        UserStatusGate.Forget(cache, id);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    internal static async Task<IResult> SetRolesAsync(Guid id, SetRolesRequest request, UserManager<AppUser> users, IdentityDb db, ClaimsPrincipal principal, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unknown = request.Roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0 || request.Roles.Count == 0)
        {
            return Error.Conflict("user.role_unknown", $"Unknown or missing roles: {string.Join(", ", unknown)}. Valid roles: {string.Join(", ", Roles.All)}.").ToProblem();
        }

        var user = await users.FindByIdAsync(id.ToString()).ConfigureAwait(false);
        if (user is null)
        {
            return Error.NotFound("user.not_found", "No such user.").ToProblem();
        }

        var before = await users.GetRolesAsync(user).ConfigureAwait(false);
        await users.RemoveFromRolesAsync(user, before).ConfigureAwait(false);
        await users.AddToRolesAsync(user, request.Roles).ConfigureAwait(false);
        db.AuditLog.Add(AuditEntry.Record(
            IdentityDb.ModuleName,
            "user.roles_changed",
            nameof(AppUser),
            id.ToString(),
            principal.FindFirstValue(OpenIddictConstants.Claims.Name) ?? "unknown",
            clock.GetCurrentInstant(),
            JsonSerializer.Serialize(new { Roles = new { before, after = request.Roles } })));
        await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    internal sealed record MeResponse(string Subject, string DisplayName, string? Email, IReadOnlyList<string> Roles, Guid? EmployeeId);

    internal sealed record SetRolesRequest(IReadOnlyList<string> Roles);
}
