using BackOffice.Scheduling;
using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Solving.CallCenter;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Solving;

/// <summary>
/// The call-center week through the public contracts. The 20-agent week is solved once (a few seconds)
/// and every property is checked against the request itself, recomputed here from the returned shifts.
/// </summary>
public sealed class CallCenterTests : IClassFixture<CallCenterTests.SolvedWeek>
{
    private static readonly LocalDate Monday = new(2026, 1, 5);
    private readonly SolvedWeek solved;

    public CallCenterTests(SolvedWeek solved) => this.solved = solved;

    private CallCenterWeekRequest Week => solved.Week;

    private CallCenterRoster Roster => solved.Roster;

    [Fact]
    public void SolveWeek_With20Agents_ReturnsAFeasibleRosterWithoutViolations()
    {
        Roster.Status.Should().BeOneOf(RosterSolveStatus.Optimal, RosterSolveStatus.Feasible);
        Roster.Violations.Should().BeEmpty();
        Roster.Shifts.Should().NotBeEmpty();
    }

    [Fact]
    public void SolveWeek_With20Agents_NeverCountsMoreCoverThanPeopleAssigned()
    {
        foreach (var interval in Roster.Coverage)
        {
            var end = interval.Start.PlusMinutes(Week.IntervalMinutes);
            var onShift = Roster.Shifts.Where(s => s.Start <= interval.Start && end <= s.End).ToList();
            var onBreak = onShift.Count(s => s.BreakStart is { } b && b < end && interval.Start < b.PlusMinutes(s.UnpaidBreakMinutes));

            interval.Scheduled.Should().Be(onShift.Count - onBreak, because: $"the interval at {interval.Start} counts the people on shift and not on break");
            interval.Scheduled.Should().BeLessThanOrEqualTo(onShift.Select(s => s.AgentId).Distinct().Count());
        }
    }

