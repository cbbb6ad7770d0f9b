using System.Globalization;
using BackOffice.Scheduling.Rostering.Domain;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Rules;

/// <summary>Two shifts of one agent overlap in time.</summary>
internal sealed class OverlappingShiftsRule : IRosterRule
{
    public IEnumerable<RuleViolation> Check(AgentWeek agent, RuleSettings settings)
    {
        var ordered = RuleText.Ordered(agent.Shifts, settings.Zone);
        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, _, previousEnd) = ordered[i - 1];
            var (current, currentStart, _) = ordered[i];
            if (currentStart < previousEnd && agent.Week.Contains(current.Spec.Date))
            {
                yield return new RuleViolation("shift.overlap", ViolationSeverity.Error, agent.Agent.Employee, current.Spec.Date, current.Id,
                    $"{agent.Agent.Name}'s shift on {RuleText.Day(current.Spec.Date)} overlaps the shift starting {RuleText.When(previous.Spec)}.");
            }
        }
    }
}

/// <summary>Too little rest between the end of one shift and the start of the next (the site's minimum, e.g. 11 hours).</summary>
internal sealed class MinimumRestRule : IRosterRule
{
    public IEnumerable<RuleViolation> Check(AgentWeek agent, RuleSettings settings)
    {
        var ordered = RuleText.Ordered(agent.Shifts, settings.Zone);
        var minimum = Duration.FromMinutes(settings.Site.MinRestMinutes);
        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, _, previousEnd) = ordered[i - 1];
            var (current, currentStart, _) = ordered[i];
            var rest = currentStart - previousEnd;
            var touchesWeek = agent.Week.Contains(current.Spec.Date) || agent.Week.Contains(previous.Spec.Date);
            if (rest >= Duration.Zero && rest < minimum && touchesWeek)
            {
                var pinned = agent.Week.Contains(current.Spec.Date) ? current : previous;
                yield return new RuleViolation("rest.too_short", ViolationSeverity.Error, agent.Agent.Employee, pinned.Spec.Date, pinned.Id,
                    $"{agent.Agent.Name} has {RuleText.Hours(rest)} rest between the shift ending {RuleText.Day(previous.Spec.Date)} and the one starting {RuleText.When(current.Spec)}; the site requires {RuleText.Hours(minimum)}.");
            }
        }
    }
}

/// <summary>More paid time on one day than the site allows.</summary>
internal sealed class DailyMaximumRule : IRosterRule
{
    public IEnumerable<RuleViolation> Check(AgentWeek agent, RuleSettings settings)
    {
        foreach (var day in agent.InWeek.GroupBy(s => s.Spec.Date))
        {
            var paid = day.Sum(s => s.Spec.PaidMinutes);
            if (paid > settings.Site.MaxDailyPaidMinutes)
            {
                yield return new RuleViolation("day.over_maximum", ViolationSeverity.Error, agent.Agent.Employee, day.Key, day.Last().Id,
                    $"{agent.Agent.Name} would work {RuleText.Hours(paid)} on {RuleText.Day(day.Key)}; the site allows at most {RuleText.Hours(settings.Site.MaxDailyPaidMinutes)} a day.");
            }
        }
    }
}

/// <summary>The contract's weekly maximum is a hard limit; its minimum is a warning, since a draft may still be filling up.</summary>
internal sealed class WeeklyContractRule : IRosterRule
{
    public IEnumerable<RuleViolation> Check(AgentWeek agent, RuleSettings settings)
    {
        var paid = agent.InWeek.Sum(s => s.Spec.PaidMinutes);
        if (agent.Agent.MaxWeeklyMinutes is { } max && paid > max)
        {
            yield return new RuleViolation("week.over_contract", ViolationSeverity.Error, agent.Agent.Employee, null, agent.InWeek.LastOrDefault()?.Id,
                $"{agent.Agent.Name} would work {RuleText.Hours(paid)} this week; the contract allows at most {RuleText.Hours(max)}.");
        }

        if (agent.Agent.MinWeeklyMinutes is { } min && paid < min)
        {
            yield return new RuleViolation("week.under_contract", ViolationSeverity.Warning, agent.Agent.Employee, null, null,
                $"{agent.Agent.Name} has {RuleText.Hours(paid)} this week, below the contract's {RuleText.Hours(min)}.");
        }
    }
}

