using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Staffing.Synthetic;
using BackOffice.Scheduling.Staffing.Volume;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Staffing;

public sealed class SyntheticAcdHistoryGeneratorTests
{
    private static readonly LocalDate FirstMonday = new(2026, 1, 5);
    private readonly SyntheticAcdHistoryGenerator _generator = new();

    [Fact]
    public void Generate_WhenSameSeed_IsReproducible()
    {
        var options = new SyntheticHistoryOptions(7, FirstMonday, 2);

        _generator.Generate(options).Should().Equal(_generator.Generate(options));
        _generator.Generate(options with { Seed = 8 }).Should().NotEqual(_generator.Generate(options));
    }

    [Fact]
    public void Generate_WhenAveragedOverWeekdays_HasAMorningAndAnAfternoonPeak()
    {
        var records = _generator.Generate(new SyntheticHistoryOptions(1, FirstMonday, 4));
        double Mean(int fromHour, int toHour) => records
            .Where(r => r.IntervalStart.DayOfWeek < IsoDayOfWeek.Saturday && r.IntervalStart.Hour >= fromHour && r.IntervalStart.Hour < toHour)
            .Average(r => r.Offered);

        var morningPeak = Mean(10, 11);
        var lunchDip = Mean(12, 13);
        var afternoonPeak = Mean(14, 15);

        morningPeak.Should().BeGreaterThan(lunchDip);
        afternoonPeak.Should().BeGreaterThan(lunchDip);
        Mean(7, 8).Should().BeLessThan(lunchDip);
    }

    [Fact]
    public void Generate_WhenComparingDays_MondayIsBusiestAndSundayQuietest()
    {
        var records = _generator.Generate(new SyntheticHistoryOptions(2, FirstMonday, 4));
        double Total(IsoDayOfWeek day) => records.Where(r => r.IntervalStart.DayOfWeek == day).Sum(r => r.Offered);

        Total(IsoDayOfWeek.Monday).Should().BeGreaterThan(Total(IsoDayOfWeek.Wednesday));
        Total(IsoDayOfWeek.Wednesday).Should().BeGreaterThan(Total(IsoDayOfWeek.Saturday));
        Total(IsoDayOfWeek.Saturday).Should().BeGreaterThan(Total(IsoDayOfWeek.Sunday));
        records.Should().NotContain(r => r.IntervalStart.Hour < 7, "the queue opens at 07:00 at the earliest");
    }

    [Fact]
    public void Generate_WhenHistorySpansDstChanges_FollowsTheZonesOffsets()
    {
        // America/Chicago: clocks go forward on 2026-03-08 02:00 and back on 2026-11-01 02:00. The queue is closed at
        // those hours, so check the offsets of open hours either side instead.
        var records = _generator.Generate(new SyntheticHistoryOptions(3, new LocalDate(2026, 3, 2), 1));

        records.Where(r => r.IntervalStart.Date == new LocalDate(2026, 3, 6)).Should().OnlyContain(r => r.IntervalStart.Offset == Offset.FromHours(-6));
        records.Where(r => r.IntervalStart.Date == new LocalDate(2026, 3, 8)).Should().OnlyContain(r => r.IntervalStart.Offset == Offset.FromHours(-5));
    }

    [Fact]
    public void Generate_WhenHandledAndAht_AreConsistent()
    {
        var records = _generator.Generate(new SyntheticHistoryOptions(4, FirstMonday, 1, Queues: 3));

        records.Select(r => r.Queue).Distinct().Should().HaveCount(3);
        records.Should().OnlyContain(r => r.Handled <= r.Offered && (r.Handled == 0 ? r.AhtSeconds == 0 : r.AhtSeconds > 0));
        var weightedAht = records.Where(r => r.Queue == "Sales").Sum(r => r.Handled * r.AhtSeconds) / records.Where(r => r.Queue == "Sales").Sum(r => r.Handled);
        weightedAht.Should().BeInRange(240 * 0.9, 240 * 1.1, "the first queue's AHT is centred on the requested 240 s");
    }

    [Fact]
    public void Generate_WhenWrittenAsCsv_PassesImportValidationUnchanged()
    {
        var records = _generator.Generate(new SyntheticHistoryOptions(5, FirstMonday, 2, Queues: 2));
        var csv = new VolumeHistoryCsv();
        var text = new StringWriter();
        csv.Write(text, records);

        var parsed = csv.Parse(new StringReader(text.ToString()), new Dictionary<string, int> { ["Sales"] = 15, ["Support"] = 15 });

        parsed.Errors.Should().BeEmpty();
        parsed.Records.Should().Equal(records);
    }
}
