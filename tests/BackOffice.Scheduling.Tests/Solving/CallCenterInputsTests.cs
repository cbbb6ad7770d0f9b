using BackOffice.Scheduling;
using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Solving.CallCenter;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Solving;

/// <summary>
/// The scheduler's inputs to the call-center builder (locks, previous roster, preferences, multi-week horizon,
/// carry-in rest, daily limit), solved by real CP-SAT. Every expectation is read off the request's own rules:
/// the generator's contracts and template (30-minute unpaid break from 6 h paid), the lock itself, the rest rule.
/// </summary>
public sealed class CallCenterInputsTests : IClassFixture<CallCenterInputsTests.LockedWeek>
{
    private static readonly LocalDate Monday = new(2026, 1, 5);
    private readonly LockedWeek locked;

    public CallCenterInputsTests(LockedWeek locked) => this.locked = locked;

    [Fact]
    public void SolveWeek_WhenFiveShiftsAndThreeDaysOffAreLocked_ReturnsEveryLockExactly()
    {
        var roster = locked.Roster;

        roster.Status.Should().BeOneOf(RosterSolveStatus.Optimal, RosterSolveStatus.Feasible);
        roster.Violations.Should().BeEmpty();
        foreach (var lockedShift in locked.Week.Locked.Where(l => l.Start is not null))
        {
            var start = lockedShift.Date.At(lockedShift.Start!.Value);

            // The generator's template gives every shift of 6 h or more a 30-minute unpaid break.
            var breakMinutes = lockedShift.UnpaidBreakMinutes > 0 ? lockedShift.UnpaidBreakMinutes : 30;
            roster.Shifts.Where(s => s.AgentId == lockedShift.AgentId && s.Start.Date == lockedShift.Date).Should().ContainSingle()
                .Which.Should().Match<ScheduledShift>(s => s.Start == start && s.PaidMinutes == lockedShift.PaidMinutes
                    && s.End == start.PlusMinutes(lockedShift.PaidMinutes!.Value + breakMinutes) && s.Locked);
        }

        roster.Shifts.Count(s => s.Locked).Should().Be(5);
    }

    [Fact]
    public void SolveWeek_WhenADayOffIsLocked_SchedulesNoShiftThatDay()
    {
        foreach (var off in locked.Week.Locked.Where(l => l.Start is null))
        {
            locked.Roster.Shifts.Should().NotContain(s => s.AgentId == off.AgentId && s.Start.Date == off.Date);
        }
    }

    [Fact]
    public void SolveWeek_WhenALockedShiftStartsOffTheTemplateGrid_HonoursIt()
    {
        // The template starts every 30 minutes from 06:00; 07:15 is not one of them.
        var offGrid = locked.Week.Locked.Single(l => l.Start == new LocalTime(7, 15));

        var shift = locked.Roster.Shifts.Single(s => s.AgentId == offGrid.AgentId && s.Start.Date == offGrid.Date);

        shift.Start.TimeOfDay.Should().Be(new LocalTime(7, 15));
        shift.End.TimeOfDay.Should().Be(new LocalTime(15, 45)); // 8 h paid + the lock's 30-minute break
        shift.Locked.Should().BeTrue();
    }

    [Fact]
    public void SolveWeek_WhenAShiftIsLockedOnApprovedTimeOff_ReturnsInfeasibleNamingTheAgentAndDate()
    {
        var week = Generate(6, seed: 3);
        var agent = week.Agents[0] with { ApprovedTimeOff = [Monday.PlusDays(1)] };
        week = week with
        {
            Agents = [agent, .. week.Agents.Skip(1)],
            Locked = [new LockedAssignment(agent.Id, Monday.PlusDays(1), new LocalTime(8, 0), 480)],
        };

        var roster = Solve(week, seconds: 4);

        roster.Status.Should().Be(RosterSolveStatus.Infeasible);
        roster.Explanation.Should().Contain(line => line.Contains(agent.Id, StringComparison.Ordinal) && line.Contains("2026-01-06", StringComparison.Ordinal) && line.Contains("time off", StringComparison.Ordinal));
        roster.Shifts.Should().BeEmpty();
    }

    [Fact]
    public void SolveWeek_WhenThePreviousRosterIsGivenWithAHighChangeWeight_ChangesNothing()
    {
        var week = Generate(8, seed: 11);
        var first = Solve(week, seconds: 4);
        first.Violations.Should().BeEmpty();

        // One changed agent-day can gain at most its shift's intervals of cover (≤ 42 × (100 + 5)) and 600
        // minutes of overtime: far below a change weight of 100,000, so keeping every day is strictly best.
        var again = Solve(week with { Previous = PreviousOf(week, first), ChangeWeightPerAssignment = 100_000 }, seconds: 4);

        again.Violations.Should().BeEmpty();
        Key(again.Shifts).Should().BeEquivalentTo(Key(first.Shifts));
    }

