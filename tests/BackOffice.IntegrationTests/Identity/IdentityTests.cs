using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BackOffice.Identity.Contracts;
using BackOffice.Infrastructure.Persistence;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.IntegrationTests.Identity;

public abstract class IdentityTests(BackOfficeApp app)
{
    [Fact]
    public async Task Me_WhenAnonymous_Returns401()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_WhenPasswordIsRight_CookieReachesApiWithRole()
    {
        using var client = await app.SignInAsNewUserAsync(Roles.Supervisor);
        var me = await client.GetFromJsonAsync<MeDto>(new Uri("/api/me", UriKind.Relative));
        me!.Roles.Should().Equal(Roles.Supervisor);
        me.DisplayName.Should().Be("Test Supervisor");
    }

    [Fact]
    public async Task Login_WhenFiveWrongPasswords_AccountIsLockedEvenForTheRightOne()
    {
        var (_, email) = await app.CreateUserAsync(Roles.Agent);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await BackOfficeApp.PostLoginAsync(client, email, "wrong password " + i);
            wrong.Headers.Location!.OriginalString.Should().Contain("error");
        }

        using var right = await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password);
        right.Headers.Location!.OriginalString.Should().Contain("error=locked");
    }

    [Fact]
    public async Task CreateUser_WhenPasswordShorterThan12_IsRefusedWithoutCompositionRules()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IUserAccounts>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();

        var tooShort = await unitOfWork.ExecuteAsync(ct => accounts.CreateAsync([new NewUserAccount("short@test.local", "Short", Roles.Agent, null, "elevenchars")], ct), CancellationToken.None);
        var longLowercase = await unitOfWork.ExecuteAsync(ct => accounts.CreateAsync([new NewUserAccount("long@test.local", "Long", Roles.Agent, null, "twelve chars")], ct), CancellationToken.None);

        tooShort.IsSuccess.Should().BeFalse();
        tooShort.Error!.Message.Should().Contain("12");
        longLowercase.IsSuccess.Should().BeTrue("ASVS forbids composition rules; 12 lowercase characters and a space are enough");
    }

    [Fact]
    public async Task DisableUser_WhenSignedIn_NextRequestIsRejected()
    {
        var (userId, email) = await app.CreateUserAsync(Roles.Agent);
        using var agent = await app.SignInAsync(email);
        (await agent.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        using var disable = await admin.PostAsync(new Uri($"/api/users/{userId.Value}/disable", UriKind.Relative), null);
        disable.StatusCode.Should().Be(HttpStatusCode.NoContent);

        using var after = await agent.GetAsync(new Uri("/api/me", UriKind.Relative));
        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var relogin = await BackOfficeApp.PostLoginAsync(app.CreateClient(new() { AllowAutoRedirect = false }), email, BackOfficeApp.Password);
        relogin.Headers.Location!.OriginalString.Should().Contain("error");
    }

    [Fact]
    public async Task ClientCredentials_WhenSecretIsRight_IssuesRs256TokenAcceptedByApi()
    {
        var (clientId, secret, role) = app.IntegrationClients[0];
        var token = await app.ClientCredentialsTokenAsync(clientId, secret);

        new JwtSecurityTokenHandler().ReadJwtToken(token).Header.Alg.Should().Be("RS256");
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await client.GetFromJsonAsync<MeDto>(new Uri("/api/me", UriKind.Relative));
        me!.Subject.Should().Be(clientId);
        me.Roles.Should().Equal(role);
    }

    [Fact]
    public async Task ClientCredentials_WhenSecretIsWrong_ReturnsInvalidClient()
    {
        using var client = app.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = app.IntegrationClients[0].ClientId,
            ["client_secret"] = "not-the-secret",
        });
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        (await response.Content.ReadAsStringAsync()).Should().Contain("invalid_client");
    }

    [Fact]
    public async Task Health_WhenDatabaseIsUp_LiveAndReadyAreHealthy()
    {
        using var client = app.CreateClient();
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_WhenRequested_DescribesTheApi()
    {
        using var client = app.CreateClient();
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        document.Should().Contain("\"/api/me\"");
    }

    [Fact]
    public async Task SetRoles_WhenAdminChangesRole_AuditLogRecordsOneChangeWithActor()
    {
        var (userId, _) = await app.CreateUserAsync(Roles.Agent);
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        using var response = await admin.PutAsJsonAsync(new Uri($"/api/users/{userId.Value}/roles", UriKind.Relative), new { Roles = new[] { Roles.Supervisor } });
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);

        await using var scope = app.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetServices<IModuleDatabase>().Single(d => d.Module == "identity");
        var entries = identity.AuditLog.Where(a => a.Action == "user.roles_changed" && a.EntityId == userId.Value.ToString()).ToList();
        entries.Should().ContainSingle();
        entries[0].Actor.Should().StartWith("admin-");
        entries[0].Changes.Should().Contain(Roles.Agent).And.Contain(Roles.Supervisor);
    }

    private sealed record MeDto(string Subject, string DisplayName, string? Email, IReadOnlyList<string> Roles, Guid? EmployeeId);
}

public sealed class SqliteIdentityTests(SqliteBackOfficeApp app) : IdentityTests(app), IClassFixture<SqliteBackOfficeApp>;

public sealed class PostgresIdentityTests(PostgresBackOfficeApp app) : IdentityTests(app), IClassFixture<PostgresBackOfficeApp>;
