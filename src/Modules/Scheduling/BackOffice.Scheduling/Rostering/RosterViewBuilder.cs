using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Rules;
using NodaTime;

namespace BackOffice.Scheduling.Rostering;

/// <summary>Turns a session into the board's view: shifts with local ends and breaks, totals, violations and coverage.</summary>
internal sealed class RosterViewBuilder(IForecastService forecasts)
{
    public async Task<RosterWeekView> BuildAsync(RosterSession session, CancellationToken ct)
    {
        var week = session.Week;
        var violations = session.Check();
        var requirement = await RequiredAsync(session, ct).ConfigureAwait(false);
        var intervalMinutes = requirement?.IntervalMinutes ?? session.Rules.IntervalMinutes;
        var coverage = Coverage(week, intervalMinutes, requirement?.Required ?? new Dictionary<LocalDateTime, decimal>());
        var shifts = week.Shifts.OrderBy(s => s.Date).ThenBy(s => s.Start).Select(s => ToView(s, session.Zone)).ToList();
        var agents = session.Agents.Select(a =>
        {
            var own = week.Shifts.Where(s => s.EmployeeId == a.Id).ToList();
            var mine = violations.Where(v => v.Employee == a.Id).ToList();
            return new RosterAgentView(
                a.Id.Value,
                a.DisplayName,
                own.Sum(s => s.PaidMinutes),
                own.Count,
                a.Contract?.MinWeeklyMinutes,
                a.Contract?.MaxWeeklyMinutes,
                mine.Any(v => v.Code.StartsWith("overtime.", StringComparison.Ordinal)),
                mine.Count(v => v.Severity == ViolationSeverity.Error));
        }).ToList();
        var hoursPerInterval = intervalMinutes / 60m;
        var days = Enumerable.Range(0, 7).Select(d => week.WeekStart.PlusDays(d)).Select(date => new DayTotal(
            date,
            week.Shifts.Where(s => s.Date == date).Sum(s => s.PaidMinutes),
            week.Shifts.Count(s => s.Date == date),
            coverage.Where(c => c.Start.Date == date).Sum(c => Math.Max(0m, -c.Gap)) * hoursPerInterval)).ToList();
        var totals = new RosterTotals(
            week.Shifts.Sum(s => s.PaidMinutes),
            week.Shifts.Count,
            days,
            agents.Count(a => a.OvertimeFlag),
            violations.Count(v => v.Severity == ViolationSeverity.Error),
            violations.Count(v => v.Severity == ViolationSeverity.Warning),
            coverage.Sum(c => Math.Max(0m, -c.Gap)) * hoursPerInterval,
            coverage.Sum(c => Math.Max(0m, c.Gap)) * hoursPerInterval);
        return new RosterWeekView(
            session.IsNew ? Guid.Empty : week.Id,
            week.TeamId.Value,
            session.Team.Name,
            week.SiteId.Value,
            session.Zone.Id,
            week.WeekStart,
            week.Status.ToString(),
            week.PublishedVersion,
            week.Version,
            session.Queue?.Queue,
            session.Queue?.RequirementSharePercent ?? 100,
            intervalMinutes,
            agents,
            shifts,
            violations.Select(ToView).ToList(),
            coverage,
            totals);
    }

    public static RosterShiftView ToView(RosterShift shift, DateTimeZone zone)
    {
        var start = shift.StartInstant(zone);
        return new RosterShiftView(
            shift.Id,
            shift.EmployeeId.Value,
            shift.Date,
            shift.Start,
            shift.EndInstant(zone).InZone(zone).LocalDateTime,
            shift.SpanMinutes,
            shift.PaidMinutes,
            shift.BreakList.Select(b => new BreakView(start.Plus(Duration.FromMinutes(b.OffsetMinutes)).InZone(zone).LocalDateTime, b.Minutes, b.Paid)).ToList(),
            shift.Locked,
            shift.Origin.ToString());
    }

    public static RosterViolationView ToView(RuleViolation v) =>
        new(v.Code, v.Severity.ToString(), v.Employee.Value, v.Date, v.ShiftId, v.Message);

    /// <summary>
    /// Agents on the floor per interval: each shift contributes the share of the interval it is working (not on a
    /// break). Times are the site's wall clock, like the forecast's intervals.
    /// </summary>
    public static IReadOnlyList<CoveragePoint> Coverage(RosterWeek week, int intervalMinutes, IReadOnlyDictionary<LocalDateTime, decimal> required)
    {
        var slots = 7 * 1440 / intervalMinutes;
        var onFloor = new decimal[slots];
        var origin = week.WeekStart.AtMidnight();
        foreach (var shift in week.Shifts)
        {
            var start = (int)Period.Between(origin, shift.LocalStart, PeriodUnits.Minutes).Minutes;
            var working = new List<(int From, int To)>();
            var cursor = start;
            foreach (var b in shift.BreakList.OrderBy(b => b.OffsetMinutes))
            {
                working.Add((cursor, start + b.OffsetMinutes));
                cursor = start + b.OffsetMinutes + b.Minutes;
            }

            working.Add((cursor, start + shift.SpanMinutes));
            foreach (var (from, to) in working)
            {
                for (var slot = Math.Max(0, from / intervalMinutes); slot < slots && slot * intervalMinutes < to; slot++)
                {
                    var overlap = Math.Min(to, (slot + 1) * intervalMinutes) - Math.Max(from, slot * intervalMinutes);
                    if (overlap > 0)
                    {
                        onFloor[slot] += (decimal)overlap / intervalMinutes;
                    }
                }
            }
        }

        return Enumerable.Range(0, slots)
            .Select(slot =>
            {
                var at = origin.PlusMinutes(slot * intervalMinutes);
                return new CoveragePoint(at, required.GetValueOrDefault(at), onFloor[slot]);
            })
            .Where(p => p.Required > 0 || p.Scheduled > 0 || required.ContainsKey(p.Start))
            .ToList();
    }

    /// <summary>The team's share of its queue's forecast requirement per interval, or null when the team has no queue or no forecast.</summary>
    public async Task<TeamRequirement?> RequiredAsync(RosterSession session, CancellationToken ct)
    {
        if (session.Queue is not { } queue)
        {
            return null;
        }

        var forecast = await forecasts.ForecastAsync(queue.Queue, session.Week.WeekStart, 1, ct).ConfigureAwait(false);
        if (!forecast.IsSuccess)
        {
            return null;
        }

        var required = forecast.Value!.Intervals
            .GroupBy(i => i.Requirement.Date + i.Requirement.Start)
            .ToDictionary(g => g.Key, g => Math.Round(g.Sum(i => i.Requirement.ScheduledAgents) * queue.RequirementSharePercent / 100m, 2, MidpointRounding.AwayFromZero));
        return new TeamRequirement(forecast.Value.IntervalMinutes, required);
    }
}

/// <summary>The agents a team must have on the floor per interval (site wall-clock start), at the forecast's interval length.</summary>
internal sealed record TeamRequirement(int IntervalMinutes, IReadOnlyDictionary<LocalDateTime, decimal> Required);
