using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace BackOffice.Identity.Endpoints;

/// <summary>The OpenID Connect endpoints: authorization code + PKCE for the app, client credentials for integrations.</summary>
internal static class ConnectEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/connect/token", TokenAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapMethods("/connect/logout", ["GET", "POST"], LogoutAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    internal static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<AppUser> users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        if (!cookie.Succeeded)
        {
            var query = context.Request.HasFormContentType ? QueryString.Create(context.Request.Form) : context.Request.QueryString;
            return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + query }, [IdentityConstants.ApplicationScheme]);
        }

        var user = await users.GetUserAsync(cookie.Principal).ConfigureAwait(false);
        if (user is null || user.IsDisabled)
        {
            return Forbid(OpenIddictConstants.Errors.AccessDenied, "The account is disabled.");
        }

        var identity = await BackOfficeClaimsFactory.ForTokenAsync(users, user, request.GetScopes()).ConfigureAwait(false);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    internal static async Task<IResult> TokenAsync(HttpContext context, UserManager<AppUser> users, IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The client was validated by the server but cannot be found.");
            var properties = await applications.GetPropertiesAsync(application).ConfigureAwait(false);
            var role = properties.TryGetValue(IdentitySeeder.ClientRoleProperty, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, OpenIddictConstants.Claims.Name, OpenIddictConstants.Claims.Role);
            identity.SetClaim(OpenIddictConstants.Claims.Subject, request.ClientId)
                .SetClaim(OpenIddictConstants.Claims.Name, await applications.GetDisplayNameAsync(application).ConfigureAwait(false));
            if (role is not null)
            {
                identity.SetClaim(OpenIddictConstants.Claims.Role, role);
            }

            identity.SetScopes(request.GetScopes());
            identity.SetResources(IdentitySeeder.ApiResource);
            identity.SetDestinations(_ => [OpenIddictConstants.Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).ConfigureAwait(false);
            var user = await users.FindByIdAsync(result.Principal?.GetClaim(OpenIddictConstants.Claims.Subject) ?? "").ConfigureAwait(false);
            if (user is null || user.IsDisabled)
            {
                return Forbid(OpenIddictConstants.Errors.InvalidGrant, "The account is no longer active.");
            }

            // Roles are re-read so a refresh never carries a role the user has lost.
            var identity = await BackOfficeClaimsFactory.ForTokenAsync(users, user, result.Principal!.GetScopes()).ConfigureAwait(false);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(OpenIddictConstants.Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    internal static async Task<IResult> LogoutAsync(HttpContext context, SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/login" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
