using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Staffing;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Staffing;

public sealed class StaffingCalculatorTests
{
    private readonly IStaffingCalculator _calculator = new StaffingCalculator();

    // Issue 3's CLI example: --calls 100 --aht 180 --interval 30 --service-level 0.8 --answer-within 20.
    private static StaffingQuery IssueQuery(double? maxOccupancy = 0.85, decimal shrinkage = 0.30m, double? patience = null, int? agents = null) =>
        new(100, 180, Duration.FromMinutes(30), 0.8, 20, maxOccupancy, shrinkage, patience, agents);

    [Fact]
    public void Calculate_WhenIssueExample_Gives14AgentsAnd20Scheduled()
    {
        var result = _calculator.Calculate(IssueQuery()).Value!;

        // Issue 3: {"agents":14,"scheduledAgents":20,"serviceLevel":0.888,"probabilityOfWaiting":0.174,
        // "averageSpeedOfAnswer":7.8,"occupancy":0.714}; 14 / (1 − 0.30) = 20.
        result.Model.Should().Be(StaffingModel.ErlangC);
        result.OfferedLoadErlangs.Should().BeApproximately(10, 1e-12);
        result.Agents.Should().Be(14);
        result.ScheduledAgents.Should().Be(20);
        result.ServiceLevel.Should().BeApproximately(0.888, 0.0005);
        result.ProbabilityOfWaiting.Should().BeApproximately(0.174, 0.0005);
        result.AverageSpeedOfAnswerSeconds.Should().BeApproximately(7.8, 0.05);
        result.Occupancy.Should().BeApproximately(0.714, 0.0005);
        result.ProbabilityOfAbandon.Should().BeNull();
        result.MeetsTarget.Should().BeTrue();
    }

    [Fact]
    public void Calculate_WhenMaxOccupancyIs70Percent_Gives15AgentsAnd22Scheduled()
    {
        var result = _calculator.Calculate(IssueQuery(maxOccupancy: 0.70)).Value!;

        // Issue 3: 15 agents, 22 scheduled (15 / 0.7 = 21.43 → 22), SL ≈ 0.941.
        result.Agents.Should().Be(15);
        result.ScheduledAgents.Should().Be(22);
        result.ServiceLevel.Should().BeApproximately(0.941, 0.0005);
    }

    [Fact]
    public void Calculate_WhenNoShrinkageOrCapGiven_SchedulesRawAgents()
    {
        var result = _calculator.Calculate(IssueQuery(maxOccupancy: null, shrinkage: 0m)).Value!;

        // Issue 3: without --shrinkage shrinkage is 0; without --max-occupancy there is no cap (80/20 alone → 14).
        result.Agents.Should().Be(14);
        result.ScheduledAgents.Should().Be(14);
    }

    [Fact]
    public void Calculate_WhenAgentsGiven_EvaluatesThatStaffingEvenBelowTarget()
    {
        var result = _calculator.Calculate(IssueQuery(agents: 13)).Value!;

        // Issue 3: 13 agents give SL ≈ 0.796 and P(wait) ≈ 0.285 — below the 0.8 target.
        result.Agents.Should().Be(13);
        result.ServiceLevel.Should().BeApproximately(0.796, 0.0005);
        result.ProbabilityOfWaiting.Should().BeApproximately(0.285, 0.0005);
        result.MeetsTarget.Should().BeFalse();
    }

    [Fact]
    public void Calculate_WhenPatienceGiven_UsesErlangAAndReportsAbandonment()
    {
        var result = _calculator.Calculate(IssueQuery(patience: 300, agents: 14)).Value!;

        // Issue 3: P(wait) ≈ 0.1453, P(abandon) ≈ 0.0140, SL ≈ 0.917.
        result.Model.Should().Be(StaffingModel.ErlangA);
        result.ProbabilityOfWaiting.Should().BeApproximately(0.1453, 0.00005);
        result.ProbabilityOfAbandon.Should().BeApproximately(0.0140, 0.00005);
        result.ServiceLevel.Should().BeApproximately(0.917, 0.0005);
    }

    [Fact]
    public void Calculate_WhenCallsAreFractional_AcceptsThem()
    {
        // Forecasts are fractional: 100.5 calls is 10.05 erlangs, still 14 agents for 80/20 (13 gave 0.796 at 10).
        var result = _calculator.Calculate(IssueQuery() with { OfferedCalls = 100.5 }).Value!;

        result.OfferedLoadErlangs.Should().BeApproximately(10.05, 1e-12);
        result.Agents.Should().Be(14);
    }

