using BackOffice.Scheduling.Contracts.Staffing;
using NodaTime;

namespace BackOffice.Scheduling.Staffing.Volume;

/// <summary>
/// Merges by (queue, instant) — not by local time, because a DST fall-back has two 01:30 intervals that are both real.
/// </summary>
internal sealed class VolumeHistoryMerger : IVolumeHistoryMerger
{
    public VolumeMergeResult Merge(IReadOnlyCollection<VolumeRecord> existing, IReadOnlyCollection<VolumeRecord> incoming, VolumeMergePolicy policy = VolumeMergePolicy.Upsert)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);

        var merged = new Dictionary<(string Queue, Instant Start), VolumeRecord>(existing.Count + incoming.Count);
        var intervalByQueue = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in existing)
        {
            merged[Key(record)] = record;
            intervalByQueue.TryAdd(record.Queue, record.IntervalMinutes);
        }

        var inserted = new List<VolumeRecord>();
        var updated = new List<VolumeRecord>();
        var conflicts = new List<string>();
        var unchanged = 0;
        var seen = new HashSet<(string, Instant)>();
        foreach (var record in incoming)
        {
            var key = Key(record);
            if (!seen.Add(key))
            {
                conflicts.Add($"queue '{record.Queue}' interval {record.IntervalStart} is in the import twice");
                continue;
            }

            if (intervalByQueue.TryGetValue(record.Queue, out var minutes) && minutes != record.IntervalMinutes)
            {
                conflicts.Add($"queue '{record.Queue}' has {minutes}-minute intervals but the import has {record.IntervalMinutes}-minute ones");
                continue;
            }

            intervalByQueue.TryAdd(record.Queue, record.IntervalMinutes);
            if (!merged.TryGetValue(key, out var current))
            {
                inserted.Add(record);
            }
            else if (current == record)
            {
                unchanged++;
            }
            else if (policy == VolumeMergePolicy.RejectChanges)
            {
                conflicts.Add($"queue '{record.Queue}' interval {record.IntervalStart} is already stored with other figures");
                continue;
            }
            else
            {
                updated.Add(record);
            }
        }

        if (conflicts.Count > 0)
        {
            return new VolumeMergeResult(Ordered(existing), [], [], 0, conflicts);
        }

        foreach (var record in inserted.Concat(updated))
        {
            merged[Key(record)] = record;
        }

        return new VolumeMergeResult(Ordered(merged.Values), inserted, updated, unchanged, []);
    }

    private static (string, Instant) Key(VolumeRecord record) => (record.Queue, record.IntervalStart.ToInstant());

    private static List<VolumeRecord> Ordered(IEnumerable<VolumeRecord> records) => records
        .OrderBy(r => r.Queue, StringComparer.Ordinal)
        .ThenBy(r => r.IntervalStart.ToInstant())
        .ToList();
}
