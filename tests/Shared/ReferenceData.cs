namespace BackOffice.Testing;

/// <summary>
/// Locates the repository root and the read-only reference sets in <c>../shared/benchmarks</c>.
/// CI always has that folder; a user's fresh clone may not, in which case the reference tests are
/// reported as skipped with the reason, never passed silently.
/// </summary>
internal static class ReferenceData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string? SharedBenchmarks
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "benchmarks"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static string Require(params string[] relative)
    {
        var root = SharedBenchmarks ?? throw new InvalidOperationException("../shared/benchmarks is not present.");
        return Path.Combine([root, .. relative]);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BackOffice.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BackOffice.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs <c>../shared/benchmarks</c>; it is reported as skipped, with the reason, when the folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ReferenceFactAttribute : FactAttribute
{
    public ReferenceFactAttribute()
    {
        if (ReferenceData.SharedBenchmarks is null)
        {
            Skip = "Reference check did not run: ../shared/benchmarks is absent from this checkout.";
        }
    }
}

/// <summary>A theory that needs <c>../shared/benchmarks</c>; see <see cref="ReferenceFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ReferenceTheoryAttribute : TheoryAttribute
{
    public ReferenceTheoryAttribute()
    {
        if (ReferenceData.SharedBenchmarks is null)
        {
            Skip = "Reference check did not run: ../shared/benchmarks is absent from this checkout.";
        }
    }
}
