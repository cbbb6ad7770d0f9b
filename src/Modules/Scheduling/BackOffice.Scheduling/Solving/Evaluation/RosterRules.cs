using BackOffice.Scheduling.Solving.Model;

namespace BackOffice.Scheduling.Solving.Evaluation;

/// <summary>A rule no roster may break. Each implementation reads the roster directly, sharing no code with the solver model.</summary>
internal interface IHardRosterRule
{
    string Name { get; }

    IEnumerable<Violation> Check(RosterProblem problem, Roster roster);
}

/// <summary>A weighted objective term.</summary>
internal interface ISoftRosterRule
{
    string Name { get; }

    long Cost(RosterProblem problem, Roster roster);
}

/// <summary>Walks one employee's days and yields the maximal runs of worked (or off) days.</summary>
internal static class Runs
{
    public static IEnumerable<(int First, int Last)> Of(Roster roster, int employee, bool working)
    {
        var start = -1;
        for (var day = 0; day <= roster.Days; day++)
        {
            var inRun = day < roster.Days && roster.Works(employee, day) == working;
            if (inRun && start < 0)
            {
                start = day;
            }
            else if (!inRun && start >= 0)
            {
                yield return (start, day - 1);
                start = -1;
            }
        }
    }
}
