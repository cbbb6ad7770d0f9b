using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using NodaTime;
using SolverRequirement = BackOffice.Scheduling.Contracts.Solving.IntervalRequirement;

namespace BackOffice.Scheduling.Rostering.Generation;

/// <summary>An agent of the team as generation sees them: their id and Organization contract (null = no contract on file).</summary>
internal sealed record GenerationAgent(EmployeeId Id, ContractDto? Contract);

/// <summary>An existing shift in (or just before) the horizon, with where it came from.</summary>
internal sealed record ExistingShift(ShiftSpec Spec, ShiftOrigin Origin);

/// <summary>Everything a generation reads from the database, gathered so the translation to the engine is a pure function.</summary>
internal sealed record GenerationInputs(
    LocalDate WeekStart,
    int Weeks,
    QueueForecast Forecast,
    int RequirementSharePercent,
    IReadOnlyList<ShiftTemplateDefinition> Templates,
    SiteSchedulingRules Rules,
    IReadOnlyList<GenerationAgent> Agents,
    IReadOnlyList<AvailabilityWindowRow> Availability,
    IReadOnlyList<AgentPreferenceRow> Preferences,
    IReadOnlyList<AgentDayBlock> Blocks,
    IReadOnlyList<ExistingShift> Existing,
    IReadOnlyList<ShiftSpec> Before);

/// <summary>
/// Turns a team's stored scheduling data into the engine's <see cref="CallCenterWeekRequest"/>:
/// <list type="bullet">
/// <item>requirements: the queue forecast's scheduled agents × the team's share, rounded half away from zero (2.5 agents → 3: cover errs on the safe side);</item>
/// <item>templates: the site's shift templates, the meal being the engine's unpaid break;</item>
/// <item>contracts: each agent's own weekly limits and run of days, capped by the site's rules; where the state has a
///   daily overtime threshold (California 8 h) the daily maximum is lowered to it, so generation never plans daily overtime;</item>
/// <item>availability, preferences, and blocked days (approved time off) as they are;</item>
/// <item>existing shifts: locked and hand-made ones are fixed ("minimal change" keeps manual edits), the rest are the previous roster the engine stays close to;</item>
/// <item>the last shifts before the horizon, so rest and runs of days carry in.</item>
/// </list>
/// </summary>
internal static class GenerationRequestBuilder
{
    /// <summary>Cost of moving a previous agent-day: half an agent-interval of under-cover at the engine's default weights.</summary>
    public const int ChangeWeight = 50;

    public static Result<CallCenterWeekRequest> Build(GenerationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Templates.Count == 0)
        {
            return new Error("generation.no_templates", "The team's site has no active shift templates: add some under Shift rules first.");
        }

        if (inputs.Agents.Count == 0)
        {
            return new Error("generation.no_agents", "The team has no agents to schedule.");
        }

        var requirements = Requirements(inputs.Forecast, inputs.RequirementSharePercent);
        var ids = inputs.Agents.Select(a => a.Id).ToHashSet();
        var horizonEnd = inputs.WeekStart.PlusWeeks(inputs.Weeks).PlusDays(-1);
        var (locked, previous) = Existing(inputs.Existing.Where(e => ids.Contains(e.Spec.Employee)), inputs.WeekStart, horizonEnd);
        var blocks = inputs.Blocks.Where(b => ids.Contains(b.EmployeeId) && b.Date >= inputs.WeekStart && b.Date <= horizonEnd).ToList();

        var contracts = inputs.Agents.Select(a => Contract(a, inputs.Rules, MostBlockedDaysInAWeek(a.Id, blocks, inputs.WeekStart))).ToList();
        var agents = inputs.Agents.Select(a => new Agent(
            Key(a.Id),
            Key(a.Id),
            inputs.Availability.Where(w => w.EmployeeId == a.Id).Select(w => new AvailabilityWindow(w.Day, w.From, w.Until)).ToList(),
            blocks.Where(b => b.EmployeeId == a.Id).Select(b => b.Date).Distinct().Order().ToList())).ToList();
        var preferences = inputs.Preferences.Where(p => ids.Contains(p.EmployeeId))
            .Select(p => new AgentPreference(Key(p.EmployeeId), p.Day, p.Date, p.WantsOff, p.EarliestStart, p.LatestEnd, p.Weight)).ToList();

