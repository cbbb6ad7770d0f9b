using BackOffice.Identity.Contracts;
using BackOffice.Identity.Endpoints;
using BackOffice.Identity.Persistence;
using BackOffice.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;

namespace BackOffice.Identity;

/// <summary>The Identity module's composition root: one identity (ASP.NET Core Identity + OpenIddict) for every module and client.</summary>
public static class IdentityModule
{
    /// <summary>Cookie or bearer, chosen per request by the Authorization header.</summary>
    public const string CookieOrBearerScheme = "CookieOrBearer";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IdentityModuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddModuleDbContext<IdentityDb, SqliteIdentityDb, PostgresIdentityDb>(IdentityDb.ModuleName);
        services.AddMemoryCache();

        services.AddIdentity<AppUser, AppRole>(identity =>
            {
                // ASVS 2.1: length over composition; at least 12 characters, no composition rules.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.RequireUniqueEmail = true;
                identity.ClaimsIdentity.UserIdClaimType = OpenIddictConstants.Claims.Subject;
                identity.ClaimsIdentity.UserNameClaimType = OpenIddictConstants.Claims.Name;
                identity.ClaimsIdentity.RoleClaimType = OpenIddictConstants.Claims.Role;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<BackOfficeClaimsFactory>();

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.AccessDeniedPath = "/forbidden";
            cookie.Cookie.Name = "backoffice.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, Microsoft.AspNetCore.Http.StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden);
        });

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDb>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.AllowClientCredentialsFlow();
                server.AllowRefreshTokenFlow();
                server.RegisterScopes(OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.Email,
                    OpenIddictConstants.Scopes.Roles, OpenIddictConstants.Scopes.OfflineAccess, IdentitySeeder.ApiScope);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(15));
                if (options.SigningKey is { } signing && options.EncryptionKey is { } encryption)
                {
                    server.AddSigningKey(signing);
                    server.AddEncryptionKey(encryption);
                }
                else
                {
                    server.AddEphemeralSigningKey();
                    server.AddEphemeralEncryptionKey();
                }

                // Integrations read the access token as a plain signed JWT (RS256).
                server.DisableAccessTokenEncryption();
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!options.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });

        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<IdentitySeeder>();
        services.AddSingleton(options);
        return services;
    }

    public static IApplicationBuilder UseDisabledUserGate(this IApplicationBuilder app) =>
        app.UseMiddleware<UserStatusGate>();

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        AccountEndpoints.Map(app);
        ConnectEndpoints.Map(app);
        UserEndpoints.Map(app);
        return app;
    }

    public static Task SeedIdentityAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IdentitySeeder>().SeedAsync(cancellationToken);

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/connect"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <param name="SigningKey">Token signing key; null (with <paramref name="EncryptionKey"/>) uses ephemeral keys, so tokens end with the process.</param>
/// <param name="EncryptionKey">Key that encrypts authorization codes and refresh tokens.</param>
/// <param name="RequireHttps">Off only for the embedded loopback mode and tests.</param>
/// <param name="IntegrationClients">Client-credentials clients with the role their tokens carry.</param>
/// <param name="PublicClientRedirectUris">Redirect URIs of the first-party phone/browser client (authorization code + PKCE).</param>
public sealed record IdentityModuleOptions(
    SecurityKey? SigningKey,
    SecurityKey? EncryptionKey,
    bool RequireHttps,
    IReadOnlyList<IntegrationClient> IntegrationClients,
    IReadOnlyList<Uri> PublicClientRedirectUris);

public sealed record IntegrationClient(string ClientId, string Secret, string DisplayName, string Role);
