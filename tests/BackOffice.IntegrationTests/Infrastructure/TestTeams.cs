using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BackOffice.SharedKernel;

namespace BackOffice.IntegrationTests.Infrastructure;

/// <param name="Agents">Agent employee ids, in the order their numbers were given (<c>{site}-A00</c>, <c>{site}-A01</c>…).</param>
/// <param name="AgentEmails">The agents' sign-in e-mails (accounts exist, but without a password: use <see cref="BackOfficeApp.CreateUserAsync"/> for one that signs in).</param>
public sealed record TestTeam(TestSite Site, Guid TeamId, string TeamName, Guid SupervisorId, string SupervisorEmail, IReadOnlyList<Guid> Agents, IReadOnlyList<string> AgentEmails);

/// <summary>
/// Creates a site, a supervisor, a team and its agents through the real API (onboarding and the CSV import), so
/// scheduling tests start from the same data a customer would have.
/// </summary>
public static class TestTeams
{
    private const string Header = "employee_number,first_name,last_name,email,hire_date,site_code,team,home_state,pay_type,pay_rate,min_weekly_hours,max_weekly_hours,max_consecutive_days,skills,role,ssn,bank_routing,bank_account";

    /// <param name="admin">A client signed in as Admin.</param>
    /// <param name="minWeeklyHours">Contract minimum of every agent.</param>
    /// <param name="maxWeeklyHours">Contract maximum of every agent.</param>
    public static async Task<TestTeam> CreateAsync(HttpClient admin, int agents, int minWeeklyHours = 0, int maxWeeklyHours = 40, int maxConsecutiveDays = 6)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var site = await TestSites.CreateAsync(admin);
        var supervisorEmail = $"sup.{site.Code.ToLowerInvariant()}@teams.test";
        using var onboard = await admin.PostAsJsonAsync(new Uri("/api/employees", UriKind.Relative), new
        {
            employeeNumber = $"{site.Code}-S00",
            firstName = "Sam",
            lastName = "Super" + site.Code,
            email = supervisorEmail,
            hireDate = "2024-01-08",
            siteId = site.Id,
            homeState = "TX",
            payType = "Salaried",
            payRate = 60000m,
            skills = new[] { "billing" },
            role = Roles.Supervisor,
        });
        var onboardBody = await onboard.Content.ReadAsStringAsync();
        onboard.StatusCode.Should().Be(HttpStatusCode.Created, onboardBody);
        var supervisorId = Guid.Parse(JsonNode.Parse(onboardBody)!["id"]!.GetValue<string>());

        var teamName = "Team " + site.Code;
        using var team = await admin.PostAsJsonAsync(new Uri("/api/teams", UriKind.Relative), new { name = teamName, siteId = site.Id, supervisorId });
        var teamBody = await team.Content.ReadAsStringAsync();
        team.StatusCode.Should().Be(HttpStatusCode.Created, teamBody);
        var teamId = Guid.Parse(JsonNode.Parse(teamBody)!["id"]!.GetValue<string>());

        var emails = Enumerable.Range(0, agents).Select(i => $"agent{i:D2}.{site.Code.ToLowerInvariant()}@teams.test").ToList();
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < agents; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{site.Code}-A{i:D2},Agent{i:D2},{site.Code},{emails[i]},2025-02-03,{site.Code},{teamName},TX,hourly,18.00,{minWeeklyHours},{maxWeeklyHours},{maxConsecutiveDays},billing,Agent,,,\n");
        }

        using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
        using var import = await admin.PostAsync(new Uri("/api/employees/import", UriKind.Relative), content);
        var importBody = await import.Content.ReadAsStringAsync();
        import.StatusCode.Should().Be(HttpStatusCode.OK, importBody);
        var ids = JsonNode.Parse(importBody)!["importedEmployeeIds"]!.AsArray().Select(n => Guid.Parse(n!.GetValue<string>())).ToList();
        return new TestTeam(site, teamId, teamName, supervisorId, supervisorEmail, ids, emails);
    }
}
