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
/// <item>every interval any shift can cover is a cover row (requirement 0 when none is listed), so over-cover is priced everywhere;</item>
/// <item>a horizon of 1–6 weeks, with the weekly limits applied to each 7-day week;</item>
/// <item>locked assignments become hard references (an off-template locked shift gets its own shift type, open only to that
/// agent and day); locks that contradict time off, availability, the contract or the rest rule are reported in words instead;</item>
/// <item>the previous roster becomes change-weighted references, preferences weighted requests, and the shift each agent
/// worked before the horizon forbids early shifts inside the minimum rest.</item>
/// </list>
/// </summary>
internal static class CallCenterProblemBuilder
{
    public const int MaxWeeks = 6;

    public static Result<CallCenterProblem> Build(CallCenterWeekRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IntervalMinutes is not (15 or 30))
        {
            return Invalid("Intervals must be 15 or 30 minutes.");
        }

        if (request.Weeks is < 1 or > MaxWeeks)
        {
            return Invalid($"A roster covers 1 to {MaxWeeks} weeks, not {request.Weeks}.");
        }

        if (request.Weights.UnderPerAgentInterval <= request.Weights.OverPerAgentInterval || request.Weights.OverPerAgentInterval < 0 || request.Weights.OvertimePerMinute < 0)
        {
            return Invalid("Under-cover must weigh more than over-cover, and no weight may be negative.");
        }

