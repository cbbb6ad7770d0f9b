using System.Security.Claims;
using BackOffice.Infrastructure.Http;
using BackOffice.Scheduling.Contracts.Rostering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BackOffice.Scheduling.Rostering.Generation;

/// <summary>Start a roster generation (202 + Location), read its progress, cancel it. Schedulers and admins only.</summary>
internal static class GenerationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").RequireAuthorization(Policies.Scheduling).WithTags("Roster generation");
        group.MapPost("/teams/{teamId:guid}/roster/{weekStart}/generate", StartAsync).Accepts<GenerateRequest>("application/json");
        group.MapGet("/roster-generations/{id:guid}", GetAsync);
        group.MapPost("/roster-generations/{id:guid}/cancel", CancelAsync);
    }

    /// <param name="Weeks">1–6 (default 1).</param>
    /// <param name="Seconds">The engine's time limit (default 60).</param>
    internal sealed record GenerateRequest(int? Weeks, int? Seconds);

    internal static async Task<IResult> StartAsync(Guid teamId, string weekStart, HttpRequest http, ClaimsPrincipal user, IRosterGenerations generations, CancellationToken ct)
    {
        if (RosterEndpoints.ParseDate(weekStart) is not { } week)
        {
            return RosterEndpoints.BadWeek(weekStart).ToProblem();
        }

        GenerateRequest? body = null;
        if (http.HasJsonContentType())
        {
            try
            {
                body = await http.ReadFromJsonAsync<GenerateRequest>(ct).ConfigureAwait(false);
            }
            catch (System.Text.Json.JsonException)
            {
                return new SharedKernel.Error("generation.invalid_body", "The body must be JSON: {\"weeks\": 1, \"seconds\": 60}.").ToProblem();
            }
        }

        var started = await generations.StartAsync(user, teamId, week, body?.Weeks ?? 1, body?.Seconds ?? 60, ct).ConfigureAwait(false);
        return started.IsSuccess
            ? TypedResults.Accepted($"/api/roster-generations/{started.Value!.Id}", started.Value)
            : started.Error!.ToProblem();
    }

    internal static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, IRosterGenerations generations, CancellationToken ct)
    {
        var found = await generations.GetAsync(user, id, ct).ConfigureAwait(false);
        return found.IsSuccess ? TypedResults.Ok(found.Value) : found.Error!.ToProblem();
    }

    internal static async Task<IResult> CancelAsync(Guid id, ClaimsPrincipal user, IRosterGenerations generations, CancellationToken ct)
    {
        var cancelled = await generations.CancelAsync(user, id, ct).ConfigureAwait(false);
        return cancelled.IsSuccess ? TypedResults.Accepted($"/api/roster-generations/{id}", cancelled.Value) : cancelled.Error!.ToProblem();
    }
}
