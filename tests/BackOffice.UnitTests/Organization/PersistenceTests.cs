using System.Text.Json;
using BackOffice.Organization.Access;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.UnitTests.Organization;

/// <summary>The module's mapping and migrations on real SQLite: keys, indexes, versioning and the audit log.</summary>
public sealed class PersistenceTests
{
    [Fact]
    public void Migrations_ForBothProviders_MatchTheModel()
    {
        // A model change without `dotnet ef migrations add` for each provider would ship a schema the code does not expect.
        using var sqlite = new SqliteOrganizationDbContextFactory().CreateDbContext([]);
        using var postgres = new PostgresOrganizationDbContextFactory().CreateDbContext([]);

        sqlite.Database.HasPendingModelChanges().Should().BeFalse();
        postgres.Database.HasPendingModelChanges().Should().BeFalse();
        sqlite.Database.GetMigrations().Should().ContainSingle().Which.Should().EndWith("_InitialOrganization");
        postgres.Database.GetMigrations().Should().ContainSingle().Which.Should().EndWith("_InitialOrganization");
    }

    [Fact]
    public async Task SaveChanges_WhenEmployeeWithHistoryIsSaved_ReloadsEveryField()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        EmployeeId id;
        await using (var scope = host.Scope())
        {
            var site = await scope.Db.Sites.SingleAsync(s => s.Id == basics.Dallas);
            var team = await scope.Db.Teams.SingleAsync(t => t.Id == basics.DallasBilling);
            var employee = new EmployeeBuilder().At(site, team).WithSkills("sales", "billing").Build();
            employee.ChangePayRate(new LocalDate(2025, 1, 15), PayType.Hourly, 19.25m);
            employee.SetContract(new WorkContract(1920, 2250, 6));
            employee.SetTaxSetup(TaxSetup.Create(FederalFilingStatus.HeadOfHousehold, true, 4000m, 1200m, 500m, 25m, false, 2, 10m).Value!);
            scope.Db.Employees.Add(employee);
            await scope.Db.SaveChangesAsync();
            id = employee.Id;
        }