        if (request.ChangeWeightPerAssignment < 0)
        {
            return Invalid("The change weight may not be negative.");
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

            if (contract.MaxDailyPaidMinutes is <= 0)
            {
                return Invalid($"Contract '{contract.Name}' has a daily limit that is not positive.");
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
                    var id = string.Create(CultureInfo.InvariantCulture, $"{(request.ShiftTemplates.Count > 1 ? template.Name + ":" : string.Empty)}{start / 60:00}{start % 60:00}-{paid / 60.0:0.##}h");
                    shifts.Add(new ShiftType(id, start, paid, unpaid, BreakOffset(start, paid, unpaid, request.IntervalMinutes)));
                }
            }
        }

        if (shifts.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != shifts.Count)
        {
            return Invalid("Two shift templates produce the same shift; give them different names.");
        }

        var days = 7 * request.Weeks;
        var agentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var agent in request.Agents)
        {
            if (!agentIndex.TryAdd(agent.Id, agentIndex.Count))
            {
                return Invalid($"Agent '{agent.Id}' is listed twice.");
            }

            if (!contracts.ContainsKey(agent.Contract))
            {
                return Invalid($"Agent '{agent.Id}' has unknown contract '{agent.Contract}'.");
            }
        }

        var templateShifts = shifts.Count;

        // Shift types that only locked or previous assignments use, open only to those agent-days.
        var personalShifts = new HashSet<(int Agent, int Day, int Shift)>();
        int ShiftFor(int startMinute, int paid, int unpaid)
        {
            var found = shifts.FindIndex(s => s.StartMinute == startMinute && s.PaidMinutes == paid && (unpaid == 0 || s.UnpaidBreakMinutes == unpaid));
            if (found >= 0)
            {
                return found;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"fixed:{startMinute / 60:00}{startMinute % 60:00}-{paid / 60.0:0.##}h{(unpaid > 0 ? $"+{unpaid}m" : string.Empty)}");
            shifts.Add(new ShiftType(id, startMinute, paid, unpaid, BreakOffset(startMinute, paid, unpaid, request.IntervalMinutes)));
            return shifts.Count - 1;
        }

        int? DayOf(LocalDate date)
        {
            var d = Period.Between(request.WeekStart, date, PeriodUnits.Days).Days;
            return d >= 0 && d < days ? d : null;
        }

        var locks = new Dictionary<(int Agent, int Day), int?>();
        var lockOrigin = new Dictionary<(int Agent, int Day), LockedAssignment>();
        foreach (var locked in request.Locked)
        {
            if (!agentIndex.TryGetValue(locked.AgentId, out var e))
            {
                return Invalid($"A locked assignment names agent '{locked.AgentId}', who is not in this roster.");
            }

            if (DayOf(locked.Date) is not { } d)
            {
                return Invalid(string.Create(CultureInfo.InvariantCulture, $"The locked assignment of agent '{locked.AgentId}' on {locked.Date:uuuu-MM-dd} is outside the roster's {request.Weeks} week(s)."));
            }

            if (locked.Start is not null && (locked.PaidMinutes is not > 0 || locked.PaidMinutes > 1440 || locked.UnpaidBreakMinutes < 0))
            {
                return Invalid(string.Create(CultureInfo.InvariantCulture, $"The locked shift of agent '{locked.AgentId}' on {locked.Date:uuuu-MM-dd} needs a positive paid length."));
            }

            if (!lockOrigin.TryAdd((e, d), locked))
            {
                return Invalid(string.Create(CultureInfo.InvariantCulture, $"Agent '{locked.AgentId}' has two locked assignments on {locked.Date:uuuu-MM-dd}."));
            }

            int? shift = locked.Start is { } start ? ShiftFor(MinuteOfDay(start), locked.PaidMinutes!.Value, locked.UnpaidBreakMinutes) : null;
            locks[(e, d)] = shift;
            if (shift is { } s && s >= templateShifts)
            {
                personalShifts.Add((e, d, s));
            }
        }

        var previous = new Dictionary<(int Agent, int Day), int?>();
        foreach (var before in request.Previous)
        {
            // A previous roster may name agents who left or days outside this horizon: only the overlap matters.
            if (!agentIndex.TryGetValue(before.AgentId, out var e) || DayOf(before.Date) is not { } d || locks.ContainsKey((e, d)))
            {
                continue;
            }

            if (before.Start is not null && before.PaidMinutes is not > 0)
            {
                return Invalid(string.Create(CultureInfo.InvariantCulture, $"The previous shift of agent '{before.AgentId}' on {before.Date:uuuu-MM-dd} needs a positive paid length."));
            }

            int? shift = before.Start is { } start ? ShiftFor(MinuteOfDay(start), before.PaidMinutes!.Value, 0) : null;
            if (!previous.TryAdd((e, d), shift))
            {
                return Invalid(string.Create(CultureInfo.InvariantCulture, $"Agent '{before.AgentId}' has two previous assignments on {before.Date:uuuu-MM-dd}."));
            }

            if (shift is { } s && s >= templateShifts)
            {
                personalShifts.Add((e, d, s));
            }
        }

        if (shifts.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != shifts.Count)
        {
            return Invalid("A shift template's name clashes with the fixed shifts of locked assignments; rename the template.");
        }

        var forbidden = shifts.Select(s => (IReadOnlySet<int>)Enumerable.Range(0, shifts.Count)
            .Where(t => 1440 + shifts[t].StartMinute - (s.StartMinute + s.SpanMinutes) < request.MinRestMinutes)
            .ToHashSet()).ToList();

        var conflicts = new List<string>();
        var employees = new List<Employee>();
        foreach (var agent in request.Agents)
        {
            var e = agentIndex[agent.Id];
            var contract = contracts[agent.Contract];
            var allowed = new int[shifts.Count];
            for (var s = 0; s < shifts.Count; s++)
            {
                var lengthAllowed = (contract.AllowedPaidLengthsMinutes.Count == 0 || contract.AllowedPaidLengthsMinutes.Contains(shifts[s].PaidMinutes))
                    && shifts[s].PaidMinutes <= (contract.MaxDailyPaidMinutes ?? int.MaxValue);
                allowed[s] = !lengthAllowed ? 0 : s < templateShifts ? days : personalShifts.Count(p => p.Agent == e && p.Shift == s);
            }

            var daysOff = agent.ApprovedTimeOff.Select(DayOf).OfType<int>().ToHashSet();
            var unavailable = new HashSet<(int, int)>();
            for (var d = 0; d < days; d++)
            {
                var weekday = request.WeekStart.PlusDays(d).DayOfWeek;
                var windows = agent.Availability.Where(w => w.Day == weekday).ToList();
                for (var s = 0; s < shifts.Count; s++)
                {
                    var start = shifts[s].StartMinute;
                    var end = start + shifts[s].SpanMinutes;
                    if ((agent.Availability.Count > 0 && !windows.Any(w => MinuteOfDay(w.From) <= start && end <= Until(w.Until)))
                        || (s >= templateShifts && !personalShifts.Contains((e, d, s))))
                    {
                        unavailable.Add((d, s));
                    }
                }
            }

            var priorEnd = request.PriorShiftEnds.TryGetValue(agent.Id, out var ended) ? ended : (LocalDateTime?)null;
            if (priorEnd is { } endedAt)
            {
                var restUntil = endedAt.PlusMinutes(request.MinRestMinutes);
                for (var d = 0; d < days && request.WeekStart.PlusDays(d).AtMidnight() < restUntil; d++)
                {
                    for (var s = 0; s < shifts.Count; s++)
                    {
                        if (request.WeekStart.PlusDays(d).AtMidnight().PlusMinutes(shifts[s].StartMinute) < restUntil)
                        {
                            unavailable.Add((d, s));
                        }
                    }
                }
            }

            var carried = request.PriorConsecutiveDays.GetValueOrDefault(agent.Id);
            if (carried < 0)
            {
                return Invalid($"Agent '{agent.Id}' cannot have worked {carried} days in a row before the roster.");
            }

            var multiWeek = request.Weeks > 1;
            var employee = new Employee
            {
                Id = agent.Id,
                MaxShiftsPerType = allowed,
                MaxTotalShifts = Math.Min(days, contract.MaxDaysPerWeek * request.Weeks),
                MinTotalMinutes = contract.MinWeeklyMinutes * request.Weeks,
                MaxTotalMinutes = contract.MaxWeeklyMinutes * request.Weeks,
                MaxMinutesPerWeek = contract.MaxWeeklyMinutes,
                MinMinutesPerWeek = multiWeek ? contract.MinWeeklyMinutes : 0,
                MaxShiftsPerWeek = multiWeek && contract.MaxDaysPerWeek < 7 ? contract.MaxDaysPerWeek : int.MaxValue,
                MaxConsecutiveShifts = Math.Max(1, contract.MaxConsecutiveDays),
                WorkedDaysBeforeHorizon = contract.MaxConsecutiveDays < days ? carried : 0,
                OvertimeThresholdMinutesPerWeek = contract.OvertimeAfterMinutes,
                OvertimeWeightPerMinute = request.Weights.OvertimePerMinute,
                DaysOff = daysOff,
                UnavailableShifts = unavailable,
            };
            employees.Add(employee);
            conflicts.AddRange(LockConflicts(request, agent, contract, employee, shifts, forbidden, lockOrigin.Where(l => l.Key.Agent == e).ToDictionary(l => l.Key.Day, l => (l.Value, locks[l.Key])), priorEnd));
        }

        var weekStart = request.WeekStart.AtMidnight();
        var required = new Dictionary<int, int>();
        foreach (var requirement in request.Requirements)
        {
            var minutes = Period.Between(weekStart, requirement.Start, PeriodUnits.Minutes).Minutes;
            var minute = minutes is >= int.MinValue and <= int.MaxValue ? (int)minutes : -1;
            if (minute < 0 || minute >= days * 1440 || minute % request.IntervalMinutes != 0 || requirement.Required < 0)
            {
                return Invalid(string.Create(CultureInfo.InvariantCulture,
                    $"Requirement at {requirement.Start:uuuu-MM-dd HH:mm} is outside the roster's {request.Weeks} week(s), off the {request.IntervalMinutes}-minute grid, or negative."));
            }

            required[minute] = required.GetValueOrDefault(minute) + requirement.Required;
        }

        var covered = new SortedSet<int>(required.Keys);
        for (var d = 0; d < days; d++)
        {
            foreach (var shift in shifts)
            {
                for (var t = (d * 1440) + shift.StartMinute; t < (d * 1440) + shift.StartMinute + shift.SpanMinutes && t < days * 1440; t += request.IntervalMinutes)
                {
                    covered.Add(t - (t % request.IntervalMinutes));
                }
            }
        }

        var requests = new List<ShiftRequest>();
        foreach (var preference in request.Preferences)
        {
            if (!agentIndex.TryGetValue(preference.AgentId, out var e))
            {
                return Invalid($"A preference names agent '{preference.AgentId}', who is not in this roster.");
            }

            if (preference.Weight <= 0 || preference.Weight >= request.Weights.UnderPerAgentInterval)
            {
                return Invalid(string.Create(CultureInfo.InvariantCulture,
                    $"A preference of agent '{preference.AgentId}' weighs {preference.Weight}; it must be positive and below one agent-interval of under-cover ({request.Weights.UnderPerAgentInterval}) so cover wins."));
            }

            if ((preference.Day is null) == (preference.Date is null) || (!preference.WantsOff && preference.EarliestStart is null && preference.LatestEnd is null))
            {
                return Invalid($"A preference of agent '{preference.AgentId}' needs either a weekday or a date, and a day off or a start window.");
            }

            List<int> prefDays = preference.Date is { } date
                ? DayOf(date) is { } one ? [one] : []
                : Enumerable.Range(0, days).Where(d => request.WeekStart.PlusDays(d).DayOfWeek == preference.Day).ToList();
            foreach (var d in prefDays)
            {
                if (preference.WantsOff)
                {
                    requests.Add(new ShiftRequest(e, d, null, preference.Weight, On: false));
                    continue;
                }

                var earliest = preference.EarliestStart is { } from ? MinuteOfDay(from) : 0;
                var latest = preference.LatestEnd is { } until ? Until(until) : int.MaxValue;
                for (var s = 0; s < shifts.Count; s++)
                {
                    if (employees[e].MayWork(d, s) && (shifts[s].StartMinute < earliest || shifts[s].StartMinute + shifts[s].SpanMinutes > latest))
                    {
                        requests.Add(new ShiftRequest(e, d, s, preference.Weight, On: false));
                    }
                }
            }
        }

        var references = locks.Select(l => new ReferenceAssignment(l.Key.Agent, l.Key.Day, l.Value, null)).ToList();
        Roster? hint = null;
        if (request.ChangeWeightPerAssignment > 0 && previous.Count > 0)
        {
            references.AddRange(previous.Select(p => new ReferenceAssignment(p.Key.Agent, p.Key.Day, p.Value, request.ChangeWeightPerAssignment)));
            hint = new Roster(employees.Count, days);
            foreach (var ((e, d), shift) in previous.Concat(locks))
            {
                hint[e, d] = shift ?? Roster.Off;
            }
        }

        var covers = covered
            .Select(t => new IntervalCover(t, request.IntervalMinutes, required.GetValueOrDefault(t), request.Weights.UnderPerAgentInterval, request.Weights.OverPerAgentInterval))
            .ToList();
        var name = "call-center-" + request.WeekStart.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + (request.Weeks > 1 ? $"-{request.Weeks}w" : string.Empty);
        var problem = new RosterProblem(name, days, shifts, forbidden, employees, request.WeekStart.DayOfWeek)
        {
            IntervalCovers = covers,
            Requests = requests,
            ReferenceAssignments = references,
        };
        return new CallCenterProblem(problem, request.WeekStart, request.IntervalMinutes, request.Weights.UnderPerAgentInterval)
        {
            Conflicts = conflicts,
            Hint = hint,
            MinimalChange = hint is not null,
        };
    }

    /// <summary>
    /// Locked shifts the agent may not work, in the scheduler's words with the agent and the date: approved time off,
    /// availability, contract lengths and weekly limits, rest between locked shifts and after the shift before the roster.
    /// The solver would only report "infeasible" for these; the scheduler needs to know which lock to undo.
    /// </summary>
    private static IEnumerable<string> LockConflicts(
        CallCenterWeekRequest request,
        Agent agent,
        AgentContract contract,
        Employee employee,
        List<ShiftType> shifts,
        List<IReadOnlySet<int>> forbidden,
        Dictionary<int, (LockedAssignment Lock, int? Shift)> locks,
        LocalDateTime? priorEnd)
    {
        string When(int d) => request.WeekStart.PlusDays(d).ToString("dddd uuuu-MM-dd", CultureInfo.InvariantCulture);
        string Shift(int s) => string.Create(CultureInfo.InvariantCulture, $"{shifts[s].StartMinute / 60:00}:{shifts[s].StartMinute % 60:00} shift of {Hours(shifts[s].PaidMinutes)}");

        foreach (var (d, (_, shift)) in locks.OrderBy(l => l.Key))
        {
            if (shift is not { } s)
            {
                continue;
            }

            var start = shifts[s].StartMinute;
            var end = start + shifts[s].SpanMinutes;
            if (employee.DaysOff.Contains(d))
            {
                yield return $"Agent {agent.Id} is locked on a {Shift(s)} on {When(d)}, but has approved time off that day.";
            }
            else if (agent.Availability.Count > 0 && !agent.Availability.Any(w => w.Day == request.WeekStart.PlusDays(d).DayOfWeek && MinuteOfDay(w.From) <= start && end <= Until(w.Until)))
            {
                yield return $"Agent {agent.Id} is locked on a {Shift(s)} on {When(d)}, outside their availability that day.";
            }

            if (contract.AllowedPaidLengthsMinutes.Count > 0 && !contract.AllowedPaidLengthsMinutes.Contains(shifts[s].PaidMinutes))
            {
                yield return $"Agent {agent.Id} is locked on a {Shift(s)} on {When(d)}, a length contract {contract.Name} does not allow ({string.Join(", ", contract.AllowedPaidLengthsMinutes.Select(Hours))}).";
            }

            if (shifts[s].PaidMinutes > (contract.MaxDailyPaidMinutes ?? int.MaxValue))
            {
                yield return $"Agent {agent.Id} is locked on a {Shift(s)} on {When(d)}, longer than the daily limit of {Hours(contract.MaxDailyPaidMinutes!.Value)}.";
            }

            if (d == 0 || !locks.TryGetValue(d - 1, out var yesterday) || yesterday.Shift is not { } y)
            {
                if (priorEnd is { } ended && request.WeekStart.PlusDays(d).AtMidnight().PlusMinutes(start) < ended.PlusMinutes(request.MinRestMinutes))
                {
                    yield return string.Create(CultureInfo.InvariantCulture,
                        $"Agent {agent.Id} is locked on a {Shift(s)} on {When(d)}, less than the minimum rest of {Hours(request.MinRestMinutes)} after their shift ending {ended:uuuu-MM-dd HH:mm}.");
                }
            }
            else if (forbidden[y].Contains(s))
            {
                yield return $"Agent {agent.Id} is locked on a {Shift(y)} on {When(d - 1)} and a {Shift(s)} on {When(d)}, less than the minimum rest of {Hours(request.MinRestMinutes)} apart.";
            }
        }

        for (var week = 0; week < request.Weeks; week++)
        {
            var inWeek = locks.Where(l => l.Key / 7 == week && l.Value.Shift is not null).Select(l => shifts[l.Value.Shift!.Value].PaidMinutes).ToList();
            if (inWeek.Sum() > contract.MaxWeeklyMinutes)
            {
                yield return $"Agent {agent.Id} is locked on {Hours(inWeek.Sum())} in the week of {When(week * 7)}, above the contract maximum of {Hours(contract.MaxWeeklyMinutes)}.";
            }

            if (inWeek.Count > contract.MaxDaysPerWeek)
            {
                yield return $"Agent {agent.Id} is locked on {inWeek.Count} days in the week of {When(week * 7)}, above the contract maximum of {contract.MaxDaysPerWeek} days.";
            }
        }
    }

    private static string Hours(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60.0:0.##} h");

    /// <summary>The break sits at mid-shift, rounded down to the interval grid of the day.</summary>
    private static int BreakOffset(int start, int paid, int unpaid, int intervalMinutes)
    {
        if (unpaid <= 0)
        {
            return 0;
        }

        var middle = start + ((paid + unpaid) / 2) - (unpaid / 2);
        var offset = (middle - (middle % intervalMinutes)) - start;
        return Math.Max(intervalMinutes, offset);
    }

    private static int MinuteOfDay(LocalTime time) => (time.Hour * 60) + time.Minute;

    /// <summary>Midnight as an end of availability means the end of the day.</summary>
    private static int Until(LocalTime time) => time == LocalTime.Midnight ? 1440 : MinuteOfDay(time);

    private static Error Invalid(string message) => new("roster.invalid_week", message);
}

/// <summary>A built roster problem plus what is needed to read its roster back in dates and times.</summary>
/// <param name="WeekStart">First day of the horizon.</param>
internal sealed record CallCenterProblem(RosterProblem Problem, LocalDate WeekStart, int IntervalMinutes, int UnderWeight)
{
    /// <summary>Locks that contradict the agent's time off, availability, contract or rest, in words; non-empty means infeasible.</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>The previous roster (with the locks), as a start for the search.</summary>
    public Roster? Hint { get; init; }

    /// <summary>Changes to a previous roster are priced: cover and changes must trade in one objective.</summary>
    public bool MinimalChange { get; init; }
}
