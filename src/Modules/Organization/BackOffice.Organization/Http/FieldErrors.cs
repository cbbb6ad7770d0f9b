using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Http;

namespace BackOffice.Organization.Http;

/// <summary>
/// Collects validation failures per field while a request is parsed into value objects, so that one response
/// reports every bad field (RFC 7807 <c>errors</c>), not just the first.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);
    private string? firstCode;

    public bool Any => errors.Count > 0;

    public IReadOnlyDictionary<string, List<string>> All => errors;

    /// <summary>Returns the parsed value, or records the error against <paramref name="field"/> and returns default.</summary>
    public T? Take<T>(string field, Result<T> result)
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        Add(field, result.Error!);
        return default;
    }

    public bool Check(string field, Result result)
    {
        if (!result.IsSuccess)
        {
            Add(field, result.Error!);
        }

        return result.IsSuccess;
    }

    public void Add(string field, Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        firstCode ??= error.Code;
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(error.Message);
    }

    public IResult ToProblem() =>
        Results.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            title: "Invalid request",
            extensions: new Dictionary<string, object?> { ["code"] = Any ? firstCode : "validation" });
}
