using System.Security.Claims;
using System.Text;
using System.Text.Json;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Http;
using BackOffice.Organization.Onboarding;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.UnitTests.Organization;

/// <summary>
/// The endpoint handlers called directly with a signed-in principal, on real SQLite. HTTP-level tests (routing,
/// authentication, the policy matrix) live in the integration tests; these pin the handlers' object-level rules.
/// </summary>
public sealed class EndpointTests : IAsyncLifetime
{
    private OrganizationTestHost host = null!;
    private OrganizationTestHost.Basics basics = null!;
    private EmployeeId agent;
    private EmployeeId otherAgent;

    public async Task InitializeAsync()
    {
        host = await OrganizationTestHost.StartAsync();
        basics = await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var site = await scope.Db.Sites.SingleAsync(s => s.Id == basics.Dallas);
        var team = await scope.Db.Teams.SingleAsync(t => t.Id == basics.DallasBilling);
        var a = new EmployeeBuilder().WithNumber("A1").WithEmail("a1@example.com").At(site, team).WithSkills("billing", "spanish").Build();
        var b = new EmployeeBuilder().WithNumber("A2").WithEmail("a2@example.com").At(site).WithSkills("sales").Build();
        a.SetSsn(Ssn.Parse("123-45-6789").Value!, scope.Get<IPersonalDataProtector>());
        a.SetBankAccount(BankAccount.Parse("011000015", "5550001234", BankAccountType.Checking).Value!, scope.Get<IPersonalDataProtector>());
        scope.Db.Employees.AddRange(a, b);
        await scope.Db.SaveChangesAsync();
        (agent, otherAgent) = (a.Id, b.Id);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Get_WhenAgentAsksForAnotherEmployee_Returns404()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.Get(otherAgent.Value, Principals.For(Roles.Agent, agent), scope.Db, host.Clock, default);

        StatusOf(result).Should().Be(StatusCodes.Status404NotFound, "a record outside the caller's reach does not exist for them");
    }

    [Fact]
    public async Task Get_WhenAgentAsksForThemselves_ReturnsMaskedPersonalData()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.Get(agent.Value, Principals.For(Roles.Agent, agent), scope.Db, host.Clock, default);

