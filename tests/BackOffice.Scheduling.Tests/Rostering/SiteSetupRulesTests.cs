using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Setup;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Rostering;

public sealed class StateDailyOvertimeTests
{
    [Theory]
    // Cal. Lab. Code §510(a): "Any work in excess of eight hours in one workday … shall be compensated at … one and one-half times".
    [InlineData("CA", 480)]
    // Alaska Stat. §23.10.060(b): overtime for hours worked "in excess of eight hours a day".
    [InlineData("AK", 480)]
    // Nev. Rev. Stat. §608.018(1): overtime for more than 8 hours in any workday (employees under 1.5 × minimum wage).
    [InlineData("NV", 480)]
    // Colorado COMPS Order #39, Rule 4.1.1: overtime for work over 12 hours in a workday.
    [InlineData("CO", 720)]
    [InlineData("ca", 480)]
    public void ThresholdMinutes_WhenStateHasDailyOvertime_ReturnsItsThreshold(string state, int expected) =>
        StateDailyOvertime.ThresholdMinutes(state).Should().Be(expected);

    [Theory]
    // Texas and New York have no daily overtime statute: only the FLSA's weekly 40 hours (29 U.S.C. §207(a)(1)).
    [InlineData("TX")]
    [InlineData("NY")]
    [InlineData("")]
    [InlineData(null)]
    public void ThresholdMinutes_WhenStateHasNoDailyOvertime_ReturnsNull(string? state) =>
        StateDailyOvertime.ThresholdMinutes(state).Should().BeNull();

    [Fact]
    public void Defaults_WhenSiteIsInCalifornia_FlagsDailyOvertimeAfterEightHoursAndWeeklyAfterForty()
    {
        var rules = SiteSchedulingRules.Defaults(new SiteId(Guid.NewGuid()), "CA");

        // Cal. Lab. Code §510(a) (8 h a day) and FLSA 29 U.S.C. §207(a)(1) (40 h a week).
        rules.DailyOvertimeAfterMinutes.Should().Be(8 * 60);
        rules.WeeklyOvertimeAfterMinutes.Should().Be(40 * 60);
    }
}

public sealed class ShiftTemplateValidationTests
{
    [Fact]
    public void Validate_WhenTemplateHasDefaults_Succeeds() =>
        new ShiftTemplateDefinition { Name = "Day" }.Validate().IsSuccess.Should().BeTrue();

    [Theory]
    [InlineData("", 30, "06:00", "14:00", "480", 180, 300, "template.name_required")]
    [InlineData("Day", 0, "06:00", "14:00", "480", 180, 300, "template.invalid_starts")]
    [InlineData("Day", 241, "06:00", "14:00", "480", 180, 300, "template.invalid_starts")]
    [InlineData("Day", 30, "14:00", "06:00", "480", 180, 300, "template.invalid_starts")]
    [InlineData("Day", 30, "06:00", "14:00", "30", 180, 300, "template.invalid_lengths")]
    [InlineData("Day", 30, "06:00", "14:00", "480,721", 180, 300, "template.invalid_lengths")]
    [InlineData("Day", 30, "06:00", "14:00", "eight", 180, 300, "template.invalid_lengths")]
    [InlineData("Day", 30, "06:00", "14:00", "", 180, 300, "template.invalid_lengths")]
    [InlineData("Day", 30, "06:00", "14:00", "480", 300, 180, "template.invalid_breaks")]
    public void Validate_WhenARuleIsBroken_ReturnsItsCode(string name, int step, string earliest, string latest, string lengths, int lunchFrom, int lunchTo, string code)
    {
        var template = new ShiftTemplateDefinition
        {
            Name = name,
            StepMinutes = step,
            EarliestStart = NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(earliest).Value,
            LatestStart = NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(latest).Value,
            PaidLengths = lengths,
            LunchEarliestAfterMinutes = lunchFrom,
            LunchLatestAfterMinutes = lunchTo,
        };

        template.Validate().Error!.Code.Should().Be(code);
    }

