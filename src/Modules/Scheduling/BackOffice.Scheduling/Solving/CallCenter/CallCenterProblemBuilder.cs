using System.Globalization;
using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Solving.Model;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Solving.CallCenter;

/// <summary>
/// Turns a call center's week (interval requirements, contracts, availability, approved time off, shift
/// templates) into the engine's <see cref="RosterProblem"/>:
/// <list type="bullet">
/// <item>each template start × paid length is a shift type, with its unpaid break at mid-shift on the interval grid;</item>
/// <item>minimum rest becomes forbidden successions (a shift may not start within the rest period after yesterday's ends);</item>
/// <item>a contract gives min/max weekly minutes (hard), the overtime threshold (cost per minute), days per week, consecutive days and allowed lengths;</item>
/// <item>availability windows forbid single shifts, approved time off forbids whole days;</item>
/// <item>every interval any shift can cover is a cover row (requirement 0 when none is listed), so over-cover is priced everywhere.</item>
/// </list>
/// </summary>
internal static class CallCenterProblemBuilder
{
    public static Result<CallCenterProblem> Build(CallCenterWeekRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IntervalMinutes is not (15 or 30))
        {
            return Invalid("Intervals must be 15 or 30 minutes.");
        }

        if (request.Weights.UnderPerAgentInterval <= request.Weights.OverPerAgentInterval || request.Weights.OverPerAgentInterval < 0 || request.Weights.OvertimePerMinute < 0)
        {
            return Invalid("Under-cover must weigh more than over-cover, and no weight may be negative.");
        }

        if (request.ShiftTemplates.Count == 0 || request.Agents.Count == 0)
        {
            return Invalid("At least one shift template and one agent are needed.");
        }

        var contracts = new Dictionary<string, AgentContract>(StringComparer.Ordinal);
        foreach (var contract in request.Contracts)
        {
            if (!contracts.TryAdd(contract.Name, contract))
            {
                return Invalid($"Contract '{contract.Name}' is listed twice.");
            }

            if (contract.MinWeeklyMinutes > contract.MaxWeeklyMinutes || contract.MaxDaysPerWeek < 0)
            {
                return Invalid($"Contract '{contract.Name}' has a minimum above its maximum.");
            }
        }

        var shifts = new List<ShiftType>();
        foreach (var template in request.ShiftTemplates)
        {
            if (template.StartStepMinutes <= 0 || template.PaidLengthsMinutes.Count == 0 || template.LatestStart < template.EarliestStart)
            {
                return Invalid($"Shift template '{template.Name}' needs a positive step, at least one length and a start window.");
            }

            for (var start = MinuteOfDay(template.EarliestStart); start <= MinuteOfDay(template.LatestStart); start += template.StartStepMinutes)
            {
                foreach (var paid in template.PaidLengthsMinutes)
                {
                    var unpaid = paid >= template.BreakFromPaidMinutes ? template.UnpaidBreakMinutes : 0;
                    var offset = 0;
                    if (unpaid > 0)
                    {
                        // The break sits at mid-shift, rounded down to the interval grid of the day.
                        var middle = start + ((paid + unpaid) / 2) - (unpaid / 2);
                        offset = (middle - (middle % request.IntervalMinutes)) - start;
                        offset = Math.Max(request.IntervalMinutes, offset);
                    }

                    var id = string.Create(CultureInfo.InvariantCulture, $"{(request.ShiftTemplates.Count > 1 ? template.Name + ":" : string.Empty)}{start / 60:00}{start % 60:00}-{paid / 60.0:0.##}h");
                    shifts.Add(new ShiftType(id, start, paid, unpaid, offset));
                }
            }
        }

        if (shifts.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != shifts.Count)
        {
            return Invalid("Two shift templates produce the same shift; give them different names.");
        }

        var forbidden = shifts.Select(s => (IReadOnlySet<int>)Enumerable.Range(0, shifts.Count)
            .Where(t => 1440 + shifts[t].StartMinute - (s.StartMinute + s.SpanMinutes) < request.MinRestMinutes)
            .ToHashSet()).ToList();

