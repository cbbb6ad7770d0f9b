using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Http;

namespace BackOffice.Infrastructure.Http;

/// <summary>
/// Reads a JSON body in the handler rather than by parameter binding, because the host (in Development) turns a binding
/// failure into an exception and so a 500; malformed JSON is the caller's error and gets a 400 problem.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, new Error("request.not_json", "Send the body as application/json.").ToProblem());
        }

        try
        {
            var body = await request.ReadFromJsonAsync<T>(ct).ConfigureAwait(false);
            return body is null ? (null, new Error("request.empty", "The request body is empty.").ToProblem()) : (body, null);
        }
        catch (System.Text.Json.JsonException e)
        {
            return (null, new Error("request.malformed_json", $"The body is not valid JSON for this request: {e.Message}").ToProblem());
        }
    }
}
