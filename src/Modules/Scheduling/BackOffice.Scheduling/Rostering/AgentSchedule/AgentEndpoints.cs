using System.Security.Claims;
using System.Text;
using BackOffice.Infrastructure.Http;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BackOffice.Scheduling.Rostering.AgentSchedule;

/// <summary>The caller's own schedule, team coverage, notifications and calendar link; and the anonymous, secret ICS feed.</summary>
internal static class AgentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").RequireAuthorization(Policies.Authenticated).WithTags("My schedule");
        me.MapGet("/schedule", ScheduleAsync);
        me.MapGet("/team-coverage", TeamCoverageAsync);
        me.MapGet("/notifications", NotificationsAsync);
        me.MapPost("/notifications/{id:guid}/read", MarkReadAsync);
        me.MapPost("/calendar-feed", CreateFeedAsync);
        me.MapDelete("/calendar-feed", RevokeFeedAsync);
        // The secret in the path is the only credential: calendar apps cannot sign in.
        app.MapGet("/calendar/{token}.ics", FeedAsync).AllowAnonymous().WithTags("My schedule");
    }

    internal static async Task<IResult> ScheduleAsync(string? from, int? weeks, ClaimsPrincipal user, IAgentSchedule schedules, CancellationToken ct)
    {
        var start = RosterEndpoints.ParseDate(from);
        if (from is not null && start is null)
        {
            return new Error("schedule.invalid_from", $"'{from}' is not a date in the form yyyy-MM-dd.").ToProblem();
        }

        var schedule = await schedules.ScheduleAsync(user, start, weeks ?? 4, ct).ConfigureAwait(false);
        return schedule.IsSuccess ? TypedResults.Ok(schedule.Value) : schedule.Error!.ToProblem();
    }

    internal static async Task<IResult> TeamCoverageAsync(string? week, ClaimsPrincipal user, IAgentSchedule schedules, CancellationToken ct)
    {
        if (RosterEndpoints.ParseDate(week) is not { } monday)
        {
            return RosterEndpoints.BadWeek(week).ToProblem();
        }

        var coverage = await schedules.TeamCoverageAsync(user, monday, ct).ConfigureAwait(false);
        return coverage.IsSuccess ? TypedResults.Ok(coverage.Value) : coverage.Error!.ToProblem();
    }

    internal static async Task<IResult> NotificationsAsync(int? take, ClaimsPrincipal user, IAgentSchedule schedules, CancellationToken ct)
    {
        var list = await schedules.NotificationsAsync(user, take ?? 50, ct).ConfigureAwait(false);
        return list.IsSuccess ? TypedResults.Ok(list.Value) : list.Error!.ToProblem();
    }

    internal static async Task<IResult> MarkReadAsync(Guid id, ClaimsPrincipal user, IAgentSchedule schedules, CancellationToken ct)
    {
        var done = await schedules.MarkReadAsync(user, id, ct).ConfigureAwait(false);
        return done.IsSuccess ? TypedResults.NoContent() : done.Error!.ToProblem();
    }

    internal static async Task<IResult> CreateFeedAsync(ClaimsPrincipal user, ICalendarFeeds feeds, CancellationToken ct)
    {
        var created = await feeds.CreateAsync(user, ct).ConfigureAwait(false);
        return created.IsSuccess ? TypedResults.Ok(created.Value) : created.Error!.ToProblem();
    }

    internal static async Task<IResult> RevokeFeedAsync(ClaimsPrincipal user, ICalendarFeeds feeds, CancellationToken ct)
    {
        var revoked = await feeds.RevokeAsync(user, ct).ConfigureAwait(false);
        return revoked.IsSuccess ? TypedResults.NoContent() : revoked.Error!.ToProblem();
    }

    internal static async Task<IResult> FeedAsync(string token, ICalendarFeeds feeds, HttpContext http, CancellationToken ct)
    {
        var ics = await feeds.RenderAsync(token, ct).ConfigureAwait(false);
        if (ics is null)
        {
            return Error.NotFound("calendar.not_found", "There is no calendar at this address.").ToProblem();
        }

        // The URL is a secret: keep it out of shared caches.
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Text(ics, "text/calendar; charset=utf-8", Encoding.UTF8);
    }
}
