using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Rules;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Swaps;

/// <summary>One shift changing hands in a swap.</summary>
internal sealed record SwapMove(ShiftOnBoard Shift, EmployeeId From, EmployeeId To);

/// <summary>
/// Re-checks the roster rules for one agent of a swap. The agent's proposed timeline is their current shifts around
/// the affected weeks, minus what they give away, plus what they receive; every roster rule (rest, daily and weekly
/// limits, consecutive days, blocked days, availability, overtime) runs on each affected week. The two shifts of a
/// trade may be in different weeks, so the timeline spans both and each week is judged with the other week's
/// proposed shifts as its neighbours (a plain per-week what-if would still see the shift the agent gives away).
/// </summary>
internal static class SwapRuleCheck
{
    /// <summary>The violations the agent would have after the swap and does not have now (a problem the roster already had is not the swap's doing).</summary>
    public static IReadOnlyList<RuleViolation> NewViolations(
        AgentRuleProfile agent, IReadOnlyList<ShiftOnBoard> currentShifts, IReadOnlyList<SwapMove> moves, IEnumerable<LocalDate> weekStarts, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(currentShifts);
        ArgumentNullException.ThrowIfNull(moves);
        var proposed = Proposed(agent.Employee, currentShifts, moves);
        var result = new List<RuleViolation>();
        var seen = new HashSet<(string, LocalDate?, string)>();
        foreach (var weekStart in weekStarts.Distinct())
        {
            var before = RosterRuleChecker.Check(new AgentWeek(agent, weekStart, currentShifts), settings).Select(Key).ToHashSet();
            foreach (var violation in RosterRuleChecker.Check(new AgentWeek(agent, weekStart, proposed), settings))
            {
                if (!before.Contains(Key(violation)) && seen.Add(Key(violation)))
                {
                    result.Add(violation);
                }
            }
        }

        return result;
    }

    /// <summary>The agent's shifts once the moves are made.</summary>
    public static IReadOnlyList<ShiftOnBoard> Proposed(EmployeeId agent, IReadOnlyList<ShiftOnBoard> currentShifts, IReadOnlyList<SwapMove> moves)
    {
        ArgumentNullException.ThrowIfNull(currentShifts);
        ArgumentNullException.ThrowIfNull(moves);
        var given = moves.Where(m => m.From == agent).Select(m => m.Shift.Id).ToHashSet();
        var received = moves.Where(m => m.To == agent).Select(m => new ShiftOnBoard(m.Shift.Id, m.Shift.Spec with { Employee = agent }));
        return [.. currentShifts.Where(s => !given.Contains(s.Id)), .. received];
    }

    // The message carries the hours, so a weekly overtime that grows counts as new while one left as it was does not.
    private static (string, LocalDate?, string) Key(RuleViolation v) => (v.Code, v.Date, v.Message);
}

/// <summary>Under-cover of a team, in agent-intervals: the sum over intervals of how many agents short the floor is.</summary>
internal static class SwapCoverage
{
    public static decimal UnderCover(IEnumerable<CoveragePoint> coverage) => coverage.Sum(c => Math.Max(0m, c.Required - c.Scheduled));

    /// <summary>The week as it would be after the moves: a detached copy, never saved.</summary>
    public static RosterWeek Hypothetical(RosterWeek week, IReadOnlyList<SwapMove> moves)
    {
        ArgumentNullException.ThrowIfNull(week);
        var copy = RosterWeek.Create(week.TeamId, week.SiteId, week.WeekStart).Value!;
        foreach (var shift in week.Shifts)
        {
            var move = moves.FirstOrDefault(m => m.Shift.Id == shift.Id);
            copy.Add(move is null ? shift.ToSpec() : shift.ToSpec() with { Employee = move.To }, shift.Origin);
        }

        return copy;
    }
}

/// <summary>One agent's part of a swap check: the violations the swap would add for them.</summary>
internal sealed record AgentSwapCheck(EmployeeId Employee, string Name, IReadOnlyList<RuleViolation> Violations);

/// <summary>The swap re-check for both agents, and the team's under-cover before and after (agent-intervals).</summary>
internal sealed record SwapCheck(IReadOnlyList<AgentSwapCheck> Agents, decimal UnderCoverBefore, decimal UnderCoverAfter)
{
    public IEnumerable<RuleViolation> All => Agents.SelectMany(a => a.Violations);

    public bool HasHardViolations => All.Any(v => v.Severity == ViolationSeverity.Error);

    public bool HasOvertime => All.Any(v => v.Code.StartsWith("overtime.", StringComparison.Ordinal));

    public decimal UnderCoverIncrease => UnderCoverAfter - UnderCoverBefore;

    /// <summary>The hard violations as one readable text, naming each agent (the rule messages already do).</summary>
    public string HardMessages => string.Join(" ", All.Where(v => v.Severity == ViolationSeverity.Error).Select(v => v.Message));
}

/// <summary>
/// The site's swap auto-approval policy: a swap is approved without a person only when the site allows it
/// (<see cref="SiteSchedulingRules.SwapAutoApprove"/>), no rule is broken, nobody would be in overtime or outside their
/// availability, and the team's under-cover grows by at most <see cref="SiteSchedulingRules.SwapMaxUnderCoverIncrease"/>
/// agent-intervals. A shortfall against the contract minimum (the giver works less) does not stop it: the agent chose that.
/// </summary>
internal static class SwapAutoApprovalPolicy
{
    public static bool Allows(SiteSchedulingRules rules, SwapCheck check, out string verdict)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(check);
        if (check.HasHardViolations)
        {
            verdict = "Rules would be broken, so this swap cannot be approved: " + check.HardMessages;
            return false;
        }

        if (check.HasOvertime)
        {
            verdict = "Someone would work overtime, so a supervisor must approve this swap.";
            return false;
        }

        if (check.All.Any(v => v.Code == "availability.outside"))
        {
            verdict = "A shift falls outside the agent's stated availability, so a supervisor must approve this swap.";
            return false;
        }

        if (check.UnderCoverIncrease > rules.SwapMaxUnderCoverIncrease)
        {
            verdict = $"Coverage would get worse by {check.UnderCoverIncrease:0.##} agent-intervals (the site allows {rules.SwapMaxUnderCoverIncrease}), so a supervisor must approve this swap.";
            return false;
        }

        if (!rules.SwapAutoApprove)
        {
            verdict = "No rule is broken; the site's policy asks a supervisor to approve swaps.";
            return false;
        }

        verdict = "No rule is broken and coverage holds: the site's policy approves this swap automatically.";
        return true;
    }
}