    [Fact]
    public void SolveWeek_WhenTheChangeWeightIsZero_StillReturnsAValidRoster()
    {
        var week = Generate(8, seed: 11);
        var first = Solve(week, seconds: 3);

        var again = Solve(week with { Previous = PreviousOf(week, first), ChangeWeightPerAssignment = 0 }, seconds: 3);

        again.Status.Should().BeOneOf(RosterSolveStatus.Optimal, RosterSolveStatus.Feasible);
        again.Violations.Should().BeEmpty();
    }

    [Fact]
    public void SolveWeek_WhenTheHorizonIsTwoWeeks_KeepsEveryWeeklyContractLimitInBothWeeks()
    {
        var one = Generate(10, seed: 5);
        var requirements = one.Requirements.Concat(one.Requirements.Select(r => r with { Start = r.Start.PlusDays(7) })).ToList();
        var agents = one.Agents.Select(a => a with { ApprovedTimeOff = [] }).ToList();
        agents[2] = agents[2] with { ApprovedTimeOff = [Monday.PlusDays(9), Monday.PlusDays(10)] };
        var week = one with { Requirements = requirements, Agents = agents, Weeks = 2 };

        var roster = Solve(week, seconds: 8);

        roster.Status.Should().BeOneOf(RosterSolveStatus.Optimal, RosterSolveStatus.Feasible);
        roster.Violations.Should().BeEmpty();
        roster.Shifts.Should().Contain(s => s.Start.Date >= Monday.PlusDays(7), "the second week is rostered too");
        foreach (var agent in week.Agents)
        {
            var contract = week.Contracts.Single(c => c.Name == agent.Contract);
            for (var w = 0; w < 2; w++)
            {
                var from = Monday.PlusDays(7 * w);
                var shifts = roster.Shifts.Where(s => s.AgentId == agent.Id && s.Start.Date >= from && s.Start.Date < from.PlusDays(7)).ToList();
                shifts.Sum(s => s.PaidMinutes).Should().BeInRange(contract.MinWeeklyMinutes, contract.MaxWeeklyMinutes, $"{agent.Id} in week {w + 1}");
                shifts.Select(s => s.Start.Date).Distinct().Count().Should().BeLessThanOrEqualTo(contract.MaxDaysPerWeek);
            }
        }

        roster.Shifts.Should().NotContain(s => s.AgentId == agents[2].Id && agents[2].ApprovedTimeOff.Contains(s.Start.Date));
    }

    [Fact]
    public void SolveWeek_WhenAnAgentWantsFridayOffAndCapacityIsSlack_HonoursIt()
    {
        // Three agents must each work exactly five 8-hour days (09:00–17:00, no break) against one agent required
        // 09:00–17:00 every day: every spread that staffs each day costs the same over-cover, so the wish is free.
        var contract = new AgentContract("FT", 2400, 2400, 2400, 5, [480]);
        var agents = Enumerable.Range(1, 3).Select(i => new Agent($"P{i}", "FT", [], [])).ToList();
        var requirements = Enumerable.Range(0, 7)
            .SelectMany(d => Enumerable.Range(0, 32).Select(i => new IntervalRequirement(Monday.PlusDays(d).At(new LocalTime(9, 0)).PlusMinutes(15 * i), 1)))
            .ToList();
        var template = new ShiftTemplate("Day", new LocalTime(9, 0), new LocalTime(9, 0), 30, [480], BreakFromPaidMinutes: 600);
        var week = new CallCenterWeekRequest(Monday, 15, requirements, [template], [contract], agents)
        {
            Preferences = [new AgentPreference("P1", IsoDayOfWeek.Friday, null, WantsOff: true, null, null, Weight: 50)],
        };

        var roster = Solve(week, seconds: 4);

        roster.Violations.Should().BeEmpty();
        roster.UnderCover.Should().Be(0);
        roster.Shifts.Should().NotContain(s => s.AgentId == "P1" && s.Start.Date.DayOfWeek == IsoDayOfWeek.Friday);
    }

    [Fact]
    public void SolveWeek_WhenTheLastShiftBeforeTheWeekEndedAt23_StartsNoMondayShiftBefore10()
    {
        // 23:00 Sunday + 660 minutes of rest = 10:00 Monday; the requirements start at 06:00, so early starts tempt.
        var week = Generate(8, seed: 2);
        var ended = Monday.PlusDays(-1).At(new LocalTime(23, 0));
        week = week with { PriorShiftEnds = week.Agents.ToDictionary(a => a.Id, _ => ended) };

        var roster = Solve(week, seconds: 4);

        roster.Violations.Should().BeEmpty();
        roster.Shifts.Where(s => s.Start.Date == Monday).Should().NotBeEmpty()
            .And.OnlyContain(s => s.Start.TimeOfDay >= new LocalTime(10, 0));
    }

