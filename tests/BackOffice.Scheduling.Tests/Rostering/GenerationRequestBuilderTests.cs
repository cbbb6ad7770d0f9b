using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Generation;
using BackOffice.SharedKernel;
using NodaTime;
using StaffingRequirement = BackOffice.Scheduling.Contracts.Staffing.IntervalRequirement;

namespace BackOffice.Scheduling.Tests.Rostering;

/// <summary>
/// The translation of stored scheduling data into the engine's request. Expected values are hand arithmetic on the
/// inputs written in each test (shares, minutes), and the site rules' documented defaults (FLSA 40 h, Cal. Lab. Code §510: 8 h).
/// </summary>
public sealed class GenerationRequestBuilderTests
{
    private static readonly LocalDate Monday = new(2026, 3, 2);
    private static readonly SiteId Site = new(Guid.Parse("5b7f1e4e-0000-4000-8000-000000000001"));
    private static readonly EmployeeId Ann = new(Guid.Parse("0a000000-0000-4000-8000-000000000001"));
    private static readonly EmployeeId Bob = new(Guid.Parse("0b000000-0000-4000-8000-000000000002"));

    [Theory]
    [InlineData(5, 50, 3)] // 2.5 → 3: half away from zero, never to even (2)
    [InlineData(3, 50, 2)] // 1.5 → 2
    [InlineData(7, 30, 2)] // 2.1 → 2
    [InlineData(9, 50, 5)] // 4.5 → 5 (to-even would give 4)
    [InlineData(1, 40, 0)] // 0.4 → 0
    public void Share_WhenTheShareGivesAFraction_RoundsHalfAwayFromZero(int agents, int percent, int expected) =>
        GenerationRequestBuilder.Share(agents, percent).Should().Be(expected);

    [Fact]
    public void Requirements_WhenTheForecastHasIntervals_ScalesEachByTheTeamShareAndDropsZeros()
    {
        var forecast = Forecast(At(Monday, 8, 0, 10), At(Monday, 8, 30, 5), At(Monday, 9, 0, 1));

        var requirements = GenerationRequestBuilder.Requirements(forecast, 50);

        // 10 × 50 % = 5; 5 × 50 % = 2.5 → 3; 1 × 50 % = 0.5 → 1 (half away from zero keeps a thin interval staffed).
        requirements.Select(r => (r.Start, r.Required)).Should().Equal(
            (Monday.At(new LocalTime(8, 0)), 5),
            (Monday.At(new LocalTime(8, 30)), 3),
            (Monday.At(new LocalTime(9, 0)), 1));
    }

    [Fact]
    public void Template_WhenTheSiteTemplateHasAMeal_MakesItTheEnginesUnpaidBreak()
    {
        var definition = new ShiftTemplateDefinition
        {
            SiteId = Site, Name = "Days", EarliestStart = new LocalTime(6, 0), LatestStart = new LocalTime(14, 0), StepMinutes = 30,
            PaidLengths = "240,360,480,600", LunchMinutes = 45, LunchFromPaidMinutes = 300,
        };

        var template = GenerationRequestBuilder.Template(definition);

        template.Name.Should().Be("Days");
        template.EarliestStart.Should().Be(new LocalTime(6, 0));
        template.LatestStart.Should().Be(new LocalTime(14, 0));
        template.StartStepMinutes.Should().Be(30);
        template.PaidLengthsMinutes.Should().Equal(240, 360, 480, 600);
        template.UnpaidBreakMinutes.Should().Be(45);
        template.BreakFromPaidMinutes.Should().Be(300);
    }

    [Fact]
    public void Build_WhenAnAgentHasABlockedDay_GivesItAsTimeOffAndLowersTheWeeklyMinimumByAFifth()
    {
        var blocks = new[]
        {
            new AgentDayBlock { EmployeeId = Ann, Date = Monday.PlusDays(2), Kind = DayBlockKind.TimeOff },
            new AgentDayBlock { EmployeeId = Ann, Date = Monday.PlusDays(9), Kind = DayBlockKind.TimeOff }, // next week: outside a 1-week horizon
        };

        var request = GenerationRequestBuilder.Build(Inputs(blocks: blocks)).Value!;

        var ann = request.Agents.Single(a => a.Id == GenerationRequestBuilder.Key(Ann));
        ann.ApprovedTimeOff.Should().Equal(Monday.PlusDays(2));
        // Contract 32–40 h: one day off leaves 32 h − 32 h / 5 = 25.6 h = 1536 minutes owed.
        request.Contracts.Single(c => c.Name == ann.Contract).MinWeeklyMinutes.Should().Be(1536);
        request.Contracts.Single(c => c.Name == GenerationRequestBuilder.Key(Bob)).MinWeeklyMinutes.Should().Be(32 * 60);
    }