        await using (var scope = host.Scope())
        {
            var loaded = await scope.Db.Employees.SingleAsync(e => e.Id == id);

            loaded.TeamId.Should().Be(basics.DallasBilling);
            loaded.Skills.Should().Equal("billing", "sales");
            loaded.HireDate.Should().Be(new LocalDate(2024, 1, 15));
            loaded.PayRates.Should().HaveCount(2, "the rate history is loaded with the employee");
            loaded.RateOn(new LocalDate(2025, 2, 1))!.Amount.Should().Be(19.25m);
            loaded.Contract.Should().Be(new WorkContract(1920, 2250, 6));
            loaded.TaxSetup!.FilingStatus.Should().Be(FederalFilingStatus.HeadOfHousehold);
            loaded.TaxSetup.DependentsAmount.Should().Be(4000m);
            loaded.Version.Should().Be(0u);
        }
    }

    [Fact]
    public async Task SaveChanges_WhenEmailAlreadyUsed_IsRejectedByUniqueIndex()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var site = await scope.Db.Sites.SingleAsync(s => s.Id == basics.Dallas);
        scope.Db.Employees.Add(new EmployeeBuilder().WithNumber("E900").WithEmail("supervisor@example.com").At(site).Build());

        var act = () => scope.Db.SaveChangesAsync();

        await act.Should().ThrowAsync<DbUpdateException>();
    }

    [Fact]
    public async Task SaveChanges_WhenEmployeeNumberAlreadyUsed_IsRejectedByUniqueIndex()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var site = await scope.Db.Sites.SingleAsync(s => s.Id == basics.Dallas);
        scope.Db.Employees.Add(new EmployeeBuilder().WithNumber("S1").WithEmail("new@example.com").At(site).Build());

        var act = () => scope.Db.SaveChangesAsync();

        await act.Should().ThrowAsync<DbUpdateException>();
    }

    [Fact]
    public async Task SaveChanges_WhenTwoUsersEditTheSameVersion_SecondIsStaleAndAuditShowsOneChange()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        await using var first = host.Scope();
        await using var second = host.Scope();
        var mine = await first.Db.Employees.SingleAsync(e => e.Id == basics.Supervisor);
        var theirs = await second.Db.Employees.SingleAsync(e => e.Id == basics.Supervisor);
        var loadedVersion = mine.Version;

        mine.SetContract(new WorkContract(1920, 2400, 5));
        await first.Db.SaveChangesAsync();
        theirs.SetContract(new WorkContract(0, 1200, 4));
        second.Db.Entry(theirs).Property(e => e.Version).OriginalValue = loadedVersion;
        var act = () => second.Db.SaveChangesAsync();

        await act.Should().ThrowAsync<DbUpdateConcurrencyException>();
        mine.Version.Should().Be(loadedVersion + 1);
        await using var check = host.Scope();
        var audit = await check.Db.AuditLog.Where(a => a.EntityType == "Employee" && a.Action == "employee.modified").ToListAsync();
        audit.Should().ContainSingle().Which.Changes.Should().Contain("ContractMaxWeeklyMinutes").And.Contain("2400").And.NotContain("1200");
        (await check.Db.Employees.SingleAsync(e => e.Id == basics.Supervisor)).ContractMaxWeeklyMinutes.Should().Be(2400);
    }

    [Fact]
    public async Task SaveChanges_WhenSsnAndBankChange_AuditMasksCiphertextAndKeepsActor()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        await using (var scope = host.Scope())
        {
            var employee = await scope.Db.Employees.SingleAsync(e => e.Id == basics.Supervisor);
            var protector = scope.Get<IPersonalDataProtector>();
            employee.SetSsn(Ssn.Parse("123-45-6789").Value!, protector);
            employee.SetBankAccount(BankAccount.Parse("011000015", "5550001234", BankAccountType.Checking).Value!, protector);
            await scope.Db.SaveChangesAsync();
        }

        await using var check = host.Scope();
        var entry = await check.Db.AuditLog.SingleAsync(a => a.Action == "employee.modified");
        var changes = JsonDocument.Parse(entry.Changes).RootElement;
        changes.GetProperty("SsnProtected").GetProperty("after").GetString().Should().Be("***");
        changes.GetProperty("BankAccountProtected").GetProperty("after").GetString().Should().Be("***");
        entry.Changes.Should().NotContain("123456789").And.NotContain("123-45-6789").And.NotContain("5550001234");
        entry.Actor.Should().Be("alice@test");
        entry.At.Should().Be(host.Clock.GetCurrentInstant());
    }

    [Fact]
    public async Task SaveChanges_WhenPayRateAdded_WritesAuditEntryForTheRate()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        await using (var scope = host.Scope())
        {
            var employee = await scope.Db.Employees.SingleAsync(e => e.Id == basics.Supervisor);
            employee.ChangePayRate(new LocalDate(2025, 1, 15), PayType.Hourly, 21.75m).IsSuccess.Should().BeTrue();
            await scope.Db.SaveChangesAsync();
        }

        await using var check = host.Scope();
        var added = await check.Db.AuditLog.Where(a => a.Action == "payrate.added").ToListAsync();
        added.Should().HaveCount(2, "the hire-date rate and the raise are both history entries");
        added.Should().ContainSingle(a => a.Changes.Contains("21.75"));
        (await check.Db.PayRates.CountAsync(r => r.EmployeeId == basics.Supervisor)).Should().Be(2);
    }

    [Fact]
    public async Task SaveChanges_WhenSecondRateForSameDayArrivesFromAnotherScope_IsRejectedByUniqueIndex()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        await using var first = host.Scope();
        await using var second = host.Scope();
        var a = await first.Db.Employees.SingleAsync(e => e.Id == basics.Supervisor);
        var b = await second.Db.Employees.SingleAsync(e => e.Id == basics.Supervisor);
        a.ChangePayRate(new LocalDate(2025, 1, 15), PayType.Hourly, 21m);
        b.ChangePayRate(new LocalDate(2025, 1, 15), PayType.Hourly, 22m);
        await first.Db.SaveChangesAsync();

        var act = () => second.Db.SaveChangesAsync();

        await act.Should().ThrowAsync<DbUpdateException>();
    }

    [Fact]
    public async Task Visible_WhenCallerIsAgentSupervisorOrAdmin_FiltersToTheirReach()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        EmployeeId inTeam, outside;
        await using (var scope = host.Scope())
        {
            var site = await scope.Db.Sites.SingleAsync(s => s.Id == basics.Dallas);
            var team = await scope.Db.Teams.SingleAsync(t => t.Id == basics.DallasBilling);
            var member = new EmployeeBuilder().WithNumber("A1").WithEmail("a1@example.com").At(site, team).Build();
            var other = new EmployeeBuilder().WithNumber("A2").WithEmail("a2@example.com").At(site).Build();
            scope.Db.Employees.AddRange(member, other);
            await scope.Db.SaveChangesAsync();
            (inTeam, outside) = (member.Id, other.Id);
        }

        await using var check = host.Scope();
        async Task<List<EmployeeId>> Seen(System.Security.Claims.ClaimsPrincipal user) =>
            await check.Db.Visible(user).Select(e => e.Id).ToListAsync();

        (await Seen(Principals.For(Roles.Agent, inTeam))).Should().Equal(inTeam);
        (await Seen(Principals.For(Roles.Supervisor, basics.Supervisor))).Should().BeEquivalentTo([basics.Supervisor, inTeam]);
        (await Seen(Principals.For(Roles.Admin))).Should().BeEquivalentTo([basics.Supervisor, inTeam, outside]);
        (await Seen(Principals.For(Roles.Scheduler))).Should().HaveCount(3);
        (await Seen(Principals.For(Roles.Agent))).Should().BeEmpty("an agent token without an employee claim sees nobody");
        (await Seen(Principals.For(Roles.Supervisor, outside))).Should().Equal(outside);
    }
}
