using BackOffice.Scheduling.Rostering.Domain;

namespace BackOffice.Scheduling.Tests.Rostering;

// Expected layouts are worked from BreakPlanner's documented placement: the meal at half the span (floored to the
// 15-minute grid) clamped into its window, then one paid break per full block of paid time, centred in each work
// stretch around the meal (centre − half the break, floored to the grid).
public sealed class BreakPlannerTests
{
    private static ShiftTemplateDefinition Template(int lunchLatest = 300) => new()
    {
        Name = "t",
        LunchMinutes = 30,
        LunchFromPaidMinutes = 360,
        LunchEarliestAfterMinutes = 180,
        LunchLatestAfterMinutes = lunchLatest,
        PaidBreakMinutes = 15,
        PaidBreakEveryMinutes = 240,
    };

    [Fact]
    public void Plan_WhenEightPaidHours_PlacesAMealMidShiftAndABreakInEachHalf()
    {
        // Span 510; meal at (510 − 30) / 2 = 240; stretches 0–240 and 270–510: centres 120 and 390, minus 7.5 → 105 and 375 on the grid.
        var breaks = BreakPlanner.Plan(Template(), 480);

        breaks.Should().Equal(new ShiftBreak(105, 15, true), new ShiftBreak(240, 30, false), new ShiftBreak(375, 15, true));
    }

    [Fact]
    public void Plan_WhenFourPaidHours_GivesNoMealAndOneBreak()
    {
        // 240 < 360: no meal; one paid break centred at 120 − 7.5 → 105.
        BreakPlanner.Plan(Template(), 240).Should().Equal(new ShiftBreak(105, 15, true));
    }

    [Fact]
    public void Plan_WhenTenPaidHours_KeepsTheMealInsideItsWindow()
    {
        // Span 630: mid-shift would be 300, the latest allowed (end of the 5th hour, as California requires); breaks at 150 − 7.5 → 135 and 330 + 150 − 7.5 → 465.
        BreakPlanner.Plan(Template(), 600).Should().Equal(new ShiftBreak(135, 15, true), new ShiftBreak(300, 30, false), new ShiftBreak(465, 15, true));
    }

    [Fact]
    public void Plan_WhenTheWindowEndsEarlier_ClampsTheMealToIt()
    {
        // Latest meal start 210: the 240 mid-point is clamped to 210; stretches 0–210 and 240–510 → 105 − 7.5 → 90, 375 − 7.5 → 360.
        BreakPlanner.Plan(Template(lunchLatest: 210), 480).Should().Equal(new ShiftBreak(90, 15, true), new ShiftBreak(210, 30, false), new ShiftBreak(360, 15, true));
    }
}

public sealed class ShiftBreakTests
{
    [Fact]
    public void Parse_WhenGivenTheStoredForm_ReadsOffsetsLengthsAndPay()
    {
        ShiftBreak.Parse("120+15p;240+30u").Should().Equal(new ShiftBreak(120, 15, true), new ShiftBreak(240, 30, false));
    }

    [Fact]
    public void Parse_WhenEmptyOrNull_GivesNoBreaks()
    {
        ShiftBreak.Parse("").Should().BeEmpty();
        ShiftBreak.Parse(null).Should().BeEmpty();
    }

    [Fact]
    public void Format_WhenBreaksAreOutOfOrder_WritesThemByOffset()
    {
        ShiftBreak.Format([new ShiftBreak(240, 30, false), new ShiftBreak(120, 15, true)]).Should().Be("120+15p;240+30u");
    }

    [Theory]
    [InlineData("0+15p", 480)] // starts with the shift
    [InlineData("470+15p", 480)] // runs past the end
    [InlineData("120+30u;140+15p", 480)] // overlaps the meal
    public void Validate_WhenABreakIsNotInsideTheShift_Fails(string breaks, int span)
    {
        ShiftBreak.Validate(ShiftBreak.Parse(breaks), span).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void Validate_WhenBreaksAreInsideAndApart_Succeeds()
    {
        ShiftBreak.Validate(ShiftBreak.Parse("105+15p;240+30u;375+15p"), 510).IsSuccess.Should().BeTrue();
    }
}
