using System.Security.Claims;
using BackOffice.Infrastructure.Http;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BackOffice.Scheduling.Rostering.Swaps;

/// <summary>
/// Swap API. Agents act on swaps they are party to (or open offers to their team); supervisors approve their teams'
/// swaps, admins and schedulers anyone's. A swap the caller may not see is 404; a stale version is 409.
/// </summary>
internal static class SwapEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var agent = app.MapGroup("/api").RequireAuthorization(Policies.Authenticated).WithTags("Swaps");
        agent.MapGet("/me/swaps", MineAsync);
        agent.MapPost("/me/swaps", RequestAsync);
        agent.MapGet("/me/swap-options", OptionsAsync);
        agent.MapPost("/swaps/{id:guid}/accept", (Guid id, SwapAction body, ClaimsPrincipal user, ISwapService swaps, CancellationToken ct) =>
            Run(swaps.AcceptAsync(user, id, body, ct)));
        agent.MapPost("/swaps/{id:guid}/decline", (Guid id, SwapAction body, ClaimsPrincipal user, ISwapService swaps, CancellationToken ct) =>
            Run(swaps.DeclineAsync(user, id, body, ct)));
        agent.MapPost("/swaps/{id:guid}/cancel", (Guid id, SwapAction body, ClaimsPrincipal user, ISwapService swaps, CancellationToken ct) =>
            Run(swaps.CancelAsync(user, id, body, ct)));

        var approver = app.MapGroup("/api").RequireAuthorization(Policies.SchedulingRead).WithTags("Swaps");
        approver.MapGet("/swaps", ListAsync);
        approver.MapPost("/swaps/{id:guid}/approve", (Guid id, SwapAction body, ClaimsPrincipal user, ISwapService swaps, CancellationToken ct) =>
            Run(swaps.ApproveAsync(user, id, body, ct)));
        approver.MapPost("/swaps/{id:guid}/reject", (Guid id, SwapAction body, ClaimsPrincipal user, ISwapService swaps, CancellationToken ct) =>
            Run(swaps.RejectAsync(user, id, body, ct)));
    }

    internal static async Task<IResult> MineAsync(ClaimsPrincipal user, ISwapService swaps, CancellationToken ct)
    {
        var mine = await swaps.MineAsync(user, ct).ConfigureAwait(false);
        return mine.IsSuccess ? TypedResults.Ok(mine.Value) : mine.Error!.ToProblem();
    }

    internal static async Task<IResult> OptionsAsync(ClaimsPrincipal user, ISwapService swaps, CancellationToken ct)
    {
        var options = await swaps.OptionsAsync(user, ct).ConfigureAwait(false);
        return options.IsSuccess ? TypedResults.Ok(options.Value) : options.Error!.ToProblem();
    }

    internal static async Task<IResult> RequestAsync(NewSwapRequest body, ClaimsPrincipal user, ISwapService swaps, CancellationToken ct)
    {
        var created = await swaps.RequestAsync(user, body, ct).ConfigureAwait(false);
        return created.IsSuccess ? TypedResults.Created($"/api/me/swaps#{created.Value!.Id}", created.Value) : created.Error!.ToProblem();
    }

    internal static async Task<IResult> ListAsync(string? status, ClaimsPrincipal user, ISwapService swaps, CancellationToken ct)
    {
        var list = await swaps.ListAsync(user, status, ct).ConfigureAwait(false);
        return list.IsSuccess ? TypedResults.Ok(list.Value) : list.Error!.ToProblem();
    }

    private static async Task<IResult> Run(Task<Result<SwapView>> action)
    {
        var result = await action.ConfigureAwait(false);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
