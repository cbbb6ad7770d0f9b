using BackOffice.Organization.Contracts;
using BackOffice.Organization.Demo;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.UnitTests.Organization;

/// <summary>Expected figures come from issue 2, item 6 (the demo call center it asks for).</summary>
public sealed class DemoSeederTests
{
    [Fact]
    public async Task SeedAsync_WhenDatabaseIsEmpty_CreatesTheCallCenterTheIssueDescribes()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await using var scope = host.Scope();

        var result = await scope.Get<IOrganizationDemoSeeder>().SeedAsync(CancellationToken.None);

        result.Should().Be(new DemoSeedResult(true, 3, 8, 133));
        var sites = await scope.Db.Sites.OrderBy(s => s.State).ToListAsync();
        sites.Select(s => (s.State, s.TimeZoneId)).Should().Equal(("CA", "America/Los_Angeles"), ("PA", "America/New_York"), ("TX", "America/Chicago"));
        var roles = host.Accounts.Created.GroupBy(a => a.Role).ToDictionary(g => g.Key, g => g.Count());
        roles.Should().BeEquivalentTo(new Dictionary<string, int>
        {
            [Roles.Agent] = 120,
            [Roles.Supervisor] = 8,
            [Roles.Scheduler] = 2,
            [Roles.PayrollAdmin] = 2,
            [Roles.Admin] = 1,
        });
        host.Accounts.Created.Should().OnlyContain(a => a.EmployeeId != null && a.Email.EndsWith("@demo.backoffice.local", StringComparison.Ordinal));
        var teams = await scope.Db.Teams.ToListAsync();
        teams.Select(t => t.SupervisorId).Should().OnlyHaveUniqueItems();
        (await scope.Db.Employees.Where(e => e.TeamId != null).GroupBy(e => e.TeamId).Select(g => g.Count()).ToListAsync()).Should().AllBeEquivalentTo(15);
    }

    [Fact]
    public async Task SeedAsync_WhenSeeded_GivesPasswordsOnlyToTheDocumentedLogins()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await using var scope = host.Scope();

        await scope.Get<IOrganizationDemoSeeder>().SeedAsync(CancellationToken.None);

        // docs/organization.md lists these six logins; ASVS 2.1.1 asks for at least 12 characters.
        var withPassword = host.Accounts.Created.Where(a => a.InitialPassword != null).ToList();
        withPassword.Select(a => (a.Email, a.Role)).Should().BeEquivalentTo(new[]
        {
            ("admin@demo.backoffice.local", Roles.Admin),
            ("scheduler@demo.backoffice.local", Roles.Scheduler),
            ("payroll@demo.backoffice.local", Roles.PayrollAdmin),
            ("supervisor@demo.backoffice.local", Roles.Supervisor),
            ("agent@demo.backoffice.local", Roles.Agent),
            ("agent.ca@demo.backoffice.local", Roles.Agent),
        });
        withPassword.Should().OnlyContain(a => a.InitialPassword == "Demo-Password-2026" && a.InitialPassword.Length >= 12);
        withPassword.Single(a => a.Role == Roles.Agent && a.Email.StartsWith("agent@", StringComparison.Ordinal)).DisplayName.Should().Be("Alex Rivera");
        var agent = await scope.Db.Employees.SingleAsync(e => e.Email == "agent@demo.backoffice.local");
        var supervisor = await scope.Db.Employees.SingleAsync(e => e.Email == "supervisor@demo.backoffice.local");
        (await scope.Db.Teams.SingleAsync(t => t.Id == agent.TeamId)).SupervisorId.Should().Be(supervisor.Id, "the demo supervisor sees the demo agent");
    }

    [Fact]
    public async Task SeedAsync_WhenRunTwice_SecondRunDoesNothing()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await using var scope = host.Scope();
        await scope.Get<IOrganizationDemoSeeder>().SeedAsync(CancellationToken.None);

        await using var again = host.Scope();
        var second = await again.Get<IOrganizationDemoSeeder>().SeedAsync(CancellationToken.None);

        second.Seeded.Should().BeFalse();
        (await again.Db.Employees.CountAsync()).Should().Be(133);
        host.Accounts.Created.Should().HaveCount(133);
    }

    [Fact]
    public async Task SeedAsync_WhenRunOnTwoDatabases_ProducesTheSamePeopleAndPay()
    {
        async Task<List<string>> SeedAndDescribe()
        {
            await using var host = await OrganizationTestHost.StartAsync();
            await using var scope = host.Scope();
            await scope.Get<IOrganizationDemoSeeder>().SeedAsync(CancellationToken.None);
            var employees = await scope.Db.Employees.OrderBy(e => e.EmployeeNumber).ToListAsync();
            return [.. employees.Select(e => $"{e.EmployeeNumber}|{e.Email}|{e.HireDate}|{e.HomeState}|{e.SkillList}|{e.ContractMaxWeeklyMinutes}|{e.SsnLast4}|{string.Join(",", e.PayRates.OrderBy(r => r.EffectiveFrom).Select(r => $"{r.EffectiveFrom}:{r.Amount}"))}")];
        }

        var first = await SeedAndDescribe();
        var second = await SeedAndDescribe();

        first.Should().HaveCount(133).And.Equal(second);
    }

    [Fact]
    public async Task SeedAsync_WhenSeeded_VariesRatesContractsAndSkillsAndLeavesSomeOnboardingOpen()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await using var scope = host.Scope();
        await scope.Get<IOrganizationDemoSeeder>().SeedAsync(CancellationToken.None);

        var agents = await scope.Db.Employees.Where(e => e.TeamId != null).ToListAsync();
        var on = new LocalDate(2026, 1, 1);

        agents.Select(a => a.RateOn(on)!.Amount).Distinct().Should().HaveCountGreaterThan(10);
        agents.Should().OnlyContain(a => a.RateOn(on)!.PayType == PayType.Hourly && a.RateOn(on)!.Amount >= 7.25m);
        agents.Select(a => a.ContractMaxWeeklyMinutes).Distinct().Should().HaveCountGreaterThan(1, "full- and part-time contracts");
        agents.SelectMany(a => a.Skills).Distinct().Should().Contain(["billing", "tech-support", "sales", "spanish"]);
        agents.Where(a => a.PayRates.Count > 1).Should().NotBeEmpty("anniversary raises make real histories");
        var open = agents.Where(a => !a.Checklist.IsComplete).ToList();
        open.Count.Should().BeInRange(10, 30);
        open.Should().Contain(a => a.Email == "agent@demo.backoffice.local");
        agents.Select(a => a.HomeState).Distinct().Should().Contain(["TX", "CA", "PA"]).And.HaveCountGreaterThan(3, "some commute across a state line");
    }
}
