using BackOffice.Organization.Contracts;
using BackOffice.Organization.Http;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.UnitTests.Organization;

public sealed class DirectoryAndSiteTests
{
    [Fact]
    public async Task FindAsync_WhenEmployeeHasTeamAndRaises_GivesSiteZoneStatesSupervisorAndRateOnDate()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        EmployeeId id;
        await using (var scope = host.Scope())
        {
            var site = await scope.Db.Sites.SingleAsync(s => s.Id == basics.Dallas);
            var team = await scope.Db.Teams.SingleAsync(t => t.Id == basics.DallasBilling);
            var employee = new EmployeeBuilder().At(site, team).HiredOn(2024, 1, 15).Paid(PayType.Hourly, 18.50m).WithSkills("billing", "spanish").Build();
            employee.ChangePayRate(new LocalDate(2025, 1, 15), PayType.Hourly, 19.25m);
            scope.Db.Employees.Add(employee);
            await scope.Db.SaveChangesAsync();
            id = employee.Id;
        }

        await using var read = host.Scope();
        var directory = read.Get<IEmployeeDirectory>();
        var profile = await directory.FindAsync(id, new LocalDate(2024, 12, 31), CancellationToken.None);

        profile!.TimeZone.Should().Be(DateTimeZoneProviders.Tzdb["America/Chicago"]);
        profile.WorkState.Should().Be("TX");
        profile.HomeState.Should().Be("TX");
        profile.SupervisorId.Should().Be(basics.Supervisor);
        profile.TeamName.Should().Be("Dallas Billing");
        profile.PayRate.Should().Be(new PayRateDto(new LocalDate(2024, 1, 15), PayType.Hourly, 18.50m));
        profile.Skills.Should().Equal("billing", "spanish");
        profile.HasDirectDeposit.Should().BeFalse();
        (await directory.PayRateOnAsync(id, new LocalDate(2025, 1, 15), CancellationToken.None))!.Amount.Should().Be(19.25m);
        (await directory.PayRateOnAsync(id, new LocalDate(2024, 1, 14), CancellationToken.None)).Should().BeNull();
        (await directory.PayRateHistoryAsync(id, CancellationToken.None)).Select(r => r.Amount).Should().Equal(18.50m, 19.25m);
        (await directory.ListAsync(new EmployeeQuery(Skill: "spanish"), new LocalDate(2025, 6, 1), CancellationToken.None)).Should().ContainSingle().Which.PayRate!.Amount.Should().Be(19.25m);
        (await directory.ListAsync(new EmployeeQuery(TeamId: basics.DallasBilling), new LocalDate(2025, 6, 1), CancellationToken.None)).Should().ContainSingle();
        (await directory.TeamsAsync(CancellationToken.None)).Should().ContainSingle().Which.SupervisorName.Should().Be("Jane Doe");
    }

    [Fact]
    public async Task CreateSite_WhenValid_Returns201AndWhenCodeRepeats_Returns409()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await using var scope = host.Scope();
        var request = new CreateSiteRequest("pit", "Pittsburgh Contact Center", "America/New_York", new AddressDto("600 Grant St", "Pittsburgh", "pa", "15219"));

        var created = await SiteEndpoints.Create(request, scope.Db, CancellationToken.None);
        var repeated = await SiteEndpoints.Create(request, scope.Db, CancellationToken.None);

        var dto = ((Created<SiteDto>)created).Value!;
        dto.Code.Should().Be("PIT");
        dto.Address.State.Should().Be("PA");
        ((IStatusCodeHttpResult)repeated).StatusCode.Should().Be(StatusCodes.Status409Conflict);
    }

    [Fact]
    public async Task CreateSite_WhenZoneStateAndZipInvalid_ReportsEachField()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await using var scope = host.Scope();

        var result = await SiteEndpoints.Create(new CreateSiteRequest("DAL", "Dallas", "America/Dallas", new AddressDto("1 Main", "Dallas", "Texas", "7520")), scope.Db, CancellationToken.None);

        var problem = (HttpValidationProblemDetails)((ProblemHttpResult)result).ProblemDetails;
        problem.Errors.Keys.Should().BeEquivalentTo("timeZoneId", "address.state", "address.postalCode");
    }

    [Fact]
    public async Task CreateTeam_WhenSupervisorUnknown_Returns400AndWhenValid_ShowsSupervisorName()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        var basics = await host.SeedBasicsAsync();
        await using var scope = host.Scope();

        var unknown = await TeamEndpoints.Create(new CreateTeamRequest("Dallas Sales", basics.Dallas.Value, Guid.NewGuid()), scope.Db, CancellationToken.None);
        var created = await TeamEndpoints.Create(new CreateTeamRequest("Dallas Sales", basics.Dallas.Value, basics.Supervisor.Value), scope.Db, CancellationToken.None);

        ((IStatusCodeHttpResult)unknown).StatusCode.Should().Be(StatusCodes.Status400BadRequest);
        ((Created<TeamDto>)created).Value!.SupervisorName.Should().Be("Jane Doe");
    }
}
