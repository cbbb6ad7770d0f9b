using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Staffing.Volume;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Staffing;

public sealed class VolumeHistoryCsvTests
{
    private const string Header = "queue,interval_start,offered,handled,aht_seconds\n";
    private readonly VolumeHistoryCsv _csv = new();

    private VolumeImportResult Parse(string text, IReadOnlyDictionary<string, int>? known = null) => _csv.Parse(new StringReader(text), known);

    [Fact]
    public void Parse_WhenRowsAreValid_ReturnsRecordsWithLocalTimeAndOffset()
    {
        var result = Parse(Header +
            "Sales,2026-03-02T08:30:00-06:00,12,11,182.5\n" +
            "Sales,2026-03-02T09:00:00-06:00,15,15,175\n");

        result.IsValid.Should().BeTrue();
        result.Records.Should().HaveCount(2);
        var first = result.Records[0];
        first.Queue.Should().Be("Sales");
        first.IntervalStart.LocalDateTime.Should().Be(new LocalDateTime(2026, 3, 2, 8, 30));
        first.IntervalStart.Offset.Should().Be(Offset.FromHours(-6));
        first.Offered.Should().Be(12);
        first.Handled.Should().Be(11);
        first.AhtSeconds.Should().Be(182.5);
        first.IntervalMinutes.Should().Be(30);
    }

    [Fact]
    public void Parse_WhenAQueueHasQuarterHourStarts_InfersFifteenMinuteIntervals()
    {
        var result = Parse(Header +
            "Support,2026-03-02T08:00:00-06:00,3,3,200\n" +
            "Support,2026-03-02T08:15:00-06:00,4,4,210\n" +
            "Sales,2026-03-02T08:00:00-06:00,9,9,190\n");

        result.IntervalMinutesByQueue.Should().BeEquivalentTo(new Dictionary<string, int> { ["Support"] = 15, ["Sales"] = 30 });
    }

    [Fact]
    public void Parse_WhenStartIsOffTheGrid_ReportsTheLine()
    {
        var result = Parse(Header +
            "Sales,2026-03-02T08:30:00-06:00,12,11,182.5\n" +
            "Sales,2026-03-02T08:40:00-06:00,12,11,182.5\n");

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<VolumeImportError>(e => e.Line == 3 && e.Code == "volume.misaligned_interval");
    }

    [Fact]
    public void Parse_WhenConfiguredAsThirtyMinutes_RejectsQuarterHourStarts()
    {
        var result = Parse(Header + "Sales,2026-03-02T08:15:00-06:00,12,11,182.5\n", new Dictionary<string, int> { ["Sales"] = 30 });

        result.Errors.Should().ContainSingle(e => e.Line == 2 && e.Code == "volume.misaligned_interval");
    }

    [Fact]
    public void Parse_WhenSameQueueAndIntervalTwice_RejectsWithBothLineNumbers()
    {
        var result = Parse(Header +
            "Sales,2026-03-02T08:30:00-06:00,12,11,182.5\n" +
            "Sales,2026-03-02T09:00:00-06:00,12,11,182.5\n" +
            "Sales,2026-03-02T08:30:00-06:00,13,12,180\n");

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(4);
        error.Code.Should().Be("volume.duplicate_row");
        error.Message.Should().Contain("line 2");
    }

    [Fact]
    public void Parse_WhenSameInstantWrittenWithAnotherOffset_IsStillADuplicate()
    {
        // 08:30−06:00 and 09:30−05:00 are the same instant (14:30Z).
        var result = Parse(Header +
            "Sales,2026-03-02T08:30:00-06:00,12,11,182.5\n" +
            "Sales,2026-03-02T09:30:00-05:00,12,11,182.5\n");

        result.Errors.Should().ContainSingle(e => e.Code == "volume.duplicate_row" && e.Line == 3);
    }

    [Fact]
    public void Parse_WhenDstFallBackRepeatsALocalTime_KeepsBothIntervals()
    {
        // America/Chicago falls back on 2026-11-01: 01:30 happens at −05:00 (CDT) and again at −06:00 (CST).
        var result = Parse(Header +
            "Sales,2026-11-01T01:30:00-05:00,2,2,200\n" +
            "Sales,2026-11-01T01:30:00-06:00,3,3,190\n");

        result.IsValid.Should().BeTrue();
        result.Records.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_WhenFieldsAreBad_ReportsEveryProblemWithItsLine()
    {
        var result = Parse(Header +
            "Sales,2026-03-02 08:30,12,11,182.5\n" +
            ",2026-03-02T09:00:00-06:00,12,11,182.5\n" +
            "Sales,2026-03-02T09:30:00-06:00,-1,11,182.5\n" +
            "Sales,2026-03-02T10:00:00-06:00,12,eleven,182.5\n" +
            "Sales,2026-03-02T10:30:00-06:00,12,11,abc\n" +
            "Sales,2026-03-02T11:00:00-06:00,12,11,0\n" +
            "Sales,2026-03-02T11:30:00-06:00,12,11,180\n");

        result.Errors.Select(e => (e.Line, e.Code)).Should().Equal(
            (2, "volume.bad_interval_start"),
            (3, "volume.missing_queue"),
            (4, "volume.bad_offered"),
            (5, "volume.bad_handled"),
            (6, "volume.bad_aht"),
            (7, "volume.zero_aht"));
        result.Records.Should().ContainSingle();
    }

    [Fact]
    public void Parse_WhenOffsetMissing_RejectsBecauseLocalTimeAloneIsAmbiguous()
    {
        Parse(Header + "Sales,2026-03-02T08:30:00,12,11,182.5\n").Errors.Should().ContainSingle(e => e.Code == "volume.bad_interval_start");
    }

    [Fact]
    public void Parse_WhenSecondsOmittedOrQuoted_Accepts()
    {
        var result = Parse(Header + "\"Sales, West\",2026-03-02T08:30-06:00,12,11,182.5\n");

        result.IsValid.Should().BeTrue();
        result.Records[0].Queue.Should().Be("Sales, West");
    }

    [Fact]
    public void Parse_WhenHeaderLacksAColumn_ReportsLineOne()
    {
        var result = Parse("queue,interval_start,offered,aht_seconds\nSales,2026-03-02T08:30:00-06:00,12,182.5\n");

        result.Errors.Should().ContainSingle(e => e.Line == 1 && e.Code == "volume.bad_header" && e.Message.Contains("handled"));
    }

    [Fact]
    public void Parse_WhenFileEmpty_ReportsIt()
    {
        Parse(string.Empty).Errors.Should().ContainSingle(e => e.Code == "volume.empty_file");
    }

    [Fact]
    public void Write_ThenParse_RoundTripsExactly()
    {
        var records = new[]
        {
            new VolumeRecord("Sales", new OffsetDateTime(new LocalDateTime(2026, 3, 2, 8, 30), Offset.FromHours(-6)), 30, 12, 11, 182.37),
            new VolumeRecord("Support", new OffsetDateTime(new LocalDateTime(2026, 3, 2, 8, 15), Offset.FromHoursAndMinutes(5, 30)), 15, 0, 0, 0),
        };
        var text = new StringWriter();

        _csv.Write(text, records);
        var parsed = Parse(text.ToString(), new Dictionary<string, int> { ["Support"] = 15 });

        text.ToString().Should().StartWith(Header).And.Contain("2026-03-02T08:30:00-06:00");
        parsed.Records.Should().Equal(records);
    }
}
