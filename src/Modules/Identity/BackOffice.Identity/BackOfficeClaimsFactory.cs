using System.Security.Claims;
using BackOffice.Identity.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace BackOffice.Identity;

/// <summary>Adds the display name and the employee id to the cookie principal, so every module can authorize by object.</summary>
internal sealed class BackOfficeClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim("display_name", user.DisplayName));
        if (user.EmployeeId is { } employeeId)
        {
            identity.AddClaim(new Claim(BackOfficeClaims.EmployeeId, employeeId.Value.ToString()));
        }

        return identity;
    }

    internal static async Task<ClaimsIdentity> ForTokenAsync(UserManager<AppUser> users, AppUser user, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(
            OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            OpenIddictConstants.Claims.Name,
            OpenIddictConstants.Claims.Role);
        identity.SetClaim(OpenIddictConstants.Claims.Subject, user.Id.ToString())
            .SetClaim(OpenIddictConstants.Claims.Name, user.UserName)
            .SetClaim(OpenIddictConstants.Claims.Email, user.Email)
            .SetClaim("display_name", user.DisplayName)
            .SetClaims(OpenIddictConstants.Claims.Role, [.. await users.GetRolesAsync(user).ConfigureAwait(false)]);
        if (user.EmployeeId is { } employeeId)
        {
            identity.SetClaim(BackOfficeClaims.EmployeeId, employeeId.Value.ToString());
        }

        identity.SetScopes(scopes);
        identity.SetResources(IdentitySeeder.ApiResource);
        identity.SetDestinations(claim => claim.Type switch
        {
            OpenIddictConstants.Claims.Name or OpenIddictConstants.Claims.Email or "display_name" or OpenIddictConstants.Claims.Role =>
                [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
            _ => [OpenIddictConstants.Destinations.AccessToken],
        });
        return identity;
    }
}