        var dto = ValueOf<EmployeeDto>(result);
        dto.SsnMasked.Should().Be("***-**-6789");
        dto.BankAccount!.AccountMasked.Should().Be("****1234");
        dto.CurrentPayRate!.Amount.Should().Be(18.50m);
        dto.WorkState.Should().Be("TX");
        var json = await WriteAsync(scope, result);
        json.Should().NotContain("123-45-6789").And.NotContain("123456789").And.NotContain("5550001234");
    }

    [Fact]
    public async Task Get_WhenSupervisorAsksForTeamMember_ReturnsRecordWithoutPayData()
    {
        await using var scope = host.Scope();
        var supervisor = Principals.For(Roles.Supervisor, basics.Supervisor);

        var member = await EmployeeEndpoints.Get(agent.Value, supervisor, scope.Db, host.Clock, default);
        var stranger = await EmployeeEndpoints.Get(otherAgent.Value, supervisor, scope.Db, host.Clock, default);

        var dto = ValueOf<EmployeeDto>(member);
        dto.FirstName.Should().Be("Jane");
        dto.CurrentPayRate.Should().BeNull();
        dto.SsnMasked.Should().BeNull();
        dto.BankAccount.Should().BeNull();
        StatusOf(stranger).Should().Be(StatusCodes.Status404NotFound);
    }

    [Fact]
    public async Task PayRates_WhenSupervisorAsksForTeamMember_Returns403()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.PayRates(agent.Value, Principals.For(Roles.Supervisor, basics.Supervisor), scope.Db, default);

        StatusOf(result).Should().Be(StatusCodes.Status403Forbidden);
    }

    [Fact]
    public async Task List_WhenAgentAsks_ReturnsOnlyThemselves()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.List(null, null, null, null, null, null, null, Principals.For(Roles.Agent, agent), scope.Db, default);

        var page = ValueOf<PagedResult<EmployeeSummaryDto>>(result);
        page.Total.Should().Be(1);
        page.Items.Should().ContainSingle().Which.Id.Should().Be(agent.Value);
    }

    [Fact]
    public async Task List_WhenFilteredBySkillAndIncompleteOnboarding_AppliesBoth()
    {
        await using var scope = host.Scope();
        var admin = Principals.For(Roles.Admin);

        var spanish = ValueOf<PagedResult<EmployeeSummaryDto>>(await EmployeeEndpoints.List(1, 10, null, null, "Spanish", null, null, admin, scope.Db, default));
        var sales = ValueOf<PagedResult<EmployeeSummaryDto>>(await EmployeeEndpoints.List(1, 10, null, null, "sales", null, true, admin, scope.Db, default));
        var page2 = ValueOf<PagedResult<EmployeeSummaryDto>>(await EmployeeEndpoints.List(2, 2, null, null, null, null, null, admin, scope.Db, default));

        spanish.Items.Select(i => i.EmployeeNumber).Should().Equal("A1");
        sales.Items.Select(i => i.EmployeeNumber).Should().Equal("A2");
        page2.Total.Should().Be(3);
        page2.Items.Should().ContainSingle();
    }

    [Fact]
    public async Task List_WhenPageSizeTooLarge_ReturnsValidationProblem()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.List(0, 1000, null, null, null, null, null, Principals.For(Roles.Admin), scope.Db, default);

        ErrorsOf(result).Keys.Should().BeEquivalentTo("page", "pageSize");
    }

    [Fact]
    public async Task Update_WhenTwoUsersSaveTheSameVersion_SecondGets409AndAuditShowsOneChange()
    {
        uint version;
        await using (var scope = host.Scope())
        {
            version = ValueOf<EmployeeDto>(await EmployeeEndpoints.Get(otherAgent.Value, Principals.For(Roles.Admin), scope.Db, host.Clock, default)).Version;
        }

        IResult first, second;
        await using (var scope = host.Scope())
        {
            first = await EmployeeEndpoints.Update(otherAgent.Value, new UpdateEmployeeRequest(version, "Janet", "Doe", basics.Dallas.Value, null, "TX", ["sales"]), Principals.For(Roles.Admin), scope.Db, host.Clock, default);
        }

        await using (var scope = host.Scope())
        {
            second = await EmployeeEndpoints.Update(otherAgent.Value, new UpdateEmployeeRequest(version, "Janine", "Doe", basics.Dallas.Value, null, "OK", ["sales"]), Principals.For(Roles.PayrollAdmin), scope.Db, host.Clock, default);
        }

        StatusOf(first).Should().Be(StatusCodes.Status200OK);
        ValueOf<EmployeeDto>(first).Version.Should().NotBe(version);
        StatusOf(second).Should().Be(StatusCodes.Status409Conflict);
        ((ProblemHttpResult)second).ProblemDetails.Extensions["code"].Should().Be("concurrency.stale");
        await using var check = host.Scope();
        (await check.Db.Employees.SingleAsync(e => e.Id == otherAgent)).FirstName.Should().Be("Janet");
        var changes = await check.Db.AuditLog.Where(a => a.EntityId == otherAgent.ToString() && a.Action == "employee.modified").ToListAsync();
        changes.Should().ContainSingle().Which.Changes.Should().Contain("Janet").And.NotContain("Janine");
    }

    [Fact]
    public async Task Update_WhenSeveralFieldsInvalid_ReportsEachField()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.Update(agent.Value, new UpdateEmployeeRequest(0, " ", "Doe", Guid.NewGuid(), null, "Texas", ["ok", "not ok"]), Principals.For(Roles.Admin), scope.Db, host.Clock, default);

        ErrorsOf(result).Keys.Should().BeEquivalentTo("firstName", "siteId", "homeState", "skills");
    }

    [Fact]
    public async Task Onboard_WhenValid_Returns201WithMaskedDataAndCreatesTheAccount()
    {
        await using var scope = host.Scope();
        var request = NewHire() with { Ssn = "219-09-9999", BankRoutingNumber = "043000096", BankAccountNumber = "7770009876" };

        var result = await EmployeeEndpoints.Onboard(request, Principals.For(Roles.PayrollAdmin), scope.Db, scope.Get<EmployeeOnboarding>(), host.Clock, default);

        StatusOf(result).Should().Be(StatusCodes.Status201Created);
        var dto = ((Created<EmployeeDto>)result).Value!;
        dto.SsnMasked.Should().Be("***-**-9999");
        dto.Checklist.Items.Where(i => !i.Done).Select(i => i.Code).Should().BeEquivalentTo("tax_setup", "schedule_contract");
        host.Accounts.Created.Should().ContainSingle().Which.Should().Be(new BackOffice.Identity.Contracts.NewUserAccount("new.hire@example.com", "New Hire", Roles.Agent, new EmployeeId(dto.Id), null));
        var json = await WriteAsync(scope, result);
        json.Should().NotContain("219-09-9999").And.NotContain("219099999").And.NotContain("7770009876");
        request.ToString().Should().NotContain("219-09-9999").And.NotContain("7770009876");
    }

    [Fact]
    public async Task Onboard_WhenPayrollAdminGivesSupervisorRole_Returns403AndCreatesNothing()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.Onboard(NewHire() with { Role = Roles.Supervisor }, Principals.For(Roles.PayrollAdmin), scope.Db, scope.Get<EmployeeOnboarding>(), host.Clock, default);

        StatusOf(result).Should().Be(StatusCodes.Status403Forbidden);
        host.Accounts.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task Onboard_WhenEmailBelongsToAnEmployee_Returns409()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.Onboard(NewHire() with { Email = "A1@example.com" }, Principals.For(Roles.Admin), scope.Db, scope.Get<EmployeeOnboarding>(), host.Clock, default);

        StatusOf(result).Should().Be(StatusCodes.Status409Conflict);
        ((ProblemHttpResult)result).ProblemDetails.Extensions["code"].Should().Be("employee.email_taken");
    }

    [Fact]
    public async Task Onboard_WhenFieldsInvalid_ReportsEachFieldAndCreatesNothing()
    {
        await using var scope = host.Scope();
        var request = NewHire() with { Email = "nope", PayRate = 5m, Ssn = "000-12-3456", TeamId = Guid.NewGuid() };

        var result = await EmployeeEndpoints.Onboard(request, Principals.For(Roles.Admin), scope.Db, scope.Get<EmployeeOnboarding>(), host.Clock, default);

        ErrorsOf(result).Keys.Should().BeEquivalentTo("email", "teamId", "payRate", "ssn");
        host.Accounts.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task ChangePayRate_WhenSameDayTwice_SecondIs409AndHistoryKeepsTheFirst()
    {
        await using (var scope = host.Scope())
        {
            var created = await EmployeeEndpoints.ChangePayRate(agent.Value, new ChangePayRateRequest(new LocalDate(2025, 1, 15), PayType.Hourly, 19.75m), Principals.For(Roles.PayrollAdmin), scope.Db, default);
            StatusOf(created).Should().Be(StatusCodes.Status201Created);
        }

        await using (var scope = host.Scope())
        {
            var again = await EmployeeEndpoints.ChangePayRate(agent.Value, new ChangePayRateRequest(new LocalDate(2025, 1, 15), PayType.Hourly, 29.75m), Principals.For(Roles.PayrollAdmin), scope.Db, default);
            StatusOf(again).Should().Be(StatusCodes.Status409Conflict);
        }

        await using var check = host.Scope();
        var history = ValueOf<List<PayRateDto>>(await EmployeeEndpoints.PayRates(agent.Value, Principals.For(Roles.Agent, agent), check.Db, default));
        history.Should().Equal(new PayRateDto(new LocalDate(2024, 1, 15), PayType.Hourly, 18.50m), new PayRateDto(new LocalDate(2025, 1, 15), PayType.Hourly, 19.75m));
    }

    [Fact]
    public async Task RevealSsn_WhenReasonGiven_ReturnsClearNumberAndAuditsWhoAndWhy()
    {
        await using var scope = host.Scope();
        var response = new DefaultHttpContext().Response;

        var result = await EmployeeEndpoints.RevealSsn(agent.Value, new RevealSsnRequest("W-2 correction requested by the employee"), Principals.For(Roles.PayrollAdmin), scope.Db, scope.Get<IPersonalDataProtector>(), new TestActor("payroll@test"), host.Clock, response, default);

        ValueOf<RevealedSsnDto>(result).Ssn.Should().Be("123-45-6789");
        response.Headers.CacheControl.ToString().Should().Be("no-store");
        await using var check = host.Scope();
        var audit = await check.Db.AuditLog.SingleAsync(a => a.Action == "employee.ssn_revealed");
        audit.Actor.Should().Be("payroll@test");
        audit.Reason.Should().Be("W-2 correction requested by the employee");
        audit.EntityId.Should().Be(agent.ToString());
        audit.Changes.Should().NotContain("6789");
    }

    [Fact]
    public async Task RevealSsn_WhenReasonMissing_Returns400AndRevealsNothing()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.RevealSsn(agent.Value, new RevealSsnRequest("  "), Principals.For(Roles.PayrollAdmin), scope.Db, scope.Get<IPersonalDataProtector>(), new TestActor("payroll@test"), host.Clock, new DefaultHttpContext().Response, default);

        ErrorsOf(result).Keys.Should().Equal("reason");
        (await scope.Db.AuditLog.CountAsync(a => a.Action == "employee.ssn_revealed")).Should().Be(0);
    }

    [Fact]
    public async Task RevealSsn_WhenNoSsnOnFile_Returns404()
    {
        await using var scope = host.Scope();

        var result = await EmployeeEndpoints.RevealSsn(otherAgent.Value, new RevealSsnRequest("Quarterly 941 reconciliation"), Principals.For(Roles.PayrollAdmin), scope.Db, scope.Get<IPersonalDataProtector>(), new TestActor("payroll@test"), host.Clock, new DefaultHttpContext().Response, default);

        StatusOf(result).Should().Be(StatusCodes.Status404NotFound);
    }

    [Fact]
    public async Task SetContractTaxAndBank_WhenVersionsChain_CompleteTheChecklist()
    {
        var admin = Principals.For(Roles.PayrollAdmin);
        await using var scope = host.Scope();
        var version = ValueOf<EmployeeDto>(await EmployeeEndpoints.Get(otherAgent.Value, admin, scope.Db, host.Clock, default)).Version;

        var afterContract = ValueOf<EmployeeDto>(await EmployeeEndpoints.SetContract(otherAgent.Value, new SetContractRequest(version, 1920, 2400, 5), admin, scope.Db, host.Clock, default));
        var afterTax = ValueOf<EmployeeDto>(await EmployeeEndpoints.SetTaxSetup(otherAgent.Value, new SetTaxSetupRequest(afterContract.Version, FederalFilingStatus.MarriedFilingJointly, false, 4000m, 0m, 0m, 0m, false, 2, 0m), admin, scope.Db, host.Clock, default));
        var afterSsn = ValueOf<EmployeeDto>(await EmployeeEndpoints.SetSsn(otherAgent.Value, new SetSsnRequest(afterTax.Version, "219-09-9999"), admin, scope.Db, scope.Get<IPersonalDataProtector>(), host.Clock, default));
        var staleBank = await EmployeeEndpoints.SetBankAccount(otherAgent.Value, new SetBankAccountRequest(afterTax.Version, "011000015", "12345678", BankAccountType.Savings), admin, scope.Db, scope.Get<IPersonalDataProtector>(), host.Clock, default);

        StatusOf(staleBank).Should().Be(StatusCodes.Status409Conflict, "the bank form was loaded before the SSN was saved");
        await using var fresh = host.Scope();
        var done = ValueOf<EmployeeDto>(await EmployeeEndpoints.SetBankAccount(otherAgent.Value, new SetBankAccountRequest(afterSsn.Version, "011000015", "12345678", BankAccountType.Savings), admin, fresh.Db, fresh.Get<IPersonalDataProtector>(), host.Clock, default));
        done.Checklist.IsComplete.Should().BeTrue();
        done.BankAccount.Should().Be(new BankAccountDto("****5678", BankAccountType.Savings));
        done.TaxSetup!.DependentsAmount.Should().Be(4000m);
    }

    [Fact]
    public async Task Import_WhenCsvBodyIsValid_ImportsAndWhenInvalid_ListsLines()
    {
        await using var scope = host.Scope();
        var good = CsvRequest(EmployeesCsv.WithRows(3).Text, "text/csv");
        var bad = CsvRequest(new EmployeesCsv().Add(EmployeesCsv.Row(11)).Add("E9,,Doe,x@example.com,2025-01-01,DAL,,TX,hourly,18,,,,,,,,").Add(EmployeesCsv.Row(13)).Text, "text/csv; charset=utf-8");
        var wrongType = CsvRequest("{}", "application/json");

        var imported = await EmployeeEndpoints.Import(good, scope.Get<IEmployeeImport>(), default);
        await using var second = host.Scope();
        var rejected = await EmployeeEndpoints.Import(bad, second.Get<IEmployeeImport>(), default);
        var unsupported = await EmployeeEndpoints.Import(wrongType, second.Get<IEmployeeImport>(), default);

        ValueOf<EmployeeImportResult>(imported).ImportedEmployeeIds.Should().HaveCount(3);
        var problem = (HttpValidationProblemDetails)((ProblemHttpResult)rejected).ProblemDetails;
        problem.Extensions["code"].Should().Be("import.invalid");
        ((string[])problem.Extensions["lines"]!).Should().Equal("line 3: first_name: A first name is required.");
        problem.Errors.Should().ContainKey("line 3");
        StatusOf(unsupported).Should().Be(StatusCodes.Status415UnsupportedMediaType);
    }

    private OnboardEmployeeRequest NewHire() =>
        new("E500", "New", "Hire", "new.hire@example.com", new LocalDate(2026, 3, 16), basics.Dallas.Value, null, "TX", PayType.Hourly, 18.25m, ["billing"]);

    private static HttpRequest CsvRequest(string body, string contentType)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }

    private static int? StatusOf(IResult result) => ((IStatusCodeHttpResult)result).StatusCode;

    private static T ValueOf<T>(IResult result)
    {
        StatusOf(result).Should().BeOneOf(StatusCodes.Status200OK, StatusCodes.Status201Created);
        return result.Should().BeAssignableTo<IValueHttpResult<T>>().Which.Value!;
    }

    private static IDictionary<string, string[]> ErrorsOf(IResult result)
    {
        StatusOf(result).Should().Be(StatusCodes.Status400BadRequest);
        return ((HttpValidationProblemDetails)((ProblemHttpResult)result).ProblemDetails).Errors;
    }

    private static async Task<string> WriteAsync(OrganizationTestHost.TestScope scope, IResult result)
    {
        var context = new DefaultHttpContext { RequestServices = scope.Services };
        context.Response.Body = new MemoryStream();
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        return await new StreamReader(context.Response.Body).ReadToEndAsync();
    }
}
