using System.Globalization;
using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Solving.Evaluation;
using BackOffice.Scheduling.Solving.Model;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Solving.CallCenter;

/// <summary>
/// Solves a call center's week on the roster engine, under-cover first: the first phase minimizes
/// under-cover alone (its proved bound is reported), the second the full objective starting from that
/// roster. Coverage and totals in the answer are recomputed by the evaluator from the roster.
/// </summary>
internal sealed class CallCenterRosterSolver(RosterEngine engine) : IRosterSolver
{
    public Result<CallCenterRoster> SolveWeek(CallCenterWeekRequest request, SolveOptions options, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var built = CallCenterProblemBuilder.Build(request);
        if (!built.IsSuccess)
        {
            return built.Error!;
        }

        var week = built.Value!;
        if (week.Conflicts.Count > 0)
        {
            var problem = week.Problem;
            return new CallCenterRoster(
                RosterSolveStatus.Infeasible, null, null, null, null, null, null, 0, null, [], [], week.Conflicts, [],
                new ModelStatistics(problem.Employees.Count, problem.HorizonDays, problem.Shifts.Count, 0, 0));
        }

        // With a previous roster, cover and changes trade in one objective (a move must gain more cover than its
        // change weight); solving under-cover first would let any cover gain, however small, override every change.
        var outcome = engine.Solve(week.Problem, new EngineOptions(options, UnderCoverFirst: !week.MinimalChange, Hint: week.Hint), progress, cancellationToken);
        var roster = Describe(week, outcome);
        if (roster.Status == RosterSolveStatus.Infeasible && roster.Explanation.Count > 0)
        {
            // The explainer speaks in day numbers; the scheduler thinks in dates.
            roster = roster with
            {
                Explanation = [.. roster.Explanation, string.Create(CultureInfo.InvariantCulture, $"Days are numbered from 0 = {week.WeekStart:dddd uuuu-MM-dd}.")],
            };
        }

        return roster;
    }

    internal static CallCenterRoster Describe(CallCenterProblem week, EngineOutcome outcome)
    {
        var problem = week.Problem;
        var start = week.WeekStart.AtMidnight();
        var shifts = new List<ScheduledShift>();
        var coverage = new List<IntervalCoverage>();
        long? under = null;
        long? over = null;
        long? overtime = null;
        var locked = problem.ReferenceAssignments.Where(r => r.ChangeWeight is null && r.Shift is not null).Select(r => (r.Employee, r.Day)).ToHashSet();
        if (outcome.Roster is { } roster)
        {
            foreach (var (e, d, s) in roster.Assignments())
            {
                var shift = problem.Shifts[s];
                var begin = start.PlusDays(d).PlusMinutes(shift.StartMinute);
                shifts.Add(new ScheduledShift(
                    problem.Employees[e].Id,
                    begin,
                    begin.PlusMinutes(shift.SpanMinutes),
                    shift.PaidMinutes,
                    shift.UnpaidBreakMinutes > 0 ? begin.PlusMinutes(shift.BreakOffsetMinutes) : null,
                    shift.UnpaidBreakMinutes,
                    locked.Contains((e, d))));
            }

            under = 0;
            over = 0;
            foreach (var cover in problem.IntervalCovers)
            {
                var present = IntervalCoverCost.Present(problem, roster, cover.StartMinute, cover.LengthMinutes);
                coverage.Add(new IntervalCoverage(start.PlusMinutes(cover.StartMinute), cover.Requirement, present));
                under += Math.Max(0, cover.Requirement - present);
                over += Math.Max(0, present - cover.Requirement);
            }

            overtime = 0;
            for (var e = 0; e < roster.Employees; e++)
            {
                var threshold = problem.Employees[e].OvertimeThresholdMinutesPerWeek;
                for (var w = 0; threshold != int.MaxValue && w * 7 < roster.Days; w++)
                {
                    var minutes = Enumerable.Range(w * 7, Math.Min(7, roster.Days - (w * 7))).Where(d => roster.Works(e, d)).Sum(d => problem.Shifts[roster[e, d]].PaidMinutes);
                    overtime += Math.Max(0, minutes - threshold);
                }
            }
        }

        // Phase one priced under-cover at one weight per agent-interval, so its bound divides back exactly.
        long? underBound = outcome.UnderCoverPenaltyBound is { } b ? (b + week.UnderWeight - 1) / week.UnderWeight : null;
        return new CallCenterRoster(
            outcome.Status,
            outcome.Objective,
            outcome.Bound,
            under,
            underBound,
            over,
            overtime,
            outcome.Seconds,
            outcome.FirstFeasibleSeconds,
            shifts,
            coverage,
            outcome.Explanation,
            outcome.Evaluation?.Violations.Select(v => v.Message).ToList() ?? [],
            outcome.Model);
    }
}