        const int Days = 7;
        var employees = new List<Employee>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var agent in request.Agents)
        {
            if (!seen.Add(agent.Id))
            {
                return Invalid($"Agent '{agent.Id}' is listed twice.");
            }

            if (!contracts.TryGetValue(agent.Contract, out var contract))
            {
                return Invalid($"Agent '{agent.Id}' has unknown contract '{agent.Contract}'.");
            }

            var allowed = shifts.Select(s => contract.AllowedPaidLengthsMinutes.Count == 0 || contract.AllowedPaidLengthsMinutes.Contains(s.PaidMinutes) ? Days : 0).ToArray();
            var daysOff = agent.ApprovedTimeOff
                .Select(date => Period.Between(request.WeekStart, date, PeriodUnits.Days).Days)
                .Where(d => d is >= 0 and < Days)
                .ToHashSet();
            var unavailable = new HashSet<(int, int)>();
            if (agent.Availability.Count > 0)
            {
                for (var d = 0; d < Days; d++)
                {
                    var weekday = request.WeekStart.PlusDays(d).DayOfWeek;
                    var windows = agent.Availability.Where(w => w.Day == weekday).ToList();
                    for (var s = 0; s < shifts.Count; s++)
                    {
                        var start = shifts[s].StartMinute;
                        var end = start + shifts[s].SpanMinutes;
                        if (!windows.Any(w => MinuteOfDay(w.From) <= start && end <= Until(w.Until)))
                        {
                            unavailable.Add((d, s));
                        }
                    }
                }
            }

            employees.Add(new Employee
            {
                Id = agent.Id,
                MaxShiftsPerType = allowed,
                MaxTotalShifts = Math.Min(Days, contract.MaxDaysPerWeek),
                MinTotalMinutes = contract.MinWeeklyMinutes,
                MaxTotalMinutes = contract.MaxWeeklyMinutes,
                MaxMinutesPerWeek = contract.MaxWeeklyMinutes,
                MaxConsecutiveShifts = Math.Max(1, contract.MaxConsecutiveDays),
                OvertimeThresholdMinutesPerWeek = contract.OvertimeAfterMinutes,
                OvertimeWeightPerMinute = request.Weights.OvertimePerMinute,
                DaysOff = daysOff,
                UnavailableShifts = unavailable,
            });
        }

        var weekStart = request.WeekStart.AtMidnight();
        var required = new Dictionary<int, int>();
        foreach (var requirement in request.Requirements)
        {
            var minutes = Period.Between(weekStart, requirement.Start, PeriodUnits.Minutes).Minutes;
            var minute = minutes is >= int.MinValue and <= int.MaxValue ? (int)minutes : -1;
            if (minute < 0 || minute >= Days * 1440 || minute % request.IntervalMinutes != 0 || requirement.Required < 0)
            {
                return Invalid(string.Create(CultureInfo.InvariantCulture,
                    $"Requirement at {requirement.Start:uuuu-MM-dd HH:mm} is outside the week, off the {request.IntervalMinutes}-minute grid, or negative."));
            }

            required[minute] = required.GetValueOrDefault(minute) + requirement.Required;
        }

        var covered = new SortedSet<int>(required.Keys);
        for (var d = 0; d < Days; d++)
        {
            foreach (var shift in shifts)
            {
                for (var t = (d * 1440) + shift.StartMinute; t < (d * 1440) + shift.StartMinute + shift.SpanMinutes && t < Days * 1440; t += request.IntervalMinutes)
                {
                    covered.Add(t - (t % request.IntervalMinutes));
                }
            }
        }

        var covers = covered
            .Select(t => new IntervalCover(t, request.IntervalMinutes, required.GetValueOrDefault(t), request.Weights.UnderPerAgentInterval, request.Weights.OverPerAgentInterval))
            .ToList();
        var problem = new RosterProblem("call-center-week-" + request.WeekStart.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), Days, shifts, forbidden, employees, request.WeekStart.DayOfWeek)
        {
            IntervalCovers = covers,
        };
        return new CallCenterProblem(problem, request.WeekStart, request.IntervalMinutes, request.Weights.UnderPerAgentInterval);
    }

    private static int MinuteOfDay(LocalTime time) => (time.Hour * 60) + time.Minute;

    /// <summary>Midnight as an end of availability means the end of the day.</summary>
    private static int Until(LocalTime time) => time == LocalTime.Midnight ? 1440 : MinuteOfDay(time);

    private static Error Invalid(string message) => new("roster.invalid_week", message);
}

/// <summary>A built week: the engine's problem plus what is needed to read its roster back in dates and times.</summary>
internal sealed record CallCenterProblem(RosterProblem Problem, LocalDate WeekStart, int IntervalMinutes, int UnderWeight);
