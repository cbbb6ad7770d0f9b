using System.Reflection;
using System.Text.Json;

namespace BackOffice.Payroll.Common;

/// <summary>Reads the module's effective-dated JSON data files, which are embedded so a deployed binary carries its tables.</summary>
internal static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    /// <summary>Every embedded resource under <paramref name="folder"/> (dotted, e.g. <c>Taxes.Federal.Data</c>) whose file name starts with <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<T> LoadAll<T>(string folder, string prefix)
    {
        var start = $"{Assembly.GetName().Name}.{folder}.{prefix}";
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(start, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(Load<T>)
            .ToList();
    }

    private static T Load<T>(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded data file {resourceName} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Embedded data file {resourceName} is empty.");
    }
}
