using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.Infrastructure.Persistence;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.IntegrationTests.Organization;

/// <summary>The Foundation issue's acceptance points for people data, through HTTP on a real database.</summary>
public abstract class OrganizationApiTests(BackOfficeApp app)
{
    private const string Header = "employee_number,first_name,last_name,email,hire_date,site_code,team,home_state,pay_type,pay_rate,min_weekly_hours,max_weekly_hours,max_consecutive_days,skills,role,ssn,bank_routing,bank_account";

    // Passes the ABA check: 3·(0+0+0) + 7·(1+0+1) + (1+0+5) = 20 ≡ 0 (mod 10).
    private const string Routing = "011000015";

    [Fact]
    public async Task Import_When500RowsAndOneIsBad_ImportsNothingAndNamesTheLine()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var site = await TestSites.CreateAsync(admin);
        var rows = Rows(site, 500).ToList();
        rows[272] = rows[272].Replace("@import.test", "-at-import.test", StringComparison.Ordinal); // line 274 of the file (header is line 1)

        using var response = await PostCsvAsync(admin, rows);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        body.Should().Contain("line 274");
        (await CountEmployeesAsync(admin, site)).Should().Be(0);
    }

    [Fact]
    public async Task Import_When500GoodRows_CreatesEmployeesWithUserAccounts()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var site = await TestSites.CreateAsync(admin);

        using var response = await PostCsvAsync(admin, Rows(site, 500));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        JsonNode.Parse(body)!["importedEmployeeIds"]!.AsArray().Should().HaveCount(500);
        (await CountEmployeesAsync(admin, site)).Should().Be(500);
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<BackOffice.Identity.Contracts.IUserAccounts>();
        var emails = Enumerable.Range(0, 500).Select(i => Email(site, i));
        (await accounts.ExistingEmailsAsync(emails, CancellationToken.None)).Should().HaveCount(500);
    }

    [Fact]
    public async Task UpdateEmployee_WhenTwoUsersEditTheSameVersion_OneSucceedsOneGets409AndAuditHasOneChange()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var site = await TestSites.CreateAsync(admin);
        (await PostCsvAsync(admin, Rows(site, 1))).StatusCode.Should().Be(HttpStatusCode.OK);
        var id = await FirstEmployeeIdAsync(admin, site);
        using var payroll = await app.SignInAsNewUserAsync(Roles.PayrollAdmin);

        var loaded = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/employees/{id}", UriKind.Relative)))!;
        var version = loaded["version"]!.GetValue<uint>();
        object Edit(string firstName) => new
        {
            version,
            firstName,
            lastName = loaded["lastName"]!.GetValue<string>(),
            siteId = loaded["siteId"]!.GetValue<string>(),
            teamId = loaded["teamId"]?.GetValue<string>(),
            homeState = loaded["homeState"]!.GetValue<string>(),
            skills = loaded["skills"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray(),
        };

        using var first = await admin.PutAsJsonAsync(new Uri($"/api/employees/{id}", UriKind.Relative), Edit("Anabel"));
        using var second = await payroll.PutAsJsonAsync(new Uri($"/api/employees/{id}", UriKind.Relative), Edit("Annie"));

        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).Should().Contain("concurrency.stale");
        await using var scope = app.Services.CreateAsyncScope();
        var organization = scope.ServiceProvider.GetServices<IModuleDatabase>().Single(d => d.Module == "organization");
        var changes = organization.AuditLog.Where(a => a.EntityId == id.ToString() && a.Action == "employee.modified").ToList();
        changes.Should().ContainSingle();
        changes[0].Changes.Should().Contain("Anabel").And.NotContain("Annie");
    }

    [Fact]
    public async Task GetEmployee_WhenAgentAsksForAnotherAgent_Returns404AndOwnRecordWorks()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var site = await TestSites.CreateAsync(admin);
        (await PostCsvAsync(admin, Rows(site, 2))).StatusCode.Should().Be(HttpStatusCode.OK);
        var page = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/api/employees?siteId={site.Id}", UriKind.Relative)))!["items"]!.AsArray();
        var mine = Guid.Parse(page[0]!["id"]!.GetValue<string>());
        var theirs = Guid.Parse(page[1]!["id"]!.GetValue<string>());
        using var agent = await app.SignInAsNewUserAsync(Roles.Agent, new EmployeeId(mine));

        (await agent.GetAsync(new Uri($"/api/employees/{mine}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await agent.GetAsync(new Uri($"/api/employees/{theirs}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await agent.GetAsync(new Uri($"/api/employees/{theirs}/pay-rates", UriKind.Relative))).StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        var list = JsonNode.Parse(await agent.GetStringAsync(new Uri("/api/employees", UriKind.Relative)))!["items"]!.AsArray();
        list.Select(e => e!["id"]!.GetValue<string>()).Should().Equal(mine.ToString());
    }

    [Fact]
    public async Task PersonalData_WhenImportedListedAndRead_NeverAppearsInFullInLogsOrResponses()
    {
        using var admin = await app.SignInAsNewUserAsync(Roles.Admin);
        var site = await TestSites.CreateAsync(admin);
        var rows = Rows(site, 3).ToList();
        (await PostCsvAsync(admin, rows)).StatusCode.Should().Be(HttpStatusCode.OK);
        var bodies = new StringBuilder();
        var listing = await admin.GetStringAsync(new Uri($"/api/employees?siteId={site.Id}", UriKind.Relative));
        bodies.Append(listing);
        foreach (var item in JsonNode.Parse(listing)!["items"]!.AsArray())
        {
            bodies.Append(await admin.GetStringAsync(new Uri($"/api/employees/{item!["id"]}", UriKind.Relative)));
        }

        var secrets = Enumerable.Range(0, 3).SelectMany(i => new[] { Ssn(i), Ssn(i).Replace("-", "", StringComparison.Ordinal), Account(i) }).ToList();
        var logText = string.Join('\n', app.Logs.Lines);
        foreach (var secret in secrets)
        {
            bodies.ToString().Should().NotContain(secret);
            logText.Should().NotContain(secret);
        }

        bodies.ToString().Should().Contain("***-**-" + Ssn(0)[^4..], "the masked form is what people see");
    }

    private static IEnumerable<string> Rows(TestSite site, int count) =>
        Enumerable.Range(0, count).Select(i => string.Join(',',
            $"{site.Code}-{i:D4}", "Ana", $"Lopez{i}", Email(site, i), "2026-04-06", site.Code, "", "TX", "hourly",
            (15m + i % 10).ToString("0.00", CultureInfo.InvariantCulture), "32", "40", "5", "billing;spanish", "", Ssn(i), Routing, Account(i)));

    private static string Email(TestSite site, int i) => $"ana.{site.Code.ToLowerInvariant()}.{i}@import.test";

    // Area 100–599 avoids the never-issued 000, 666 and 900–999 ranges.
    private static string Ssn(int i) => $"{100 + i % 400:D3}-{10 + i % 80:D2}-{1000 + i:D4}";

    private static string Account(int i) => $"77{i:D8}";

    private static async Task<HttpResponseMessage> PostCsvAsync(HttpClient client, IEnumerable<string> rows)
    {
        using var content = new StringContent(Header + "\n" + string.Join('\n', rows) + "\n", Encoding.UTF8, "text/csv");
        return await client.PostAsync(new Uri("/api/employees/import", UriKind.Relative), content);
    }

    private static async Task<int> CountEmployeesAsync(HttpClient client, TestSite site) =>
        JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/employees?siteId={site.Id}", UriKind.Relative)))!["total"]!.GetValue<int>();

    private static async Task<Guid> FirstEmployeeIdAsync(HttpClient client, TestSite site) =>
        Guid.Parse(JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/employees?siteId={site.Id}", UriKind.Relative)))!["items"]![0]!["id"]!.GetValue<string>());

}

public sealed class SqliteOrganizationApiTests(SqliteBackOfficeApp app) : OrganizationApiTests(app), IClassFixture<SqliteBackOfficeApp>;

public sealed class PostgresOrganizationApiTests(PostgresBackOfficeApp app) : OrganizationApiTests(app), IClassFixture<PostgresBackOfficeApp>;