        return new CallCenterWeekRequest(
            inputs.WeekStart,
            inputs.Forecast.IntervalMinutes,
            requirements,
            inputs.Templates.Select(Template).ToList(),
            contracts,
            agents,
            inputs.Rules.MinRestMinutes)
        {
            Weeks = inputs.Weeks,
            Locked = locked,
            Previous = previous,
            ChangeWeightPerAssignment = ChangeWeight,
            Preferences = preferences,
            PriorShiftEnds = PriorEnds(inputs.Before, ids, inputs.WeekStart),
            PriorConsecutiveDays = PriorRuns(inputs.Before, ids, inputs.WeekStart),
        };
    }

    /// <summary>The engine's agent id for an employee (its Guid, so results map back without a lookup table).</summary>
    public static string Key(EmployeeId id) => id.Value.ToString("N");

    public static EmployeeId Employee(string key) => new(Guid.ParseExact(key, "N"));

    /// <summary>The team's agents per interval: the queue's scheduled agents × share %, rounded half away from zero.</summary>
    public static IReadOnlyList<SolverRequirement> Requirements(QueueForecast forecast, int sharePercent)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return forecast.Intervals
            .GroupBy(i => i.Requirement.Date + i.Requirement.Start)
            .Select(g => new SolverRequirement(g.Key, Share(g.Sum(i => i.Requirement.ScheduledAgents), sharePercent)))
            .Where(r => r.Required > 0)
            .OrderBy(r => r.Start)
            .ToList();
    }

    public static int Share(int agents, int sharePercent) =>
        (int)Math.Round(agents * (decimal)sharePercent / 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>A site template as the engine's template: the meal is its unpaid break, given from the same paid length.</summary>
    public static ShiftTemplate Template(ShiftTemplateDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new ShiftTemplate(
            definition.Name,
            definition.EarliestStart,
            definition.LatestStart,
            definition.StepMinutes,
            definition.PaidLengthList,
            UnpaidBreakMinutes: definition.LunchMinutes,
            BreakFromPaidMinutes: definition.LunchFromPaidMinutes);
    }

    /// <summary>
    /// The agent's contract as the engine's. Approved time off lowers the weekly minimum by a fifth per blocked day (a
    /// full-time agent with one day off owes four days' work, not five), so time off never makes the week infeasible.
    /// </summary>
    public static AgentContract Contract(GenerationAgent agent, SiteSchedulingRules rules, int blockedDays)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(rules);
        var min = agent.Contract?.MinWeeklyMinutes ?? 0;
        var max = agent.Contract?.MaxWeeklyMinutes ?? rules.WeeklyOvertimeAfterMinutes;
        min = Math.Max(0, min - (min * Math.Min(blockedDays, 5) / 5));
        var daily = rules.DailyOvertimeAfterMinutes is { } threshold ? Math.Min(rules.MaxDailyPaidMinutes, threshold) : rules.MaxDailyPaidMinutes;
        return new AgentContract(Key(agent.Id), Math.Min(min, max), max, rules.WeeklyOvertimeAfterMinutes, MaxDaysPerWeek: 7, AllowedPaidLengthsMinutes: [])
        {
            MaxConsecutiveDays = Math.Min(agent.Contract?.MaxConsecutiveDays ?? rules.MaxConsecutiveDays, rules.MaxConsecutiveDays),
            MaxDailyPaidMinutes = daily,
        };
    }

    private static int MostBlockedDaysInAWeek(EmployeeId id, IEnumerable<AgentDayBlock> blocks, LocalDate weekStart) =>
        blocks.Where(b => b.EmployeeId == id).Select(b => b.Date).Distinct()
            .GroupBy(d => Period.Between(weekStart, d, PeriodUnits.Days).Days / 7)
            .Select(g => g.Count()).DefaultIfEmpty(0).Max();

    private static (List<LockedAssignment> Locked, List<PreviousAssignment> Previous) Existing(IEnumerable<ExistingShift> shifts, LocalDate from, LocalDate to)
    {
        var locked = new List<LockedAssignment>();
        var previous = new List<PreviousAssignment>();
        var seen = new HashSet<(EmployeeId, LocalDate)>();

        // Fixed shifts first, so an agent-day with both a hand-made and a generated shift keeps the hand-made one.
        foreach (var shift in shifts.Where(s => s.Spec.Date >= from && s.Spec.Date <= to).OrderBy(s => IsFixed(s) ? 0 : 1).ThenBy(s => s.Spec.Start))
        {
            var spec = shift.Spec;
            if (!seen.Add((spec.Employee, spec.Date)))
            {
                continue;
            }

            if (IsFixed(shift))
            {
                locked.Add(new LockedAssignment(Key(spec.Employee), spec.Date, spec.Start, spec.PaidMinutes, spec.UnpaidMinutes));
            }
            else
            {
                previous.Add(new PreviousAssignment(Key(spec.Employee), spec.Date, spec.Start, spec.PaidMinutes));
            }
        }

        return (locked, previous);
    }

    /// <summary>Locked shifts, and shifts a scheduler made or edited by hand: re-generation keeps both exactly.</summary>
    public static bool IsFixed(ExistingShift shift) => shift.Spec.Locked || shift.Origin == ShiftOrigin.Manual;

    private static Dictionary<string, LocalDateTime> PriorEnds(IEnumerable<ShiftSpec> before, HashSet<EmployeeId> ids, LocalDate weekStart) =>
        before.Where(s => ids.Contains(s.Employee) && s.Date < weekStart)
            .GroupBy(s => s.Employee)
            .ToDictionary(g => Key(g.Key), g => g.Max(s => s.LocalStart.PlusMinutes(s.SpanMinutes)));

    private static Dictionary<string, int> PriorRuns(IEnumerable<ShiftSpec> before, HashSet<EmployeeId> ids, LocalDate weekStart)
    {
        var runs = new Dictionary<string, int>();
        foreach (var group in before.Where(s => ids.Contains(s.Employee) && s.Date < weekStart).GroupBy(s => s.Employee))
        {
            var days = group.Select(s => s.Date).ToHashSet();
            var run = 0;
            while (days.Contains(weekStart.PlusDays(-(run + 1))))
            {
                run++;
            }

            if (run > 0)
            {
                runs[Key(group.Key)] = run;
            }
        }

        return runs;
    }
}
