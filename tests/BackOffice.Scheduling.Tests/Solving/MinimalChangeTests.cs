using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Solving;
using BackOffice.Scheduling.Solving.Model;
using BackOffice.Scheduling.Solving.Nrp;

namespace BackOffice.Scheduling.Tests.Solving;

/// <summary>
/// Re-optimizing a published roster on TinyOneShift.txt (A: at most 5, at least 4 shifts, off on day 6,
/// wants day 5 (3); B: wants day 0 off (5); one person a day, over-cover 1, under-cover 100).
/// The published roster A = days 0–3, B = days 3–6 costs 4: over-cover on day 3 (1) and A's missed day 5 (3).
/// </summary>
public sealed class MinimalChangeTests
{
    private static readonly string Instance = Path.Combine(AppContext.BaseDirectory, "Solving", "Instances", "TinyOneShift.txt");

    private static RosterProblem WithReferences(IEnumerable<ReferenceAssignment> references)
    {
        var problem = NrpInstanceParser.ParseFile(Instance).Value!;
        return new RosterProblem(problem.Name, problem.HorizonDays, problem.Shifts, problem.ForbiddenNext, problem.Employees)
        {
            Requests = problem.Requests,
            DayCovers = problem.DayCovers,
            ReferenceAssignments = [.. references],
        };
    }

    private static IEnumerable<ReferenceAssignment> Published(int? weight)
    {
        for (var d = 0; d < 7; d++)
        {
            yield return new ReferenceAssignment(0, d, d <= 3 ? 0 : null, weight);
            yield return new ReferenceAssignment(1, d, d >= 3 ? 0 : null, weight);
        }
    }

    private static EngineOutcome Solve(RosterProblem problem) =>
        new RosterEngine().Solve(problem, new EngineOptions(new SolveOptions { Seconds = 20, Workers = 2 }));

    [Fact]
    public void Solve_WhenEveryChangeCostsMoreThanItSaves_KeepsThePublishedRoster()
    {
        // Any change costs 10 > 4, the published roster's whole cost: it is the unique optimum.
        var outcome = Solve(WithReferences(Published(weight: 10)));

        outcome.Status.Should().Be(RosterSolveStatus.Optimal);
        outcome.Objective.Should().Be(4);
        outcome.Roster!.Assignments().Select(a => (a.Employee, a.Day)).Should().BeEquivalentTo(
            new[] { (0, 0), (0, 1), (0, 2), (0, 3), (1, 3), (1, 4), (1, 5), (1, 6) });
    }

    [Fact]
    public void Solve_WhenChangesAreCheap_MovesJustEnoughToLowerTheCost()
    {
        // One change (A also works day 5) gives over-cover 2 and meets A's wish: 2 + 1 = 3. Cost 2 needs
        // over-cover 1 with A on day 5, i.e. two changes (2 + 1 = 3 again): the optimum is 3.
        var outcome = Solve(WithReferences(Published(weight: 1)));

        outcome.Status.Should().Be(RosterSolveStatus.Optimal);
        outcome.Objective.Should().Be(3);
    }

    [Fact]
    public void Solve_WhenAnAssignmentIsLocked_KeepsItAndPaysForTheWishItBreaks()
    {
        // B locked onto day 0 breaks B's off request (5); 8 shifts for 7 places still force over-cover 1: 6.
        var outcome = Solve(WithReferences([new ReferenceAssignment(1, 0, 0, null)]));

        outcome.Status.Should().Be(RosterSolveStatus.Optimal);
        outcome.Objective.Should().Be(6);
        outcome.Roster![1, 0].Should().Be(0);
    }
}
