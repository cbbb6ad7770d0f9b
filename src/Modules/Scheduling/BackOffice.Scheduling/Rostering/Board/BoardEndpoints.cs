using System.Security.Claims;
using BackOffice.Infrastructure.Http;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Board;

/// <summary>The board's edit API: shifts, undo, copy last week and rotations. Every week mutation carries the week's version.</summary>
internal static class BoardEndpoints
{
    private const string Week = "/teams/{teamId:guid}/roster/{weekStart}";

    public static void Map(IEndpointRouteBuilder app)
    {
        var edit = app.MapGroup("/api").RequireAuthorization(Policies.Scheduling).WithTags("Roster board");
        edit.MapPost(Week + "/shifts", AddAsync);
        edit.MapPut(Week + "/shifts/{shiftId:guid}", ChangeAsync);
        edit.MapDelete(Week + "/shifts/{shiftId:guid}", DeleteAsync);
        edit.MapPost(Week + "/undo", UndoAsync);
        edit.MapPost(Week + "/copy-previous", CopyAsync);
        edit.MapPost("/teams/{teamId:guid}/rotations", SaveRotationAsync);
        edit.MapPost("/teams/{teamId:guid}/rotations/{rotationId:guid}/apply", ApplyRotationAsync);
        edit.MapDelete("/teams/{teamId:guid}/rotations/{rotationId:guid}", DeleteRotationAsync);

        var read = app.MapGroup("/api").RequireAuthorization(Policies.SchedulingRead).WithTags("Roster board");
        read.MapGet(Week + "/undo", UndoableAsync);
        read.MapGet("/teams/{teamId:guid}/rotations", RotationsAsync);
    }

    internal static Task<IResult> AddAsync(Guid teamId, string weekStart, ShiftEdit body, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct) =>
        WithWeek(weekStart, week => board.AddShiftAsync(new TeamId(teamId), week, body, user, ct), created: true);

    internal static Task<IResult> ChangeAsync(Guid teamId, string weekStart, Guid shiftId, ShiftEdit body, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct) =>
        WithWeek(weekStart, week => board.ChangeShiftAsync(new TeamId(teamId), week, shiftId, body, user, ct));

    internal static Task<IResult> DeleteAsync(Guid teamId, string weekStart, Guid shiftId, uint? version, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct) =>
        version is { } v
            ? WithWeek(weekStart, week => board.DeleteShiftAsync(new TeamId(teamId), week, shiftId, v, user, ct))
            : Task.FromResult(MissingVersion());

    internal static Task<IResult> UndoAsync(Guid teamId, string weekStart, VersionBody? body, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct) =>
        body?.Version is { } v
            ? WithWeek(weekStart, week => board.UndoAsync(new TeamId(teamId), week, v, user, ct))
            : Task.FromResult(MissingVersion());

    internal static Task<IResult> CopyAsync(Guid teamId, string weekStart, VersionBody? body, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct) =>
        body?.Version is { } v
            ? WithWeek(weekStart, week => board.CopyPreviousWeekAsync(new TeamId(teamId), week, v, user, ct))
            : Task.FromResult(MissingVersion());

    internal static async Task<IResult> UndoableAsync(Guid teamId, string weekStart, int? limit, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct)
    {
        if (RosterEndpoints.ParseDate(weekStart) is not { } week)
        {
            return RosterEndpoints.BadWeek(weekStart).ToProblem();
        }

        var edits = await board.UndoableAsync(new TeamId(teamId), week, limit ?? 20, user, ct).ConfigureAwait(false);
        return edits.IsSuccess ? TypedResults.Ok(edits.Value) : edits.Error!.ToProblem();
    }

    internal static async Task<IResult> RotationsAsync(Guid teamId, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct)
    {
        var rotations = await board.RotationsAsync(new TeamId(teamId), user, ct).ConfigureAwait(false);
        return rotations.IsSuccess ? TypedResults.Ok(rotations.Value) : rotations.Error!.ToProblem();
    }

    internal static async Task<IResult> SaveRotationAsync(Guid teamId, SaveRotationBody? body, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct)
    {
        if (RosterEndpoints.ParseDate(body?.WeekStart) is not { } week)
        {
            return RosterEndpoints.BadWeek(body?.WeekStart).ToProblem();
        }

        var saved = await board.SaveRotationAsync(new TeamId(teamId), week, body!.Name ?? "", user, ct).ConfigureAwait(false);
        return saved.IsSuccess ? TypedResults.Created($"/api/teams/{teamId}/rotations/{saved.Value!.Id}", saved.Value) : saved.Error!.ToProblem();
    }

    internal static async Task<IResult> ApplyRotationAsync(Guid teamId, Guid rotationId, ApplyRotationBody? body, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct)
    {
        if (body?.Version is not { } version)
        {
            return MissingVersion();
        }

        return await WithWeek(body.WeekStart ?? "", week => board.ApplyRotationAsync(new TeamId(teamId), rotationId, week, version, user, ct)).ConfigureAwait(false);
    }

    internal static async Task<IResult> DeleteRotationAsync(Guid teamId, Guid rotationId, ClaimsPrincipal user, IRosterBoard board, CancellationToken ct)
    {
        var deleted = await board.DeleteRotationAsync(new TeamId(teamId), rotationId, user, ct).ConfigureAwait(false);
        return deleted.IsSuccess ? TypedResults.NoContent() : deleted.Error!.ToProblem();
    }

    private static async Task<IResult> WithWeek(string weekStart, Func<LocalDate, Task<Result<BoardEditResult>>> edit, bool created = false)
    {
        if (RosterEndpoints.ParseDate(weekStart) is not { } week)
        {
            return RosterEndpoints.BadWeek(weekStart).ToProblem();
        }

        var result = await edit(week).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        return created && result.Value!.ShiftId is { } id
            ? TypedResults.Created($"/api/teams/{result.Value.Week.TeamId}/roster/{weekStart}/shifts/{id}", result.Value)
            : TypedResults.Ok(result.Value);
    }

    private static IResult MissingVersion() =>
        new Error("roster.version_required", "Send the week's version (from the roster you read) with every change.").ToProblem();
}

/// <param name="Version">The week's version the client read.</param>
internal sealed record VersionBody(uint? Version);

internal sealed record SaveRotationBody(string? Name, string? WeekStart);

internal sealed record ApplyRotationBody(uint? Version, string? WeekStart);
