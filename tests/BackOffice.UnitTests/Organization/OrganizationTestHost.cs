using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Claims;
using BackOffice.Identity.Contracts;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace BackOffice.UnitTests.Organization;

/// <summary>
/// The Organization module wired as a host would wire it (AddBackOfficeDatabase + AddOrganizationModule), on a
/// real SQLite database migrated with the module's own migrations. The database is a named in-memory one kept
/// alive by one open connection, so several scopes (two users editing at once) can share it.
/// </summary>
internal sealed class OrganizationTestHost : IAsyncDisposable
{
    private readonly SqliteConnection keeper;
    private readonly ServiceProvider provider;

    private OrganizationTestHost(SqliteConnection keeper, ServiceProvider provider, FakeClock clock, FakeUserAccounts accounts, CapturingLoggerProvider logs)
    {
        this.keeper = keeper;
        this.provider = provider;
        Clock = clock;
        Accounts = accounts;
        Logs = logs;
    }

    public FakeClock Clock { get; }

    public FakeUserAccounts Accounts { get; }

    public CapturingLoggerProvider Logs { get; }

    public static async Task<OrganizationTestHost> StartAsync(IDataProtectionProvider? dataProtection = null)
    {
        var connectionString = $"Data Source=org-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var keeper = new SqliteConnection(connectionString);
        await keeper.OpenAsync();
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 15, 0));
        var accounts = new FakeUserAccounts();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddBackOfficeDatabase(new DatabaseOptions(DatabaseProvider.Sqlite, connectionString, Path.GetTempPath()));
        services.AddSingleton<ICurrentActor>(new TestActor("alice@test"));
        services.AddSingleton<IUserAccounts>(accounts);
        services.AddOrganizationModule();
        // Registered after the module so it wins: tests must never write a key ring to the machine.
        services.AddSingleton(dataProtection ?? new EphemeralDataProtectionProvider());
        services.AddSingleton<IClock>(clock);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var host = new OrganizationTestHost(keeper, provider, clock, accounts, logs);
        await using (var scope = host.Scope())
        {
            await scope.Db.Database.MigrateAsync();
        }

        return host;
    }

    public TestScope Scope() => new(provider.CreateAsyncScope());

    /// <summary>Two sites (Dallas TX, Fresno CA), a supervisor at Dallas and the team "Dallas Billing" they lead.</summary>
    public async Task<Basics> SeedBasicsAsync()
    {
        await using var scope = Scope();
        var dallas = Site.Create("DAL", "Dallas Contact Center", "America/Chicago", "2200 Ross Ave", "Dallas", "TX", "75201");
        var fresno = Site.Create("FAT", "Fresno Contact Center", "America/Los_Angeles", "2300 Tulare St", "Fresno", "CA", "93721");
        var supervisor = new EmployeeBuilder().WithNumber("S1").WithEmail("supervisor@example.com").At(dallas).Build();
        var team = Team.Create("Dallas Billing", dallas, supervisor);
        scope.Db.Sites.AddRange(dallas, fresno);
        scope.Db.Employees.Add(supervisor);
        scope.Db.Teams.Add(team);
        await scope.Db.SaveChangesAsync();
        return new Basics(dallas.Id, fresno.Id, supervisor.Id, team.Id);
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await keeper.DisposeAsync();
    }

    internal sealed record Basics(SiteId Dallas, SiteId Fresno, EmployeeId Supervisor, TeamId DallasBilling);

    internal sealed class TestScope(AsyncServiceScope scope) : IAsyncDisposable
    {
        public IServiceProvider Services => scope.ServiceProvider;

        public OrganizationDbContext Db => scope.ServiceProvider.GetRequiredService<OrganizationDbContext>();

        public T Get<T>()
            where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

        public DbConnection Connection => scope.ServiceProvider.GetRequiredService<DbConnection>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}

internal sealed class TestActor(string name) : ICurrentActor
{
    public string Name => name;
}

/// <summary>Identity's side of onboarding, faked: it records the accounts and can be told to refuse them.</summary>
internal sealed class FakeUserAccounts : IUserAccounts
{
    public List<NewUserAccount> Created { get; } = [];

    public HashSet<string> ExistingLogins { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Error? FailWith { get; set; }

    public Task<Result<IReadOnlyList<UserId>>> CreateAsync(IReadOnlyList<NewUserAccount> accounts, CancellationToken cancellationToken)
    {
        if (FailWith is not null)
        {
            return Task.FromResult(Result<IReadOnlyList<UserId>>.Failure(FailWith));
        }

        Created.AddRange(accounts);
        return Task.FromResult(Result<IReadOnlyList<UserId>>.Success([.. accounts.Select(_ => UserId.New())]));
    }

    public Task<IReadOnlySet<string>> ExistingEmailsAsync(IEnumerable<string> emails, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(emails.Where(ExistingLogins.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase));

    public Task<UserAccountSummary?> FindByEmployeeAsync(EmployeeId employeeId, CancellationToken cancellationToken) =>
        Task.FromResult<UserAccountSummary?>(null);

    public Task<Result> SetDisabledAsync(UserId userId, bool disabled, CancellationToken cancellationToken) =>
        Task.FromResult(Result.Success());
}

/// <summary>Keeps every log line the module and EF Core write, so a test can grep them for personal data.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public string All => string.Join('\n', lines);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}

internal static class Principals
{
    public static ClaimsPrincipal For(string role, EmployeeId? employee = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, role.ToLowerInvariant() + "@test"), new(ClaimTypes.Role, role) };
        if (employee is { } id)
        {
            claims.Add(new Claim(BackOfficeClaims.EmployeeId, id.Value.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimTypes.Name, ClaimTypes.Role));
    }
}
