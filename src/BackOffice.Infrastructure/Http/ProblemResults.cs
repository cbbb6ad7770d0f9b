using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Http;

namespace BackOffice.Infrastructure.Http;

/// <summary>Maps domain errors to RFC 7807 problem details with the stable error code as an extension.</summary>
public static class ProblemResults
{
    public static IResult ToProblem(this Error error, IDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = error.Code };
        return Results.Problem(detail: error.Message, statusCode: status, title: TitleFor(status), extensions: all);
    }

    public static IResult StaleWrite() =>
        Error.Conflict("concurrency.stale", "Someone else changed this record since you loaded it. Reload and apply your change again.").ToProblem();

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status403Forbidden => "Forbidden",
        _ => "Invalid request",
    };
}
