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
        users.MapPost("/{id:guid}/disable", (Guid id, ClaimsPrincipal actor, IUserAdministration admin, CancellationToken ct) => SetDisabledAsync(id, true, actor, admin, ct));
        users.MapPost("/{id:guid}/enable", (Guid id, ClaimsPrincipal actor, IUserAdministration admin, CancellationToken ct) => SetDisabledAsync(id, false, actor, admin, ct));
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

    internal static async Task<Ok<IReadOnlyList<UserAccountSummary>>> ListAsync(IUserAdministration admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(ct).ConfigureAwait(false));

    internal static async Task<IResult> SetDisabledAsync(Guid id, bool disabled, ClaimsPrincipal actor, IUserAdministration admin, CancellationToken ct)
    {
        var result = await admin.SetDisabledAsync(new UserId(id), disabled, actor, ct).ConfigureAwait(false);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    internal static async Task<IResult> SetRolesAsync(Guid id, SetRolesRequest request, ClaimsPrincipal actor, IUserAdministration admin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await admin.SetRolesAsync(new UserId(id), request.Roles ?? [], actor, ct).ConfigureAwait(false);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    internal sealed record MeResponse(string Subject, string DisplayName, string? Email, IReadOnlyList<string> Roles, Guid? EmployeeId);

    internal sealed record SetRolesRequest(IReadOnlyList<string> Roles);
}
