using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Staffing.Volume;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Staffing;

public sealed class VolumeHistoryMergerTests
{
    private const string File = "queue,interval_start,offered,handled,aht_seconds\n" +
        "Sales,2026-03-02T08:30:00-06:00,12,11,182.5\n" +
        "Sales,2026-03-02T09:00:00-06:00,15,15,175\n" +
        "Support,2026-03-02T09:00:00-06:00,7,6,240\n";

    private readonly VolumeHistoryMerger _merger = new();

    private static IReadOnlyList<VolumeRecord> Import(string text) => new VolumeHistoryCsv().Parse(new StringReader(text)).Records;

    [Fact]
    public void Merge_WhenSameFileImportedTwice_SecondImportChangesNothing()
    {
        var first = _merger.Merge([], Import(File));
        var second = _merger.Merge(first.Merged, Import(File));

        first.Inserted.Should().HaveCount(3);
        second.HasChanges.Should().BeFalse();
        second.Unchanged.Should().Be(3);
        second.Merged.Should().Equal(first.Merged);
        second.Merged.Sum(r => r.Offered).Should().Be(12 + 15 + 7);
    }

    [Fact]
    public void Merge_WhenARowWasCorrected_UpsertsItInPlace()
    {
        var existing = _merger.Merge([], Import(File)).Merged;
        var corrected = Import(File.Replace("Sales,2026-03-02T09:00:00-06:00,15,15,175", "Sales,2026-03-02T09:00:00-06:00,16,15,175", StringComparison.Ordinal));

        var result = _merger.Merge(existing, corrected);

        result.Updated.Should().ContainSingle().Which.Offered.Should().Be(16);
        result.Inserted.Should().BeEmpty();
        result.Merged.Should().HaveCount(3);
        result.Merged.Sum(r => r.Offered).Should().Be(12 + 16 + 7);
    }

    [Fact]
    public void Merge_WhenChangesMustBeRejected_ReportsConflictAndKeepsHistory()
    {
        var existing = _merger.Merge([], Import(File)).Merged;
        var corrected = Import(File.Replace(",15,15,175", ",16,15,175", StringComparison.Ordinal));

        var result = _merger.Merge(existing, corrected, VolumeMergePolicy.RejectChanges);

        result.Conflicts.Should().ContainSingle();
        result.HasChanges.Should().BeFalse();
        result.Merged.Should().Equal(existing);
    }

    [Fact]
    public void Merge_WhenIntervalLengthDiffersFromStoredQueue_Conflicts()
    {
        var existing = _merger.Merge([], Import(File)).Merged;
        var quarterHour = new VolumeRecord("Sales", new OffsetDateTime(new LocalDateTime(2026, 3, 3, 8, 15), Offset.FromHours(-6)), 15, 1, 1, 100);

        _merger.Merge(existing, [quarterHour]).Conflicts.Should().ContainSingle(c => c.Contains("30-minute", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_WhenNewDaysArrive_AppendsThemInOrder()
    {
        var existing = _merger.Merge([], Import(File)).Merged;
        var nextDay = Import(File.Replace("2026-03-02", "2026-03-03", StringComparison.Ordinal));

        var result = _merger.Merge(existing, nextDay);

        result.Inserted.Should().HaveCount(3);
        result.Merged.Should().HaveCount(6);
        result.Merged.Where(r => r.Queue == "Sales").Select(r => r.IntervalStart.ToInstant()).Should().BeInAscendingOrder();
    }
}
