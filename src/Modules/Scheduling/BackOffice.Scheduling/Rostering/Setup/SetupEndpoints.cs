using System.Security.Claims;
using BackOffice.Infrastructure.Http;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Rostering.Setup;

/// <summary>
/// Site rules, shift templates and team queues (Admin, Scheduler); availability and blocked days (authorized per
/// employee in <see cref="RosterSetup"/>: the agent, their supervisor, Admin and Scheduler).
/// </summary>
internal static class SetupEndpoints
{
    /// <summary>How far ahead blocked days are listed when the caller gives no range.</summary>
    private const int DefaultBlockDays = 120;

    public static void Map(IEndpointRouteBuilder app)
    {
        var manage = app.MapGroup("/api").RequireAuthorization(Policies.Scheduling).WithTags("Roster setup");
        manage.MapGet("/sites/{siteId:guid}/scheduling-rules", GetRulesAsync);
        manage.MapPut("/sites/{siteId:guid}/scheduling-rules", PutRulesAsync).Accepts<SiteRulesInput>("application/json");
        manage.MapGet("/sites/{siteId:guid}/shift-templates", ListTemplatesAsync);
        manage.MapPost("/sites/{siteId:guid}/shift-templates", CreateTemplateAsync).Accepts<ShiftTemplateInput>("application/json");
        manage.MapPut("/shift-templates/{id:guid}", UpdateTemplateAsync).Accepts<ShiftTemplateInput>("application/json");
        manage.MapDelete("/shift-templates/{id:guid}", DeleteTemplateAsync);
        manage.MapPut("/teams/{teamId:guid}/queue", PutTeamQueueAsync).Accepts<TeamQueueInput>("application/json");

        var people = app.MapGroup("/api").RequireAuthorization(Policies.Authenticated).WithTags("Roster setup");
        people.MapGet("/employees/{employeeId:guid}/availability", GetAvailabilityAsync);
        people.MapPut("/employees/{employeeId:guid}/availability", PutAvailabilityAsync).Accepts<AvailabilityInput>("application/json");
        people.MapGet("/employees/{employeeId:guid}/day-blocks", ListBlocksAsync);
        people.MapPost("/employees/{employeeId:guid}/day-blocks", AddBlockAsync).Accepts<DayBlockInput>("application/json");
        people.MapDelete("/employees/{employeeId:guid}/day-blocks/{date}", RemoveBlockAsync);
    }

    internal static async Task<IResult> GetRulesAsync(Guid siteId, IRosterSetup setup, CancellationToken ct) =>
        Respond(await setup.GetSiteRulesAsync(new SiteId(siteId), ct).ConfigureAwait(false), TypedResults.Ok);

    internal static async Task<IResult> PutRulesAsync(Guid siteId, HttpRequest request, IRosterSetup setup, CancellationToken ct)
    {
        var (body, bad) = await JsonBody.ReadAsync<SiteRulesInput>(request, ct).ConfigureAwait(false);
        return body is null ? bad! : Respond(await setup.SaveSiteRulesAsync(new SiteId(siteId), body, ct).ConfigureAwait(false), TypedResults.Ok);
    }

    internal static async Task<IResult> ListTemplatesAsync(Guid siteId, IRosterSetup setup, CancellationToken ct) =>
        Respond(await setup.ListTemplatesAsync(new SiteId(siteId), ct).ConfigureAwait(false), TypedResults.Ok);

    internal static async Task<IResult> CreateTemplateAsync(Guid siteId, HttpRequest request, IRosterSetup setup, CancellationToken ct)
    {
        var (body, bad) = await JsonBody.ReadAsync<ShiftTemplateInput>(request, ct).ConfigureAwait(false);
        return body is null
            ? bad!
            : Respond(await setup.CreateTemplateAsync(new SiteId(siteId), body, ct).ConfigureAwait(false), t => TypedResults.Created($"/api/shift-templates/{t.Id}", t));
    }

    internal static async Task<IResult> UpdateTemplateAsync(Guid id, HttpRequest request, IRosterSetup setup, CancellationToken ct)
    {
        var (body, bad) = await JsonBody.ReadAsync<ShiftTemplateInput>(request, ct).ConfigureAwait(false);
        return body is null ? bad! : Respond(await setup.UpdateTemplateAsync(id, body, ct).ConfigureAwait(false), TypedResults.Ok);
    }

