using System.Security.Cryptography;
using BackOffice.Identity;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Http;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization;
using BackOffice.Payroll;
using BackOffice.Scheduling;
using BackOffice.Web.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using NodaTime;
using OpenIddict.Validation.AspNetCore;

namespace BackOffice.Web.Hosting;

internal static class BackOfficeHosting
{
    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        var database = DatabaseOptions.FromConfiguration(configuration);
        Directory.CreateDirectory(database.DataDirectory);

        services.AddSingleton<IClock>(NodaTime.SystemClock.Instance);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpContextActor>();
        services.AddBackOfficeDatabase(database);

        // Personal data is encrypted with Data Protection; its keys must outlive the process and be shared by replicas.
        var keysPath = configuration["DataProtection:KeysPath"] is { Length: > 0 } configured ? configured : Path.Combine(database.DataDirectory, "keys");
        services.AddDataProtection().SetApplicationName("BackOffice").PersistKeysToFileSystem(new DirectoryInfo(keysPath));

        services.AddIdentityModule(IdentityOptionsFrom(configuration, database));
        services.AddOrganizationModule();
        services.AddSchedulingModule();
        services.AddPayrollModule();
        services.AddBackOfficeJobs(configuration, database);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityModule.CookieOrBearerScheme;
                options.DefaultChallengeScheme = IdentityModule.CookieOrBearerScheme;
            })
            .AddPolicyScheme(IdentityModule.CookieOrBearerScheme, "Cookie or bearer token", policy =>
                policy.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                        : IdentityConstants.ApplicationScheme);
        services.AddAuthorization(options =>
        {
            foreach (var (policy, roles) in Policies.RolesByPolicy)
            {
                options.AddPolicy(policy, p => p.AddAuthenticationSchemes(IdentityModule.CookieOrBearerScheme).RequireAuthenticatedUser().RequireRole(roles));
            }

            // Anything not explicitly opened needs a signed-in user; the anonymous list is short and explicit.
            options.FallbackPolicy = options.GetPolicy(Policies.Authenticated);
        });
        services.AddCascadingAuthenticationState();

        services.AddProblemDetails();
        services.AddExceptionHandler<ConcurrencyExceptionHandler>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddAntiforgery();
        return builder;
    }

    public static WebApplication UseBackOffice(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseDisabledUserGate();
        app.UseAuthorization();
        app.UseAntiforgery();

        // The anonymous list: sign-in, OIDC endpoints, health probes, the OpenAPI document and static assets.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapIdentityEndpoints();
        app.MapOrganizationEndpoints();
        app.MapSchedulingEndpoints();
        app.MapJobDashboard();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        var migrate = app.Configuration.GetValue("Database:MigrateOnStart", database.IsEmbedded);
        await using var scope = app.Services.CreateAsyncScope();
        if (migrate)
        {
            await DatabaseMaintenance.MigrateAsync(scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
        }

        await scope.ServiceProvider.SeedIdentityAsync(cancellationToken).ConfigureAwait(false);
        if (app.Configuration.GetValue("Demo:Enabled", database.IsEmbedded))
        {
            await DatabaseMaintenance.SeedDemoAsync(scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
        }

        await JobHosting.ResumeJobsAsync(app.Services, database, cancellationToken).ConfigureAwait(false);
    }

    private static IdentityModuleOptions IdentityOptionsFrom(IConfiguration configuration, DatabaseOptions database)
    {
        var clients = configuration.GetSection("Identity:Clients").GetChildren()
            .Select(c => new IntegrationClient(c["ClientId"] ?? "", c["Secret"] ?? "", c["DisplayName"] ?? c["ClientId"] ?? "", c["Role"] ?? ""))
            .Where(c => c.ClientId.Length > 0 && c.Secret.Length > 0)
            .ToList();
        var redirects = (configuration.GetSection("Identity:RedirectUris").Get<string[]>() ?? ["http://127.0.0.1:5080/oauth/callback"])
            .Select(u => new Uri(u)).ToList();
        return new IdentityModuleOptions(
            RsaKeyFrom(configuration, database, "token-signing"),
            RsaKeyFrom(configuration, database, "token-encryption"),
            configuration.GetValue("Identity:RequireHttps", !database.IsEmbedded), clients, redirects);
    }

    /// <summary>A stable RSA key so tokens survive restarts: from configuration (PEM, e.g. a Kubernetes secret), else generated once into the data folder.</summary>
    private static RsaSecurityKey RsaKeyFrom(IConfiguration configuration, DatabaseOptions database, string name)
    {
        var rsa = RSA.Create(2048);
        var pem = configuration[$"Identity:Keys:{name}"];
        if (string.IsNullOrWhiteSpace(pem))
        {
            var path = Path.Combine(database.DataDirectory, $"{name}-key.pem");
            if (!File.Exists(path))
            {
                File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }

            pem = File.ReadAllText(path);
        }

        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16] };
    }
}