    [Fact]
    public void Validate_WhenPaidBreaksComeMoreOftenThanHourly_ReturnsInvalidBreaks() =>
        new ShiftTemplateDefinition { Name = "Day", PaidBreakMinutes = 10, PaidBreakEveryMinutes = 30 }.Validate().Error!.Code.Should().Be("template.invalid_breaks");
}

public sealed class TemplatePreviewTests
{
    [Fact]
    public void Of_WhenTemplateHasTwoLengthsAndFiveStarts_CountsTenShiftsAndShowsTheLatestLongest()
    {
        var template = new ShiftTemplateDefinition
        {
            Name = "Late",
            EarliestStart = new LocalTime(14, 0),
            LatestStart = new LocalTime(16, 0),
            StepMinutes = 30,
            PaidLengths = "240,600",
        };

        var preview = TemplatePreview.Of(template);

        // 14:00, 14:30, 15:00, 15:30, 16:00 = 5 starts × 2 lengths.
        preview.ShiftCount.Should().Be(10);
        // A 4-hour shift is under the 6-hour meal threshold: no meal, one paid 15-minute break per full 4 h, centred:
        // 240 / 2 − 7.5 = 112.5 → 105 on the 15-minute grid → 15:45.
        preview.Examples[0].Should().BeEquivalentTo(new PreviewShiftDto("14:00", "18:00", 240, 240, [new PreviewBreakDto("15:45", 15, true)]));
        // The latest start with the longest length: 600 paid + 30 meal = 630 min from 16:00 ends 02:30 the next day.
        preview.Examples[^1].Start.Should().Be("16:00");
        preview.Examples[^1].End.Should().Be("02:30 +1");
        preview.Examples[^1].SpanMinutes.Should().Be(630);
    }
}

public sealed class AvailabilityRulesTests
{
    private static readonly EmployeeId Agent = new(Guid.NewGuid());

    [Fact]
    public void Windows_WhenTheyTouchAndEndAtMidnight_AreValid()
    {
        var fields = new SetupFields();

        var rows = AvailabilityRules.Windows(Agent, [new("Monday", "06:00", "12:00"), new("Monday", "12:00", "00:00"), new("sunday", "00:00", "00:00")], fields);

        fields.Any.Should().BeFalse();
        rows.Select(r => (r.Day, r.From, r.Until)).Should().Equal(
            (IsoDayOfWeek.Monday, new LocalTime(6, 0), new LocalTime(12, 0)),
            (IsoDayOfWeek.Monday, new LocalTime(12, 0), LocalTime.Midnight),
            (IsoDayOfWeek.Sunday, LocalTime.Midnight, LocalTime.Midnight));
    }

    [Fact]
    public void Windows_WhenTheyOverlapOrEndBeforeTheyStart_ReportTheOffendingFields()
    {
        var fields = new SetupFields();

        AvailabilityRules.Windows(Agent, [new("Friday", "18:00", "00:00"), new("Friday", "20:00", "22:00"), new("Friday", "10:00", "09:00"), new("Funday", "10:00", "11:00")], fields);
        var result = fields.Fail<bool>("x", "x");

        result.FieldErrors.Keys.Should().BeEquivalentTo(["windows[1].from", "windows[2].until", "windows[3].day"]);
    }

    [Fact]
    public void Preferences_WhenDayOffHasTimesOrWeightIsOutOfRange_AreRejected()
    {
        var fields = new SetupFields();

        AvailabilityRules.Preferences(Agent,
            [new("Saturday", null, true, "08:00", null, 10), new(null, "2026-12-12", false, "09:00", "17:00", 101), new(null, null, true, null, null, 10), new("Monday", null, false, "17:00", "09:00", 10)],
            fields);
        var result = fields.Fail<bool>("x", "x");

        result.FieldErrors.Keys.Should().BeEquivalentTo(["preferences[0].wantsOff", "preferences[1].weight", "preferences[2].day", "preferences[3].latestEnd"]);
    }
}