    internal static async Task<IResult> DeleteTemplateAsync(Guid id, uint? version, IRosterSetup setup, CancellationToken ct) =>
        Respond(await setup.DeleteTemplateAsync(id, version, ct).ConfigureAwait(false), _ => TypedResults.NoContent());

    internal static async Task<IResult> PutTeamQueueAsync(Guid teamId, HttpRequest request, IRosterSetup setup, CancellationToken ct)
    {
        var (body, bad) = await JsonBody.ReadAsync<TeamQueueInput>(request, ct).ConfigureAwait(false);
        return body is null ? bad! : Respond(await setup.SetTeamQueueAsync(new TeamId(teamId), body, ct).ConfigureAwait(false), TypedResults.Ok);
    }

    internal static async Task<IResult> GetAvailabilityAsync(Guid employeeId, ClaimsPrincipal user, IRosterSetup setup, CancellationToken ct) =>
        Respond(await setup.GetAvailabilityAsync(new EmployeeId(employeeId), user, ct).ConfigureAwait(false), TypedResults.Ok);

    internal static async Task<IResult> PutAvailabilityAsync(Guid employeeId, HttpRequest request, ClaimsPrincipal user, IRosterSetup setup, CancellationToken ct)
    {
        var (body, bad) = await JsonBody.ReadAsync<AvailabilityInput>(request, ct).ConfigureAwait(false);
        return body is null ? bad! : Respond(await setup.SaveAvailabilityAsync(new EmployeeId(employeeId), body, user, ct).ConfigureAwait(false), TypedResults.Ok);
    }

    internal static async Task<IResult> ListBlocksAsync(Guid employeeId, string? from, string? to, ClaimsPrincipal user, IRosterSetup setup, IClock clock, CancellationToken ct)
    {
        var start = from is null ? clock.GetCurrentInstant().InUtc().Date : RosterEndpoints.ParseDate(from);
        if (start is null)
        {
            return BadDate("from", from);
        }

        var end = to is null ? start.Value.PlusDays(DefaultBlockDays) : RosterEndpoints.ParseDate(to);
        if (end is null || end < start)
        {
            return BadDate("to", to);
        }

        return Respond(await setup.DayBlocksAsync(new EmployeeId(employeeId), start.Value, end.Value, user, ct).ConfigureAwait(false), TypedResults.Ok);
    }

    internal static async Task<IResult> AddBlockAsync(Guid employeeId, HttpRequest request, ClaimsPrincipal user, IRosterSetup setup, CancellationToken ct)
    {
        var (body, bad) = await JsonBody.ReadAsync<DayBlockInput>(request, ct).ConfigureAwait(false);
        return body is null
            ? bad!
            : Respond(await setup.AddDayBlockAsync(new EmployeeId(employeeId), body, user, ct).ConfigureAwait(false),
                b => TypedResults.Created($"/api/employees/{employeeId}/day-blocks/{LocalDatePattern.Iso.Format(b.Date)}", b));
    }

    internal static async Task<IResult> RemoveBlockAsync(Guid employeeId, string date, ClaimsPrincipal user, IRosterSetup setup, CancellationToken ct)
    {
        if (RosterEndpoints.ParseDate(date) is not { } day)
        {
            return BadDate("date", date);
        }

        return Respond(await setup.RemoveDayBlockAsync(new EmployeeId(employeeId), day, user, ct).ConfigureAwait(false), _ => TypedResults.NoContent());
    }

    /// <summary>Success, a validation problem listing each field's messages, or the error's own problem (404, 409…).</summary>
    internal static IResult Respond<T>(SetupResult<T> result, Func<T, IResult> ok)
    {
        if (result.IsSuccess)
        {
            return ok(result.Value!);
        }

        return result.FieldErrors.Count > 0
            ? Results.ValidationProblem(result.FieldErrors, detail: result.Error!.Message, title: "Invalid request",
                extensions: new Dictionary<string, object?> { ["code"] = result.Error.Code })
            : result.Error!.ToProblem();
    }

    private static IResult BadDate(string field, string? text) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [$"'{text}' is not a date (yyyy-MM-dd)."] },
            title: "Invalid request",
            extensions: new Dictionary<string, object?> { ["code"] = "request.invalid_date" });
}
