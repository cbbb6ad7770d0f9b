using System.Security.Claims;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Contracts.Rostering;

/// <summary>
/// Reads a team's roster week as the scheduler's board shows it: shifts, per-agent totals, every rule violation, and
/// interval coverage against the forecast requirement. Authorization is by role and by object (the caller's teams).
/// </summary>
public interface IRosterQueries
{
    /// <summary>The week starting <paramref name="weekStart"/> (a Monday); a week never generated comes back empty, as a draft with no id.</summary>
    Task<Result<RosterWeekView>> GetWeekAsync(TeamId team, LocalDate weekStart, ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <param name="Id">Empty until the week is first saved.</param>
/// <param name="Status"><c>Draft</c> or <c>Published</c>.</param>
/// <param name="Version">Concurrency token: send it back with an edit; a stale one gives 409.</param>
/// <param name="Queue">The forecast queue the team staffs (coverage is empty when none is set).</param>
/// <param name="RequirementSharePercent">The share of the queue's requirement this team covers.</param>
public sealed record RosterWeekView(
    Guid Id,
    Guid TeamId,
    string TeamName,
    Guid SiteId,
    string TimeZoneId,
    LocalDate WeekStart,
    string Status,
    int PublishedVersion,
    uint Version,
    string? Queue,
    int RequirementSharePercent,
    int IntervalMinutes,
    IReadOnlyList<RosterAgentView> Agents,
    IReadOnlyList<RosterShiftView> Shifts,
    IReadOnlyList<RosterViolationView> Violations,
    IReadOnlyList<CoveragePoint> Coverage,
    RosterTotals Totals);

/// <param name="End">Local end (may be the next day).</param>
/// <param name="Origin">Generated, Manual, Copied, Template or Swap.</param>
public sealed record RosterShiftView(
    Guid Id,
    Guid EmployeeId,
    LocalDate Date,
    LocalTime Start,
    LocalDateTime End,
    int SpanMinutes,
    int PaidMinutes,
    IReadOnlyList<BreakView> Breaks,
    bool Locked,
    string Origin);

public sealed record BreakView(LocalDateTime Start, int Minutes, bool Paid);

/// <param name="OvertimeFlag">Weekly paid time over the overtime threshold, or a day over the state's daily threshold.</param>
public sealed record RosterAgentView(
    Guid EmployeeId,
    string Name,
    int PaidMinutes,
    int Shifts,
    int? MinWeeklyMinutes,
    int? MaxWeeklyMinutes,
    bool OvertimeFlag,
    int HardViolations);

/// <param name="Severity"><c>Error</c> (a hard rule) or <c>Warning</c>.</param>
public sealed record RosterViolationView(string Code, string Severity, Guid EmployeeId, LocalDate? Date, Guid? ShiftId, string Message);

/// <param name="Required">Agents the forecast requires on the floor (the team's share, so it may be fractional).</param>
/// <param name="Scheduled">Agents on the floor: scheduled and not on a break, as a share of the interval.</param>
public sealed record CoveragePoint(LocalDateTime Start, decimal Required, decimal Scheduled)
{
    public decimal Gap => Scheduled - Required;
}

/// <param name="UnderCoverAgentHours">Sum over intervals of the shortfall, in agent-hours.</param>
public sealed record RosterTotals(
    int PaidMinutes,
    int Shifts,
    IReadOnlyList<DayTotal> Days,
    int OvertimeAgents,
    int HardViolations,
    int Warnings,
    decimal UnderCoverAgentHours,
    decimal OverCoverAgentHours);

public sealed record DayTotal(LocalDate Date, int PaidMinutes, int Shifts, decimal UnderCoverAgentHours);
