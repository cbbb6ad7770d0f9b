using NodaTime;

namespace BackOffice.Scheduling.Contracts.Staffing;

/// <summary>
/// One queue interval from the ACD. <paramref name="IntervalStart"/> is the site's local wall time with its UTC offset
/// (so the two 01:30s of a DST fall-back are different rows); <paramref name="IntervalMinutes"/> is 15 or 30.
/// </summary>
public sealed record VolumeRecord(
    string Queue,
    OffsetDateTime IntervalStart,
    int IntervalMinutes,
    int Offered,
    int Handled,
    double AhtSeconds);

/// <summary>A problem on one line of an import file (line 1 is the header).</summary>
public sealed record VolumeImportError(int Line, string Code, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

public sealed record VolumeImportResult(
    IReadOnlyList<VolumeRecord> Records,
    IReadOnlyList<VolumeImportError> Errors,
    IReadOnlyDictionary<string, int> IntervalMinutesByQueue)
{
    public bool IsValid => Errors.Count == 0;
}

public enum VolumeMergePolicy
{
    /// <summary>A row for an existing (queue, instant) with different figures replaces it (a corrected re-export).</summary>
    Upsert,

    /// <summary>A row for an existing (queue, instant) with different figures is a conflict; nothing is merged.</summary>
    RejectChanges,
}

/// <summary>
/// <paramref name="Merged"/> is the complete history after the merge, ordered by queue and instant;
/// <paramref name="Inserted"/> and <paramref name="Updated"/> are what a store has to write.
/// When <paramref name="Conflicts"/> is not empty nothing was merged and <paramref name="Merged"/> is the existing history.
/// </summary>
public sealed record VolumeMergeResult(
    IReadOnlyList<VolumeRecord> Merged,
    IReadOnlyList<VolumeRecord> Inserted,
    IReadOnlyList<VolumeRecord> Updated,
    int Unchanged,
    IReadOnlyList<string> Conflicts)
{
    public bool HasChanges => Inserted.Count > 0 || Updated.Count > 0;
}
