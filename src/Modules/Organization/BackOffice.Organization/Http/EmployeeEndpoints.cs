using System.Security.Claims;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Http;
using BackOffice.Organization.Access;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Onboarding;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Organization.Http;

/// <summary>
/// Employees. Every handler loads through <see cref="EmployeeAccess.Visible"/>, so a record outside the caller's
/// reach is a 404 whatever the policy admitted. Writes that change the employee row carry the version the client
/// read; a stale one is a 409 and changes nothing.
/// </summary>
internal static class EmployeeEndpoints
{
    public const int MaxPageSize = 200;

    public static void Map(IEndpointRouteBuilder app)
    {
        var employees = app.MapGroup("/api/employees").WithTags("Employees");
        app.MapGet("/api/employees", List).WithTags("Employees").RequireAuthorization(Policies.PeopleRead).Produces<PagedResult<EmployeeSummaryDto>>();
        employees.MapGet("{id:guid}", Get).RequireAuthorization(Policies.PeopleRead).Produces<EmployeeDto>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/employees", Onboard).WithTags("Employees").RequireAuthorization(Policies.PeopleWrite)
            .Produces<EmployeeDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapPut("{id:guid}", Update).RequireAuthorization(Policies.PeopleWrite).Produces<EmployeeDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapGet("{id:guid}/pay-rates", PayRates).RequireAuthorization(Policies.PeopleRead).Produces<IReadOnlyList<PayRateDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        employees.MapPost("{id:guid}/pay-rates", ChangePayRate).RequireAuthorization(Policies.PeopleWrite)
            .Produces<PayRateDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapPut("{id:guid}/contract", SetContract).RequireAuthorization(Policies.PeopleWrite).Produces<EmployeeDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapPut("{id:guid}/tax-setup", SetTaxSetup).RequireAuthorization(Policies.PeopleWrite).Produces<EmployeeDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapPut("{id:guid}/ssn", SetSsn).RequireAuthorization(Policies.PeopleWrite).Produces<EmployeeDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapPut("{id:guid}/bank-account", SetBankAccount).RequireAuthorization(Policies.PeopleWrite).Produces<EmployeeDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapPost("{id:guid}/ssn:reveal", RevealSsn).RequireAuthorization(Policies.PayrollSensitive).Produces<RevealedSsnDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        employees.MapGet("{id:guid}/checklist", Checklist).RequireAuthorization(Policies.PeopleRead).Produces<OnboardingChecklistDto>().ProducesProblem(StatusCodes.Status404NotFound);
        employees.MapPost("import", Import).RequireAuthorization(Policies.Admin)
            .Accepts<IFormFile>("multipart/form-data", "text/csv", "text/plain")
            .Produces<EmployeeImportResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    internal static async Task<IResult> List(
        [FromQuery] int? page,
        [FromQuery] int? pageSize,
        [FromQuery] Guid? siteId,
        [FromQuery] Guid? teamId,
        [FromQuery] string? skill,
        [FromQuery] string? search,
        [FromQuery] bool? onboardingIncomplete,
        ClaimsPrincipal user,
        OrganizationDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var pageNumber = page ?? 1;
        var size = pageSize ?? 50;
        if (pageNumber < 1)
        {
            errors.Add("page", new Error("paging.page_invalid", "Pages are numbered from 1."));
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", new Error("paging.page_size_invalid", $"A page has 1 to {MaxPageSize} employees."));
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Visible(user).AsNoTracking();
        if (siteId is { } site)
        {
            query = query.Where(e => e.SiteId == new SiteId(site));
        }

        if (teamId is { } team)
        {
            var id = new TeamId(team);
            query = query.Where(e => e.TeamId == id);
        }

        if (!string.IsNullOrWhiteSpace(skill))
        {
            var s = skill.Trim().ToLowerInvariant();
            query = query.Where(e => e.SkillList == s || e.SkillList.StartsWith(s + ";") || e.SkillList.EndsWith(";" + s) || e.SkillList.Contains(";" + s + ";"));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(e => e.FirstName.ToLower().Contains(term) || e.LastName.ToLower().Contains(term) || e.Email.Contains(term) || e.EmployeeNumber.ToLower().Contains(term));
        }

        if (onboardingIncomplete == true)
        {
            query = query.Where(e => e.SsnLast4 == null || e.TaxFilingStatus == null || e.BankAccountLast4 == null || e.ContractMaxWeeklyMinutes == null);
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.EmployeeNumber)
            .Skip((pageNumber - 1) * size).Take(size)
            .Select(e => new
            {
                e.Id,
                e.EmployeeNumber,
                e.FirstName,
                e.LastName,
                e.Email,
                e.SiteId,
                e.TeamId,
                e.SkillList,
                Complete = e.SsnLast4 != null && e.TaxFilingStatus != null && e.BankAccountLast4 != null && e.ContractMaxWeeklyMinutes != null,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Select(r => new EmployeeSummaryDto(r.Id.Value, r.EmployeeNumber, r.FirstName, r.LastName, r.Email, r.SiteId.Value, r.TeamId?.Value, Skills.Split(r.SkillList), r.Complete)).ToList();
        return TypedResults.Ok(new PagedResult<EmployeeSummaryDto>(items, pageNumber, size, total));
    }

    internal static async Task<IResult> Get(Guid id, ClaimsPrincipal user, OrganizationDbContext db, IClock clock, CancellationToken cancellationToken)
    {
        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        return employee is null ? NotFound() : TypedResults.Ok(await DtoAsync(db, employee, user, clock, cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<IResult> Onboard(
        OnboardEmployeeRequest body,
        ClaimsPrincipal user,
        OrganizationDbContext db,
        EmployeeOnboarding onboarding,
        IClock clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new FieldErrors();
        var number = errors.Take("employeeNumber", EmployeeNumber.Parse(body.EmployeeNumber));
        var first = errors.Take("firstName", PersonName.Parse(body.FirstName, "first_name"));
        var last = errors.Take("lastName", PersonName.Parse(body.LastName, "last_name"));
        var email = errors.Take("email", EmailAddress.Parse(body.Email));
        if (body.HireDate is null)
        {
            errors.Add("hireDate", new Error("employee.hire_date_required", "The hire date is required."));
        }

        var (site, team) = await PlacementAsync(db, body.SiteId, body.TeamId, errors, cancellationToken).ConfigureAwait(false);
        var homeState = errors.Take("homeState", UsStates.Parse(body.HomeState));
        if (body.PayType is null)
        {
            errors.Add("payType", new Error("pay_rate.pay_type_required", "Choose Hourly or Salaried."));
        }

        var payRate = body.PayType is { } payType ? errors.Take("payRate", PayAmount.Parse(body.PayRate, payType)) : 0m;
        if (body.PayType is { } type && body.HireDate is { } hired && payRate > 0m)
        {
            errors.Check("payRate", FederalMinimumWageRule.Check(type, payRate, hired));
        }

        var skills = errors.Take("skills", Domain.Skills.Parse(body.Skills));
        var role = body.Role is null ? Roles.Agent : Roles.All.FirstOrDefault(r => string.Equals(r, body.Role, StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            errors.Add("role", new Error("role.invalid", $"Use one of {string.Join(", ", Roles.All)}."));
        }

        var contract = body.Contract is { } c ? errors.Take("contract", WorkContract.Create(c.MinWeeklyMinutes, c.MaxWeeklyMinutes, c.MaxConsecutiveDays)) : null;
        var tax = body.TaxSetup is { } t
            ? errors.Take("taxSetup", TaxSetup.Create(t.FilingStatus, t.MultipleJobsOrSpouseWorks, t.DependentsAmount, t.OtherIncome, t.Deductions, t.ExtraWithholding, t.Exempt, t.StateAllowances, t.StateExtraWithholding))
            : null;
        var ssn = body.Ssn is null ? null : errors.Take("ssn", Ssn.Parse(body.Ssn));
        var bank = body.BankRoutingNumber is null && body.BankAccountNumber is null
            ? null
            : errors.Take("bankAccountNumber", BankAccount.Parse(body.BankRoutingNumber, body.BankAccountNumber, body.BankAccountType ?? BankAccountType.Checking));
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // Giving anything beyond the Agent role is an Admin's call: PayrollAdmin may onboard, not grant access.
        if (role != Roles.Agent && !user.IsInRole(Roles.Admin))
        {
            return Error.Forbidden("employee.role_not_allowed", $"Only an Admin may onboard someone as {role}.").ToProblem();
        }

        var input = new NewEmployee(0, number, first, last, email, body.HireDate!.Value, site!, team, homeState!, body.PayType!.Value, payRate, skills!, role!, contract, tax, ssn, bank);
        var batch = await onboarding.PrepareAsync([input], cancellationToken).ConfigureAwait(false);
        if (!batch.IsValid)
        {
            var conflict = batch.Errors.FirstOrDefault(e => e.Error.Kind == ErrorKind.Conflict);
            if (conflict is not null)
            {
                return conflict.Error.ToProblem();
            }

            foreach (var error in batch.Errors)
            {
                errors.Add(FieldOf(error.Field), error.Error);
            }

            return errors.ToProblem();
        }

        Result<IReadOnlyList<Employee>> committed;
        try
        {
            committed = await onboarding.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("employee.duplicate", "An employee with this number or e-mail was added meanwhile.").ToProblem();
        }

        if (!committed.IsSuccess)
        {
            return committed.Error!.ToProblem();
        }

        var employee = committed.Value![0];
        return TypedResults.Created($"/api/employees/{employee.Id}", employee.ToDto(site!, user, clock));
    }

    internal static async Task<IResult> Update(Guid id, UpdateEmployeeRequest body, ClaimsPrincipal user, OrganizationDbContext db, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        var first = errors.Take("firstName", PersonName.Parse(body.FirstName, "first_name"));
        var last = errors.Take("lastName", PersonName.Parse(body.LastName, "last_name"));
        var (site, team) = await PlacementAsync(db, body.SiteId, body.TeamId, errors, cancellationToken).ConfigureAwait(false);
        var homeState = errors.Take("homeState", UsStates.Parse(body.HomeState));
        var skills = errors.Take("skills", Domain.Skills.Parse(body.Skills));
        if (errors.Any || !errors.Check("teamId", employee.UpdateProfile(first, last, site!, team, homeState!, skills!)))
        {
            return errors.ToProblem();
        }

        return await SaveAsync(db, employee, body.Version, user, clock, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<IResult> PayRates(Guid id, ClaimsPrincipal user, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return NotFound();
        }

        return EmployeeAccess.SeesPayData(user, employee.Id)
            ? TypedResults.Ok(employee.PayRates.OrderBy(r => r.EffectiveFrom).Select(r => r.ToDto()).ToList())
            : PayDataForbidden();
    }

    internal static async Task<IResult> ChangePayRate(Guid id, ChangePayRateRequest body, ClaimsPrincipal user, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        if (body.EffectiveFrom is null)
        {
            errors.Add("effectiveFrom", new Error("pay_rate.effective_from_required", "The date the rate starts is required."));
        }

        if (body.PayType is null)
        {
            errors.Add("payType", new Error("pay_rate.pay_type_required", "Choose Hourly or Salaried."));
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var added = employee.ChangePayRate(body.EffectiveFrom!.Value, body.PayType!.Value, body.Amount ?? 0m);
        if (!added.IsSuccess)
        {
            if (added.Error!.Kind == ErrorKind.Conflict)
            {
                return added.Error.ToProblem();
            }

            errors.Add(added.Error.Code == "pay_rate.before_hire" ? "effectiveFrom" : "amount", added.Error);
            return errors.ToProblem();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another request added a rate for the same day first; the unique index keeps the history append-only.
            return Error.Conflict("pay_rate.exists", $"A pay rate already starts on {body.EffectiveFrom.Value:uuuu-MM-dd}.").ToProblem();
        }

        return TypedResults.Created($"/api/employees/{employee.Id}/pay-rates", added.Value!.ToDto());
    }

    internal static async Task<IResult> SetContract(Guid id, SetContractRequest body, ClaimsPrincipal user, OrganizationDbContext db, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return NotFound();
        }

        var contract = WorkContract.Create(body.MinWeeklyMinutes, body.MaxWeeklyMinutes, body.MaxConsecutiveDays);
        if (!contract.IsSuccess)
        {
            var errors = new FieldErrors();
            errors.Add(contract.Error!.Code switch
            {
                "contract.min_weekly_invalid" => "minWeeklyMinutes",
                "contract.max_consecutive_days_invalid" => "maxConsecutiveDays",
                _ => "maxWeeklyMinutes",
            }, contract.Error);
            return errors.ToProblem();
        }

        employee.SetContract(contract.Value!);
        return await SaveAsync(db, employee, body.Version, user, clock, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<IResult> SetTaxSetup(Guid id, SetTaxSetupRequest body, ClaimsPrincipal user, OrganizationDbContext db, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return NotFound();
        }

        var tax = TaxSetup.Create(body.FilingStatus, body.MultipleJobsOrSpouseWorks, body.DependentsAmount, body.OtherIncome, body.Deductions, body.ExtraWithholding, body.Exempt, body.StateAllowances, body.StateExtraWithholding);
        if (!tax.IsSuccess)
        {
            var errors = new FieldErrors();
            errors.Add(tax.Error!.Code switch
            {
                "tax.filing_status_required" => "filingStatus",
                "tax.dependents_invalid" => "dependentsAmount",
                "tax.other_income_invalid" => "otherIncome",
                "tax.deductions_invalid" => "deductions",
                "tax.extra_withholding_invalid" => "extraWithholding",
                "tax.state_allowances_invalid" => "stateAllowances",
                _ => "stateExtraWithholding",
            }, tax.Error);
            return errors.ToProblem();
        }

        employee.SetTaxSetup(tax.Value!);
        return await SaveAsync(db, employee, body.Version, user, clock, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<IResult> SetSsn(Guid id, SetSsnRequest body, ClaimsPrincipal user, OrganizationDbContext db, IPersonalDataProtector protector, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        var ssn = errors.Take("ssn", Ssn.Parse(body.Ssn));
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        employee.SetSsn(ssn!, protector);
        return await SaveAsync(db, employee, body.Version, user, clock, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<IResult> SetBankAccount(Guid id, SetBankAccountRequest body, ClaimsPrincipal user, OrganizationDbContext db, IPersonalDataProtector protector, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        var routing = errors.Take("routingNumber", BankAccount.ParseRouting(body.RoutingNumber));
        var account = errors.Take("accountNumber", BankAccount.ParseAccount(body.AccountNumber));
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        employee.SetBankAccount(BankAccount.Parse(routing, account, body.Type ?? BankAccountType.Checking).Value!, protector);
        return await SaveAsync(db, employee, body.Version, user, clock, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The one way to read a clear SSN: PayrollAdmin only, a reason required, and an audit entry (who, when, why)
    /// saved before the number leaves the server. No audit entry, no number.
    /// </summary>
    internal static async Task<IResult> RevealSsn(
        Guid id,
        RevealSsnRequest body,
        ClaimsPrincipal user,
        OrganizationDbContext db,
        IPersonalDataProtector protector,
        ICurrentActor actor,
        IClock clock,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(response);
        var reason = body.Reason?.Trim() ?? "";
        if (reason.Length is < 10 or > 500)
        {
            var errors = new FieldErrors();
            errors.Add("reason", new Error("ssn.reason_required", "Say why the full SSN is needed (10 to 500 characters); it is kept in the audit log."));
            return errors.ToProblem();
        }

        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return NotFound();
        }

        var ssn = employee.RevealSsn(protector);
        if (!ssn.IsSuccess)
        {
            return ssn.Error!.ToProblem();
        }

        db.AuditLog.Add(AuditEntry.Record(OrganizationDbContext.ModuleName, "employee.ssn_revealed", nameof(Employee), employee.Id.ToString(), actor.Name, clock.GetCurrentInstant(), reason: reason));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new RevealedSsnDto(employee.Id.Value, ssn.Value!.Reveal()));
    }

    internal static async Task<IResult> Checklist(Guid id, ClaimsPrincipal user, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        var employee = await Find(db, user, id, cancellationToken).ConfigureAwait(false);
        return employee is null ? NotFound() : TypedResults.Ok(employee.Checklist);
    }

    /// <summary>Accepts the file as multipart form data (any one file field) or as a <c>text/csv</c> body.</summary>
    internal static async Task<IResult> Import(HttpRequest request, IEmployeeImport import, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(import);
        EmployeeImportResult result;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null)
            {
                var errors = new FieldErrors();
                errors.Add("file", new Error("import.file_missing", "Attach employees.csv as the 'file' field."));
                return errors.ToProblem();
            }

            await using var stream = file.OpenReadStream();
            result = await import.ImportAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        else if (request.ContentType is { } type && (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            result = await import.ImportAsync(request.Body, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            return Results.Problem(
                detail: "Send employees.csv as multipart/form-data or as a text/csv body.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                extensions: new Dictionary<string, object?> { ["code"] = "import.media_type" });
        }

        if (result.Succeeded)
        {
            return TypedResults.Ok(result);
        }

        return Results.ValidationProblem(
            result.Errors.GroupBy(e => $"line {e.Line}").ToDictionary(g => g.Key, g => g.Select(e => $"{e.Column}: {e.Message}").ToArray(), StringComparer.Ordinal),
            detail: $"Nothing was imported: {result.Errors.Select(e => e.Line).Distinct().Count()} line(s) have errors.",
            title: "Invalid employees.csv",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "import.invalid",
                ["lines"] = result.Errors.Select(e => e.ToString()).ToArray(),
            });
    }

    private static async Task<Employee?> Find(OrganizationDbContext db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await db.Visible(user).FirstOrDefaultAsync(e => e.Id == new EmployeeId(id), cancellationToken).ConfigureAwait(false);

    private static async Task<(Site? Site, Team? Team)> PlacementAsync(OrganizationDbContext db, Guid? siteId, Guid? teamId, FieldErrors errors, CancellationToken cancellationToken)
    {
        var site = siteId is { } s ? await db.Sites.FirstOrDefaultAsync(x => x.Id == new SiteId(s), cancellationToken).ConfigureAwait(false) : null;
        if (site is null)
        {
            errors.Add("siteId", new Error("employee.site_unknown", "Choose an existing site."));
        }

        Team? team = null;
        if (teamId is { } t)
        {
            team = await db.Teams.FirstOrDefaultAsync(x => x.Id == new TeamId(t), cancellationToken).ConfigureAwait(false);
            if (team is null)
            {
                errors.Add("teamId", new Error("employee.team_unknown", "Choose an existing team, or none."));
            }
        }

        return (site, team);
    }

    private static async Task<IResult> SaveAsync(OrganizationDbContext db, Employee employee, uint version, ClaimsPrincipal user, IClock clock, CancellationToken cancellationToken)
    {
        // The version the client read is the one the UPDATE must still find; if someone saved in between, nothing is written.
        db.Entry(employee).Property(e => e.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ProblemResults.StaleWrite();
        }

        return TypedResults.Ok(await DtoAsync(db, employee, user, clock, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<EmployeeDto> DtoAsync(OrganizationDbContext db, Employee employee, ClaimsPrincipal user, IClock clock, CancellationToken cancellationToken)
    {
        var site = await db.Sites.FirstAsync(s => s.Id == employee.SiteId, cancellationToken).ConfigureAwait(false);
        return employee.ToDto(site, user, clock);
    }

    private static string FieldOf(OnboardingField field) => field switch
    {
        OnboardingField.EmployeeNumber => "employeeNumber",
        OnboardingField.Email => "email",
        OnboardingField.Team => "teamId",
        OnboardingField.PayRate => "payRate",
        _ => "email",
    };

    private static IResult NotFound() => Error.NotFound("employee.not_found", "No such employee.").ToProblem();

    private static IResult PayDataForbidden() =>
        Error.Forbidden("employee.pay_data_forbidden", "Pay data is visible to the employee, Admin and PayrollAdmin only.").ToProblem();
}
