using System.Security.Claims;
using BackOffice.Infrastructure.Http;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Rostering;

/// <summary>Reading a team's roster week (board view). Edits, generation, publication and swaps map their own routes.</summary>
internal static class RosterEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api").RequireAuthorization(Policies.SchedulingRead).WithTags("Rosters");
        read.MapGet("/teams/{teamId:guid}/roster/{weekStart}", GetWeekAsync);
    }

    internal static async Task<IResult> GetWeekAsync(Guid teamId, string weekStart, ClaimsPrincipal user, IRosterQueries rosters, CancellationToken ct)
    {
        if (ParseDate(weekStart) is not { } week)
        {
            return BadWeek(weekStart).ToProblem();
        }

        var view = await rosters.GetWeekAsync(new TeamId(teamId), week, user, ct).ConfigureAwait(false);
        return view.IsSuccess ? TypedResults.Ok(view.Value) : view.Error!.ToProblem();
    }

    /// <summary>An ISO date (<c>2026-12-07</c>); null when it is not one.</summary>
    public static LocalDate? ParseDate(string? text) =>
        text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;

    public static Error BadWeek(string? text) =>
        new("roster.invalid_week_start", $"'{text}' is not a date in the form yyyy-MM-dd.");
}