    [Fact]
    public void SolveWeek_With20Agents_KeepsEveryContractLimit()
    {
        var contracts = Week.Contracts.ToDictionary(c => c.Name);
        foreach (var agent in Week.Agents)
        {
            var contract = contracts[agent.Contract];
            var shifts = Roster.Shifts.Where(s => s.AgentId == agent.Id).ToList();
            var minutes = shifts.Sum(s => s.PaidMinutes);

            minutes.Should().BeInRange(contract.MinWeeklyMinutes, contract.MaxWeeklyMinutes, because: $"{agent.Id} is on {agent.Contract}");
            shifts.Should().HaveCountLessThanOrEqualTo(contract.MaxDaysPerWeek);
            shifts.Should().OnlyContain(s => contract.AllowedPaidLengthsMinutes.Contains(s.PaidMinutes));
            shifts.Select(s => s.Start.Date).Should().OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public void SolveWeek_With20Agents_KeepsMinimumRestAndAvailability()
    {
        foreach (var agent in Week.Agents)
        {
            var shifts = Roster.Shifts.Where(s => s.AgentId == agent.Id).OrderBy(s => s.Start).ToList();
            for (var i = 1; i < shifts.Count; i++)
            {
                Period.Between(shifts[i - 1].End, shifts[i].Start, PeriodUnits.Minutes).Minutes.Should().BeGreaterThanOrEqualTo(Week.MinRestMinutes);
            }

            if (agent.Availability.Count > 0)
            {
                foreach (var shift in shifts)
                {
                    agent.Availability.Should().Contain(w =>
                        w.Day == shift.Start.DayOfWeek
                        && w.From <= shift.Start.TimeOfDay
                        && (w.Until == LocalTime.Midnight ? shift.End <= shift.Start.Date.PlusDays(1).AtMidnight() : shift.End <= shift.Start.Date.At(w.Until)));
                }
            }
        }
    }

    [Fact]
    public void SolveWeek_With20Agents_NeverSchedulesAnApprovedDayOff()
    {
        Week.Agents.Should().Contain(a => a.ApprovedTimeOff.Count > 0, because: "the fixture grants time off to test it");
        foreach (var agent in Week.Agents)
        {
            Roster.Shifts.Where(s => s.AgentId == agent.Id).Select(s => s.Start.Date).Should().NotIntersectWith(agent.ApprovedTimeOff);
        }
    }

    [Fact]
    public void SolveWeek_With20Agents_ReportsUnderCoverNotBelowItsProvedBound()
    {
        var expectedUnder = Roster.Coverage.Sum(c => Math.Max(0, c.Required - c.Scheduled));

        Roster.UnderCover.Should().Be(expectedUnder);

        // On a loaded 2-core CI machine the bound phase can run out of its time share and report no bound;
        // a bound that is reported must never exceed what the roster achieved.
        if (Roster.UnderCoverBound is { } bound)
        {
            bound.Should().BeLessThanOrEqualTo(expectedUnder);
        }
    }

    [Fact]
    public void Build_WhenLateShiftsEndNearMidnight_ForbidsAnEarlyStartNextDayWithinTheRest()
    {
        // 14:00 + 10 h paid + 30 min break ends 00:30; the next day's 06:00 start leaves 5.5 h < 11 h.
        var problem = CallCenterProblemBuilder.Build(Week).Value!.Problem;
        var late = problem.ShiftIndexOf("1400-10h")!.Value;
        var early = problem.ShiftIndexOf("0600-4h")!.Value;
        var lateStart = problem.ShiftIndexOf("1400-4h")!.Value;

        problem.ForbiddenNext[late].Should().Contain(early);
        problem.ForbiddenNext[early].Should().NotContain(lateStart); // 06:00–10:00, then 14:00 next day: 28 h of rest
    }

    [Fact]
    public void Build_WhenAShiftHasABreak_PlacesItAtMidShiftOnTheIntervalGrid()
    {
        var problem = CallCenterProblemBuilder.Build(Week).Value!.Problem;
        var eight = problem.Shifts[problem.ShiftIndexOf("0630-8h")!.Value];
        var four = problem.Shifts[problem.ShiftIndexOf("0630-4h")!.Value];

        // 06:30 + 4 h of work = 10:30: the break is 10:30–11:00 and the shift ends 15:00.
        eight.UnpaidBreakMinutes.Should().Be(30);
        eight.BreakOffsetMinutes.Should().Be(240);
        eight.SpanMinutes.Should().Be(510);
        four.UnpaidBreakMinutes.Should().Be(0); // under the 6-hour break threshold
    }

    [Fact]
    public void Build_WhenARequirementIsOffTheGrid_ReturnsAReadableError()
    {
        var bad = Week with { Requirements = [new IntervalRequirement(Monday.At(new LocalTime(9, 10)), 3)] };

        var result = CallCenterProblemBuilder.Build(bad);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Message.Should().Contain("off the 15-minute grid");
    }

    [Fact]
    public void ReadRequirementsCsv_WhenWellFormed_ReturnsEachInterval()
    {
        using var reader = new StringReader("interval_start,required\n2026-01-05T06:00:00,3\n2026-01-05T06:15:00,4\n");

        var requirements = IntervalRequirementCsv.Read(reader).Value!;

        requirements.Should().Equal(
            new IntervalRequirement(Monday.At(new LocalTime(6, 0)), 3),
            new IntervalRequirement(Monday.At(new LocalTime(6, 15)), 4));
    }

    [Fact]
    public void ReadRequirementsCsv_WhenTheHeaderIsMissing_ReturnsAnError()
    {
        using var reader = new StringReader("2026-01-05T06:00:00,3\n");

        IntervalRequirementCsv.Read(reader).IsSuccess.Should().BeFalse();
    }

    /// <summary>A generated 20-agent week with approved time off for two agents, solved once for all tests.</summary>
    public sealed class SolvedWeek : IDisposable
    {
        private readonly ServiceProvider services = new ServiceCollection().AddSchedulingModule().BuildServiceProvider();

        public SolvedWeek()
        {
            var generated = services.GetRequiredService<ICallCenterScenarioGenerator>().GenerateWeek(20, Monday, seed: 7);
            var agents = generated.Agents.ToList();
            agents[0] = agents[0] with { ApprovedTimeOff = [Monday.PlusDays(1), Monday.PlusDays(2)] };
            agents[5] = agents[5] with { ApprovedTimeOff = [Monday.PlusDays(4)] };
            Week = generated with { Agents = agents };
            Roster = services.GetRequiredService<IRosterSolver>().SolveWeek(Week, new SolveOptions { Seconds = 12, Workers = 2 }).Value!;
        }

        public CallCenterWeekRequest Week { get; }

        public CallCenterRoster Roster { get; }

        public void Dispose() => services.Dispose();
    }
}