/// <summary>Working more days in a row than the contract (or the site) allows, counted across the week boundary.</summary>
internal sealed class ConsecutiveDaysRule : IRosterRule
{
    public IEnumerable<RuleViolation> Check(AgentWeek agent, RuleSettings settings)
    {
        var limit = agent.Agent.MaxConsecutiveDays ?? settings.Site.MaxConsecutiveDays;
        var days = agent.Shifts.Select(s => s.Spec.Date).Distinct().Order().ToList();
        var run = 0;
        LocalDate? last = null;
        foreach (var day in days)
        {
            run = last is { } l && l.PlusDays(1) == day ? run + 1 : 1;
            last = day;
            if (run == limit + 1 && agent.Week.Contains(day))
            {
                var shift = agent.Shifts.First(s => s.Spec.Date == day);
                yield return new RuleViolation("days.too_many_in_a_row", ViolationSeverity.Error, agent.Agent.Employee, day, shift.Id,
                    $"{agent.Agent.Name} would work {run} days in a row up to {RuleText.Day(day)}; at most {limit} are allowed.");
            }
        }
    }
}

/// <summary>A shift on a day of approved time off or declared unavailability.</summary>
internal sealed class BlockedDayRule : IRosterRule
{
    public IEnumerable<RuleViolation> Check(AgentWeek agent, RuleSettings settings)
    {
        foreach (var shift in agent.InWeek)
        {
            if (agent.Agent.BlockedDays.TryGetValue(shift.Spec.Date, out var kind))
            {
                var what = kind == DayBlockKind.TimeOff ? "approved time off" : "marked unavailable";
                yield return new RuleViolation("day.blocked", ViolationSeverity.Error, agent.Agent.Employee, shift.Spec.Date, shift.Id,
                    $"{agent.Agent.Name} is on {what} on {RuleText.Day(shift.Spec.Date)}.");
            }
        }
    }
}

/// <summary>A shift outside the agent's stated availability: allowed by hand, but flagged.</summary>
internal sealed class AvailabilityRule : IRosterRule
{
    public IEnumerable<RuleViolation> Check(AgentWeek agent, RuleSettings settings)
    {
        if (agent.Agent.Availability.Count == 0)
        {
            yield break;
        }

        foreach (var shift in agent.InWeek)
        {
            var start = shift.Spec.Start;
            var endMinute = (start.Hour * 60) + start.Minute + shift.Spec.SpanMinutes;
            var fits = agent.Agent.Availability.Any(w => w.Day == shift.Spec.Date.DayOfWeek
                && w.From <= start
                && endMinute <= (w.Until == LocalTime.Midnight ? 1440 : (w.Until.Hour * 60) + w.Until.Minute));
            if (!fits)
            {
                yield return new RuleViolation("availability.outside", ViolationSeverity.Warning, agent.Agent.Employee, shift.Spec.Date, shift.Id,
                    $"{agent.Agent.Name}'s shift {RuleText.When(shift.Spec)} is outside their availability.");
            }
        }
    }
}

/// <summary>
/// Flags overtime before the week is published: weekly paid time over the FLSA 40 hours (or the site's threshold), and
/// paid time in one day over the state's daily threshold where the state has one.
/// </summary>
internal sealed class OvertimeFlagRule : IRosterRule
{
    public IEnumerable<RuleViolation> Check(AgentWeek agent, RuleSettings settings)
    {
        var paid = agent.InWeek.Sum(s => s.Spec.PaidMinutes);
        if (paid > settings.Site.WeeklyOvertimeAfterMinutes)
        {
            yield return new RuleViolation("overtime.weekly", ViolationSeverity.Warning, agent.Agent.Employee, null, null,
                $"{agent.Agent.Name} would work {RuleText.Hours(paid)} this week: {RuleText.Hours(paid - settings.Site.WeeklyOvertimeAfterMinutes)} of overtime.");
        }

        if (settings.Site.DailyOvertimeAfterMinutes is { } daily)
        {
            foreach (var day in agent.InWeek.GroupBy(s => s.Spec.Date))
            {
                var dayPaid = day.Sum(s => s.Spec.PaidMinutes);
                if (dayPaid > daily)
                {
                    yield return new RuleViolation("overtime.daily", ViolationSeverity.Warning, agent.Agent.Employee, day.Key, day.First().Id,
                        $"{agent.Agent.Name} would work {RuleText.Hours(dayPaid)} on {RuleText.Day(day.Key)}: over the state's daily {RuleText.Hours(daily)}, so overtime.");
                }
            }
        }
    }
}

internal static class RuleText
{
    public static string Day(LocalDate date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public static string When(ShiftSpec spec) => $"{Day(spec.Date)} {spec.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public static string Hours(int minutes) => Hours(Duration.FromMinutes(minutes));

    public static string Hours(Duration duration)
    {
        var minutes = (long)duration.TotalMinutes;
        return minutes % 60 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60:00} min");
    }

    public static List<(ShiftOnBoard Shift, Instant Start, Instant End)> Ordered(IEnumerable<ShiftOnBoard> shifts, DateTimeZone zone) =>
        shifts.Select(s =>
            {
                var start = s.Spec.LocalStart.InZoneLeniently(zone).ToInstant();
                return (s, start, start.Plus(Duration.FromMinutes(s.Spec.SpanMinutes)));
            })
            .OrderBy(t => t.Item2)
            .ToList();
}