    [Fact]
    public void Build_WhenTheStateHasADailyOvertimeThreshold_CapsTheDailyMaximumAtIt()
    {
        var california = SiteSchedulingRules.Defaults(Site, "CA");
        var texas = SiteSchedulingRules.Defaults(Site, "TX");

        var ca = GenerationRequestBuilder.Build(Inputs(rules: california)).Value!;
        var tx = GenerationRequestBuilder.Build(Inputs(rules: texas)).Value!;

        // California daily overtime after 8 h (Cal. Lab. Code §510); Texas has none, so the site's 10 h daily maximum applies.
        ca.Contracts.Should().OnlyContain(c => c.MaxDailyPaidMinutes == 480);
        tx.Contracts.Should().OnlyContain(c => c.MaxDailyPaidMinutes == 600);
        tx.Contracts.Should().OnlyContain(c => c.OvertimeAfterMinutes == 2400 && c.MaxWeeklyMinutes == 2400);
    }

    [Fact]
    public void Build_WhenTheWeekHasLockedManualAndGeneratedShifts_FixesTheFirstTwoAndKeepsTheRestAsPrevious()
    {
        var existing = new[]
        {
            new ExistingShift(Spec(Ann, Monday, 8, 480, locked: true), ShiftOrigin.Generated),
            new ExistingShift(Spec(Bob, Monday, 9, 480), ShiftOrigin.Manual),
            new ExistingShift(Spec(Ann, Monday.PlusDays(1), 7, 240), ShiftOrigin.Generated),
        };

        var request = GenerationRequestBuilder.Build(Inputs(existing: existing)).Value!;

        request.Locked.Should().BeEquivalentTo(new[]
        {
            new Contracts.Solving.LockedAssignment(GenerationRequestBuilder.Key(Ann), Monday, new LocalTime(8, 0), 480, 30),
            new Contracts.Solving.LockedAssignment(GenerationRequestBuilder.Key(Bob), Monday, new LocalTime(9, 0), 480, 30),
        });
        request.Previous.Should().Equal(new Contracts.Solving.PreviousAssignment(GenerationRequestBuilder.Key(Ann), Monday.PlusDays(1), new LocalTime(7, 0), 240));
    }

    [Fact]
    public void Build_WhenAgentsWorkedTheDaysBefore_CarriesInTheirLastEndAndRun()
    {
        // Ann worked Saturday and Sunday, ending Sunday 22:30; Bob worked Friday only.
        var before = new[] { Spec(Ann, Monday.PlusDays(-2), 14, 480), Spec(Ann, Monday.PlusDays(-1), 14, 480), Spec(Bob, Monday.PlusDays(-3), 8, 480) };

        var request = GenerationRequestBuilder.Build(Inputs(before: before)).Value!;

        request.PriorShiftEnds[GenerationRequestBuilder.Key(Ann)].Should().Be(Monday.PlusDays(-1).At(new LocalTime(22, 30)));
        request.PriorConsecutiveDays[GenerationRequestBuilder.Key(Ann)].Should().Be(2);
        request.PriorConsecutiveDays.Should().NotContainKey(GenerationRequestBuilder.Key(Bob)); // Saturday and Sunday off break his run
    }

    [Fact]
    public void Build_WhenTheSiteHasNoTemplates_FailsWithAReadableError()
    {
        var result = GenerationRequestBuilder.Build(Inputs(templates: []));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("generation.no_templates");
    }

    private static ShiftSpec Spec(EmployeeId who, LocalDate date, int hour, int paid, bool locked = false) =>
        new(who, date, new LocalTime(hour, 0), paid + (paid >= 360 ? 30 : 0), paid >= 360 ? [new ShiftBreak(240, 30, false)] : [], locked);

    private static GenerationInputs Inputs(
        IReadOnlyList<AgentDayBlock>? blocks = null,
        SiteSchedulingRules? rules = null,
        IReadOnlyList<ExistingShift>? existing = null,
        IReadOnlyList<ShiftSpec>? before = null,
        IReadOnlyList<ShiftTemplateDefinition>? templates = null) => new(
        Monday,
        1,
        Forecast(At(Monday, 8, 0, 2)),
        100,
        templates ?? [new ShiftTemplateDefinition { SiteId = Site, Name = "Days" }],
        rules ?? SiteSchedulingRules.Defaults(Site, "TX"),
        [new GenerationAgent(Ann, new ContractDto(32 * 60, 40 * 60, 5)), new GenerationAgent(Bob, new ContractDto(32 * 60, 40 * 60, 6))],
        [],
        [],
        blocks ?? [],
        existing ?? [],
        before ?? []);

    private static QueueForecastInterval At(LocalDate date, int hour, int minute, int scheduled) => new(
        new StaffingRequirement(date, new LocalTime(hour, minute), 10, 240, scheduled, scheduled, 0.8, 0.2, 10, 0.8, null, 0.3m),
        ForecastSource.History);

    private static QueueForecast Forecast(params QueueForecastInterval[] intervals) =>
        new("Sales", 30, Monday, 1, 0, StaffingModel.ErlangC, "America/Chicago", intervals);
}
