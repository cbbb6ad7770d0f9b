using System.Net;
using System.Text.RegularExpressions;
using BackOffice.Identity.Contracts;
using BackOffice.Infrastructure.Persistence;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BackOffice.IntegrationTests.Infrastructure;

/// <summary>
/// The real web host on a real database (a SQLite file, or a fresh database on the throwaway PostgreSQL that
/// test.sh starts), with intent methods for what tests need to set up. Logs are captured for the PII checks.
/// </summary>
public partial class BackOfficeApp : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("backoffice-test-").FullName;
    private readonly string connectionString;

    protected BackOfficeApp(DatabaseProvider provider)
    {
        Provider = provider;
        connectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(dataDirectory, "backoffice.db")}"
            : CreatePostgresDatabase();
    }

    public DatabaseProvider Provider { get; }

    public CapturedLogs Logs { get; } = new();

    public IList<(string ClientId, string Secret, string Role)> IntegrationClients { get; } = [("it-client", "it-client-secret-0123456789", Roles.Scheduler)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("BACKOFFICE_DATA", dataDirectory);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:BackOffice", connectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Identity:RequireHttps", "false");

        // A cancelled test solve may still be winding down when the next test enqueues: spare workers keep the queue moving.
        builder.UseSetting("Hangfire:WorkerCount", "4");
        for (var i = 0; i < IntegrationClients.Count; i++)
        {
            builder.UseSetting($"Identity:Clients:{i}:ClientId", IntegrationClients[i].ClientId);
            builder.UseSetting($"Identity:Clients:{i}:Secret", IntegrationClients[i].Secret);
            builder.UseSetting($"Identity:Clients:{i}:Role", IntegrationClients[i].Role);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
    }

    /// <summary>Creates a user with a password and a role, optionally linked to an employee.</summary>
    public async Task<(UserId Id, string Email)> CreateUserAsync(string role, EmployeeId? employeeId = null, string? email = null, string? displayName = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IUserAccounts>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var result = await unitOfWork.ExecuteAsync(ct => accounts.CreateAsync([new NewUserAccount(email, displayName ?? $"Test {role}", role, employeeId, Password)], ct), CancellationToken.None);
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return (result.Value![0], email);
    }

    /// <summary>An HTTP client signed in through the real login form (antiforgery token and cookie included).</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostLoginAsync(client, email, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().NotContain("error", "sign-in as {0} should succeed", email);
        return client;
    }

    public async Task<HttpClient> SignInAsNewUserAsync(string role, EmployeeId? employeeId = null)
    {
        var (_, email) = await CreateUserAsync(role, employeeId);
        return await SignInAsync(email);
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        var token = AntiforgeryInput().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    public async Task<string> ClientCredentialsTokenAsync(string clientId, string secret)
    {
        using var client = CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "backoffice_api",
        });
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by SQLite's pool is left for the OS temp cleaner.
            }
        }
    }

    private static string CreatePostgresDatabase()
    {
        var admin = Environment.GetEnvironmentVariable("BACKOFFICE_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                "PostgreSQL tests need BACKOFFICE_TEST_POSTGRES (a connection string to a server where databases may be created). Run ./test.sh, which starts a throwaway server.");
        }

        var name = $"bo_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}

public sealed class SqliteBackOfficeApp() : BackOfficeApp(DatabaseProvider.Sqlite);

public sealed class PostgresBackOfficeApp() : BackOfficeApp(DatabaseProvider.Postgres);
