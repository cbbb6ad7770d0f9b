using BackOffice.SharedKernel;

namespace BackOffice.Organization.Domain;

/// <summary>Parses a site's or employee's state into a <see cref="UsStateCodes"/> code, with a readable error.</summary>
internal static class UsStates
{
    public static int Count => UsStateCodes.Count;

    public static Result<string> Parse(string? text, string code = "state.invalid") =>
        UsStateCodes.Normalize(text) is { } value
            ? value
            : new Error(code, $"'{text?.Trim()}' is not a two-letter US state code (USPS).");
}
