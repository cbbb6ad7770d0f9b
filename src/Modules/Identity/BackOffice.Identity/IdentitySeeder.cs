using System.Text.Json;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace BackOffice.Identity;

/// <summary>Creates the five roles and the configured OAuth clients; safe to run at every start.</summary>
internal sealed class IdentitySeeder(RoleManager<AppRole> roles, IOpenIddictApplicationManager applications, IdentityModuleOptions options)
{
    public const string ApiScope = "backoffice_api";
    public const string ApiResource = "backoffice";
    public const string PublicClientId = "backoffice-app";
    public const string ClientRoleProperty = "backoffice_role";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roles.CreateAsync(new AppRole(role)).ConfigureAwait(false);
            }
        }

        if (await applications.FindByClientIdAsync(PublicClientId, cancellationToken).ConfigureAwait(false) is null)
        {
            var app = new OpenIddictApplicationDescriptor
            {
                ClientId = PublicClientId,
                ClientType = OpenIddictConstants.ClientTypes.Public,
                ConsentType = OpenIddictConstants.ConsentTypes.Implicit,
                DisplayName = "BackOffice phone and browser app",
                Permissions =
                {
                    OpenIddictConstants.Permissions.Endpoints.Authorization,
                    OpenIddictConstants.Permissions.Endpoints.Token,
                    OpenIddictConstants.Permissions.Endpoints.EndSession,
                    OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode,
                    OpenIddictConstants.Permissions.GrantTypes.RefreshToken,
                    OpenIddictConstants.Permissions.ResponseTypes.Code,
                    OpenIddictConstants.Permissions.Scopes.Email,
                    OpenIddictConstants.Permissions.Scopes.Profile,
                    OpenIddictConstants.Permissions.Scopes.Roles,
                    OpenIddictConstants.Permissions.Prefixes.Scope + ApiScope,
                },
                Requirements = { OpenIddictConstants.Requirements.Features.ProofKeyForCodeExchange },
            };
            foreach (var uri in options.PublicClientRedirectUris)
            {
                app.RedirectUris.Add(uri);
            }

            await applications.CreateAsync(app, cancellationToken).ConfigureAwait(false);
        }

        foreach (var client in options.IntegrationClients)
        {
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = client.ClientId,
                ClientSecret = client.Secret,
                ClientType = OpenIddictConstants.ClientTypes.Confidential,
                DisplayName = client.DisplayName,
                Permissions =
                {
                    OpenIddictConstants.Permissions.Endpoints.Token,
                    OpenIddictConstants.Permissions.GrantTypes.ClientCredentials,
                    OpenIddictConstants.Permissions.Prefixes.Scope + ApiScope,
                },
            };
            descriptor.Properties[ClientRoleProperty] = JsonSerializer.SerializeToElement(client.Role);
            await applications.CreateAsync(descriptor, cancellationToken).ConfigureAwait(false);
        }
    }
}
