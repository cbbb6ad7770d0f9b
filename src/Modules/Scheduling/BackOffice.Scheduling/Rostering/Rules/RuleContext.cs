using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Rules;

internal enum ViolationSeverity
{
    /// <summary>A hard rule is broken (rest, limits, time off): shown inline, and publishing needs an explicit override.</summary>
    Error,

    /// <summary>Worth knowing before publishing (overtime, below the contract minimum, outside availability).</summary>
    Warning,
}

/// <param name="Code">Stable, e.g. <c>rest.too_short</c>.</param>
/// <param name="ShiftId">The shift the problem is pinned to on the board, when there is one.</param>
internal sealed record RuleViolation(string Code, ViolationSeverity Severity, EmployeeId Employee, LocalDate? Date, Guid? ShiftId, string Message);

/// <summary>What the rules know about one agent: contract limits, availability and blocked days.</summary>
internal sealed record AgentRuleProfile(
    EmployeeId Employee,
    string Name,
    int? MinWeeklyMinutes,
    int? MaxWeeklyMinutes,
    int? MaxConsecutiveDays,
    IReadOnlyList<AvailabilityWindowRow> Availability,
    IReadOnlyDictionary<LocalDate, DayBlockKind> BlockedDays);

/// <summary>
/// One agent's shifts to check, in the week under review (<see cref="Week"/>) plus neighbouring days (<see cref="Shifts"/>
/// may include the week before and after, so rest and consecutive days are judged across week boundaries).
/// </summary>
internal sealed record AgentWeek(AgentRuleProfile Agent, LocalDate WeekStart, IReadOnlyList<ShiftOnBoard> Shifts)
{
    public DateInterval Week => new(WeekStart, WeekStart.PlusDays(6));

    public IEnumerable<ShiftOnBoard> InWeek => Shifts.Where(s => Week.Contains(s.Spec.Date));
}

/// <summary>A shift as the rules see it: its identity (null for a proposed shift) and what it is.</summary>
internal sealed record ShiftOnBoard(Guid? Id, ShiftSpec Spec);

internal sealed record RuleSettings(SiteSchedulingRules Site, DateTimeZone Zone);

internal interface IRosterRule
{
    IEnumerable<RuleViolation> Check(AgentWeek agent, RuleSettings settings);
}