    [Fact]
    public void Build_WhenTheHorizonIsSevenWeeks_ReturnsAnInvalidWeekError()
    {
        var result = CallCenterProblemBuilder.Build(Generate(4, seed: 1) with { Weeks = 7 });

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("roster.invalid_week");
    }

    [Fact]
    public void Build_WhenTheContractHasADailyLimit_OffersNoLongerShift()
    {
        var week = Generate(4, seed: 1);
        var limited = week.Contracts.Select(c => c with { MaxDailyPaidMinutes = 480 }).ToList();

        var problem = CallCenterProblemBuilder.Build(week with { Contracts = limited }).Value!.Problem;

        var tenHours = problem.ShiftIndexOf("0800-10h")!.Value;
        var eightHours = problem.ShiftIndexOf("0800-8h")!.Value;
        problem.Employees.Should().OnlyContain(e => e.MaxShiftsPerType[tenHours] == 0);
        problem.Employees.Should().Contain(e => e.MaxShiftsPerType[eightHours] > 0);
    }

    [Fact]
    public void SolveWeek_WhenTwoLockedShiftsBreakTheMinimumRest_ReturnsInfeasibleNamingBothDates()
    {
        var week = Generate(8, seed: 1);
        var agent = week.Agents.First(a => a.Contract == "FT40" && a.ApprovedTimeOff.Count == 0);

        // 14:00 + 10 h + 30 min break ends 00:30; 06:00 the next day leaves 5.5 h, below 11 h.
        var roster = Solve(week with
        {
            Locked = [new LockedAssignment(agent.Id, Monday, new LocalTime(14, 0), 600), new LockedAssignment(agent.Id, Monday.PlusDays(1), new LocalTime(6, 0), 480)],
        }, seconds: 2);

        roster.Status.Should().Be(RosterSolveStatus.Infeasible);
        roster.Explanation.Should().Contain(l => l.Contains(agent.Id, StringComparison.Ordinal) && l.Contains("2026-01-05", StringComparison.Ordinal) && l.Contains("2026-01-06", StringComparison.Ordinal));
    }

    private static CallCenterWeekRequest Generate(int agents, int seed)
    {
        using var services = new ServiceCollection().AddSchedulingModule().BuildServiceProvider();
        return services.GetRequiredService<ICallCenterScenarioGenerator>().GenerateWeek(agents, Monday, seed);
    }

    private static CallCenterRoster Solve(CallCenterWeekRequest week, double seconds)
    {
        using var services = new ServiceCollection().AddSchedulingModule().BuildServiceProvider();
        var result = services.GetRequiredService<IRosterSolver>().SolveWeek(week, new SolveOptions { Seconds = seconds, Workers = 2 });
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return result.Value!;
    }

    /// <summary>Every agent-day of a roster, worked or off, as the previous roster of a re-generation.</summary>
    private static List<PreviousAssignment> PreviousOf(CallCenterWeekRequest week, CallCenterRoster roster) =>
        week.Agents.SelectMany(a => Enumerable.Range(0, 7 * week.Weeks).Select(d =>
        {
            var shift = roster.Shifts.SingleOrDefault(s => s.AgentId == a.Id && s.Start.Date == Monday.PlusDays(d));
            return new PreviousAssignment(a.Id, Monday.PlusDays(d), shift?.Start.TimeOfDay, shift?.PaidMinutes);
        })).ToList();

    private static List<string> Key(IEnumerable<ScheduledShift> shifts) =>
        shifts.Select(s => $"{s.AgentId}|{s.Start:uuuu-MM-dd HH:mm}|{s.PaidMinutes}").ToList();

    /// <summary>A generated 20-agent week with five locked shifts (one off the template grid) and three locked days off, solved once.</summary>
    public sealed class LockedWeek
    {
        public LockedWeek()
        {
            var generated = Generate(20, seed: 7);
            var free = generated.Agents.Where(a => a.Contract == "FT40" && a.ApprovedTimeOff.Count == 0).Select(a => a.Id).ToList();
            Week = generated with
            {
                Locked =
                [
                    new LockedAssignment(free[0], Monday, new LocalTime(8, 0), 480),
                    new LockedAssignment(free[1], Monday.PlusDays(1), new LocalTime(10, 0), 600),
                    new LockedAssignment(free[2], Monday.PlusDays(2), new LocalTime(7, 15), 480, UnpaidBreakMinutes: 30),
                    new LockedAssignment(free[3], Monday.PlusDays(5), new LocalTime(14, 0), 480),
                    new LockedAssignment(free[4], Monday.PlusDays(6), new LocalTime(6, 0), 600),
                    new LockedAssignment(free[5], Monday, null, null),
                    new LockedAssignment(free[6], Monday.PlusDays(2), null, null),
                    new LockedAssignment(free[7], Monday.PlusDays(4), null, null),
                ],
            };
            Roster = Solve(Week, seconds: 8);
        }

        public CallCenterWeekRequest Week { get; }

        public CallCenterRoster Roster { get; }
    }
}
