namespace BackOffice.Scheduling.Contracts.Staffing;

/// <summary>
/// The ACD volume export <c>queue,interval_start,offered,handled,aht_seconds</c> (see docs/forecasting.md).
/// </summary>
public interface IVolumeHistoryCsv
{
    /// <summary>
    /// Parses and validates a whole file. Every problem is reported with its line number; a file with any error must be
    /// rejected whole (the valid rows are returned only so a caller can show what would have been imported).
    /// </summary>
    /// <param name="knownIntervalMinutes">Interval length (15 or 30) of queues already configured; other queues' lengths are inferred.</param>
    VolumeImportResult Parse(TextReader reader, IReadOnlyDictionary<string, int>? knownIntervalMinutes = null);

    /// <summary>Writes records in the same format, so an export re-imports unchanged.</summary>
    void Write(TextWriter writer, IEnumerable<VolumeRecord> records);
}

/// <summary>
/// Folds an imported file into existing history keyed by (queue, instant): a row that is already there unchanged is
/// left alone, so re-importing a file changes nothing and never doubles volume.
/// </summary>
public interface IVolumeHistoryMerger
{
    VolumeMergeResult Merge(
        IReadOnlyCollection<VolumeRecord> existing,
        IReadOnlyCollection<VolumeRecord> incoming,
        VolumeMergePolicy policy = VolumeMergePolicy.Upsert);
}
