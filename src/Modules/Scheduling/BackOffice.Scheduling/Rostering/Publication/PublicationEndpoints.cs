using System.Security.Claims;
using BackOffice.Infrastructure.Http;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Rostering.Publication;

/// <summary>Publishing a roster week, and its history and versions (what agents saw, and when).</summary>
internal static class PublicationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var manage = app.MapGroup("/api/teams/{teamId:guid}/roster/{weekStart}").RequireAuthorization(Policies.Scheduling).WithTags("Rosters");
        manage.MapPost("/publish", PublishAsync);
        var read = app.MapGroup("/api/teams/{teamId:guid}/roster/{weekStart}").RequireAuthorization(Policies.SchedulingRead).WithTags("Rosters");
        read.MapGet("/history", HistoryAsync);
        read.MapGet("/versions/{number:int}", VersionAsync);
        read.MapGet("/versions", VersionAsOfAsync);
    }

    internal static async Task<IResult> PublishAsync(Guid teamId, string weekStart, PublishBody? body, ClaimsPrincipal user, IRosterPublication publication, CancellationToken ct)
    {
        if (RosterEndpoints.ParseDate(weekStart) is not { } week)
        {
            return RosterEndpoints.BadWeek(weekStart).ToProblem();
        }

        if (body?.Version is not { } version)
        {
            return new Error("roster.version_required", "Send the week's version (as read from the roster) so a stale review is never published.").ToProblem();
        }

        var attempt = await publication.PublishAsync(new TeamId(teamId), week, new PublishRequest(version, body.Reason, body.OverrideViolations), user, ct).ConfigureAwait(false);
        if (attempt.IsSuccess)
        {
            return TypedResults.Ok(attempt.Published);
        }

        return attempt.Violations.Count > 0
            ? attempt.Error!.ToProblem(new Dictionary<string, object?> { ["violations"] = attempt.Violations })
            : attempt.Error!.ToProblem();
    }

    internal static async Task<IResult> HistoryAsync(Guid teamId, string weekStart, ClaimsPrincipal user, IRosterPublication publication, CancellationToken ct)
    {
        if (RosterEndpoints.ParseDate(weekStart) is not { } week)
        {
            return RosterEndpoints.BadWeek(weekStart).ToProblem();
        }

        var history = await publication.HistoryAsync(new TeamId(teamId), week, user, ct).ConfigureAwait(false);
        return history.IsSuccess ? TypedResults.Ok(history.Value) : history.Error!.ToProblem();
    }

    internal static async Task<IResult> VersionAsync(Guid teamId, string weekStart, int number, ClaimsPrincipal user, IRosterPublication publication, CancellationToken ct)
    {
        if (RosterEndpoints.ParseDate(weekStart) is not { } week)
        {
            return RosterEndpoints.BadWeek(weekStart).ToProblem();
        }

        var version = await publication.VersionAsync(new TeamId(teamId), week, number, null, user, ct).ConfigureAwait(false);
        return version.IsSuccess ? TypedResults.Ok(version.Value) : version.Error!.ToProblem();
    }

    /// <summary><c>?asOf=2026-12-07T08:00:00Z</c>: the version agents saw at that instant.</summary>
    internal static async Task<IResult> VersionAsOfAsync(Guid teamId, string weekStart, string? asOf, ClaimsPrincipal user, IRosterPublication publication, CancellationToken ct)
    {
        if (RosterEndpoints.ParseDate(weekStart) is not { } week)
        {
            return RosterEndpoints.BadWeek(weekStart).ToProblem();
        }

        if (asOf is null || InstantPattern.ExtendedIso.Parse(asOf) is not { Success: true } parsed)
        {
            return new Error("roster.invalid_as_of", $"'{asOf}' is not an instant such as 2026-12-07T08:00:00Z.").ToProblem();
        }

        var version = await publication.VersionAsync(new TeamId(teamId), week, null, parsed.Value, user, ct).ConfigureAwait(false);
        return version.IsSuccess ? TypedResults.Ok(version.Value) : version.Error!.ToProblem();
    }

    /// <param name="Version">The week's concurrency token as read.</param>
    internal sealed record PublishBody(uint? Version, string? Reason, bool OverrideViolations);
}