    [Fact]
    public void Calculate_WhenFixedAgentsCannotCarryTheLoad_FailsWithUnstable()
    {
        var result = _calculator.Calculate(IssueQuery(agents: 10));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("staffing.unstable");
    }

    [Theory]
    [InlineData(-1, 180, 0.8, "staffing.invalid_calls")]
    [InlineData(100, 0, 0.8, "staffing.invalid_aht")]
    [InlineData(100, 180, 1.0, "staffing.invalid_service_level")]
    [InlineData(100, 180, 0, "staffing.invalid_service_level")]
    [InlineData(double.NaN, 180, 0.8, "staffing.invalid_calls")]
    public void Calculate_WhenInputInvalid_FailsWithStableCode(double calls, double aht, double serviceLevel, string code)
    {
        var result = _calculator.Calculate(new StaffingQuery(calls, aht, Duration.FromMinutes(30), serviceLevel, 20));

        result.Error!.Code.Should().Be(code);
    }

    [Fact]
    public void Calculate_WhenShrinkageIsOne_FailsInsteadOfDividingByZero()
    {
        _calculator.Calculate(IssueQuery(shrinkage: 1m)).Error!.Code.Should().Be("staffing.invalid_shrinkage");
    }

    [Fact]
    public void Requirements_WhenShrinkageDiffersByDay_UsesThatDaysShrinkage()
    {
        var monday = new LocalDate(2026, 3, 2);
        var forecast = new VolumeForecast("Sales", 30, monday, 1, 0,
        [
            new ForecastInterval(monday, new LocalTime(9, 0), 100, 180, ForecastSource.History),
            new ForecastInterval(monday.PlusDays(5), new LocalTime(9, 0), 100, 180, ForecastSource.History),
            new ForecastInterval(monday.PlusDays(5), new LocalTime(9, 30), 0, 180, ForecastSource.History),
        ]);
        var settings = new QueueStaffingSettings("Sales", 0.8, 20, 0.85, 0.30m, new Dictionary<IsoDayOfWeek, decimal> { [IsoDayOfWeek.Saturday] = 0.50m });

        var rows = _calculator.Requirements(forecast, settings).Value!.Intervals;

        // 14 raw agents (issue 3); Monday 14/0.7 = 20, Saturday 14/0.5 = 28; an empty interval needs nobody.
        rows[0].RawAgents.Should().Be(14);
        rows[0].ScheduledAgents.Should().Be(20);
        rows[1].ScheduledAgents.Should().Be(28);
        rows[1].Shrinkage.Should().Be(0.50m);
        rows[2].RawAgents.Should().Be(0);
        rows[2].ScheduledAgents.Should().Be(0);
    }

    [Fact]
    public void Requirements_WhenPatienceConfigured_ReportsAbandonmentPerInterval()
    {
        var monday = new LocalDate(2026, 3, 2);
        var forecast = new VolumeForecast("Sales", 30, monday, 1, 0, [new ForecastInterval(monday, new LocalTime(9, 0), 100, 180, ForecastSource.History)]);

        var requirements = _calculator.Requirements(forecast, new QueueStaffingSettings("Sales", 0.8, 20, PatienceSeconds: 300)).Value!;

        requirements.Model.Should().Be(StaffingModel.ErlangA);
        requirements.Intervals[0].ProbabilityOfAbandon.Should().NotBeNull();
    }

    [Fact]
    public void Requirements_WhenSettingsAreForAnotherQueue_Fails()
    {
        var forecast = new VolumeForecast("Sales", 30, new LocalDate(2026, 3, 2), 1, 0, []);

        _calculator.Requirements(forecast, new QueueStaffingSettings("Support", 0.8, 20)).Error!.Code.Should().Be("staffing.queue_mismatch");
    }

    [Theory]
    // Shrinkage rule: ceil(raw / (1 − s)). 14/0.7 is exactly 20 (binary floating point would say 20.000000000000004
    // and round up to 21); 15/0.7 = 21.43 → 22; 7/0.65 = 10.77 → 11.
    [InlineData(14, "0.30", 20)]
    [InlineData(15, "0.30", 22)]
    [InlineData(7, "0.35", 11)]
    [InlineData(9, "0", 9)]
    public void Scheduled_WhenShrinkageApplied_RoundsUpExactly(int raw, string shrinkage, int expected)
    {
        ShrinkageRule.Scheduled(raw, decimal.Parse(shrinkage, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);
    }
}
