using System.Globalization;
using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Rostering.Setup;

/// <summary>
/// Validation of an agent's weekly availability and wishes. Windows are local times on a weekday; <c>00:00</c> as the
/// end means midnight (end of the day), as <see cref="Rules.AvailabilityRule"/> reads it, so "18:00–00:00" is an
/// evening and a window never wraps into the next day. Windows of one day may touch but not overlap.
/// </summary>
internal static class AvailabilityRules
{
    public const int MaxEntries = 50;

    public static IReadOnlyList<AvailabilityWindowRow> Windows(EmployeeId employee, IReadOnlyList<AvailabilityWindowDto> input, SetupFields fields)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fields);
        if (input.Count > MaxEntries)
        {
            fields.Add("windows", string.Create(CultureInfo.InvariantCulture, $"At most {MaxEntries} availability windows."));
            return [];
        }

        var rows = new List<(int Index, AvailabilityWindowRow Row)>();
        for (var i = 0; i < input.Count; i++)
        {
            var w = input[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"windows[{i}]");
            var day = fields.Day($"{prefix}.day", w.Day);
            var from = fields.Time($"{prefix}.from", w.From, "From");
            var until = fields.Time($"{prefix}.until", w.Until, "Until");
            if (day is null || from is null || until is null)
            {
                continue;
            }

            if (EndMinute(until.Value) <= Minute(from.Value))
            {
                fields.Add($"{prefix}.until", $"{Format(until.Value)} is not after {Format(from.Value)}; use 00:00 for midnight.");
                continue;
            }

            rows.Add((i, new AvailabilityWindowRow { EmployeeId = employee, Day = day.Value, From = from.Value, Until = until.Value }));
        }

        foreach (var day in rows.GroupBy(r => r.Row.Day))
        {
            var ordered = day.OrderBy(r => Minute(r.Row.From)).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var previous = ordered[k - 1].Row;
                if (Minute(ordered[k].Row.From) < EndMinute(previous.Until))
                {
                    fields.Add(string.Create(CultureInfo.InvariantCulture, $"windows[{ordered[k].Index}].from"),
                        $"{day.Key} {Format(ordered[k].Row.From)} overlaps the window {Format(previous.From)}–{Format(previous.Until)}.");
                }
            }
        }

        return rows.Select(r => r.Row).ToList();
    }

    public static IReadOnlyList<AgentPreferenceRow> Preferences(EmployeeId employee, IReadOnlyList<PreferenceDto> input, SetupFields fields)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fields);
        if (input.Count > MaxEntries)
        {
            fields.Add("preferences", string.Create(CultureInfo.InvariantCulture, $"At most {MaxEntries} preferences."));
            return [];
        }

        var rows = new List<AgentPreferenceRow>();
        for (var i = 0; i < input.Count; i++)
        {
            var p = input[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"preferences[{i}]");
            var hasDay = !string.IsNullOrWhiteSpace(p.Day);
            var hasDate = !string.IsNullOrWhiteSpace(p.Date);
            // Every field is checked even when the first is wrong, so one answer lists all of an entry's problems.
            var either = hasDay != hasDate;
            if (!either)
            {
                fields.Add($"{prefix}.day", "A preference is for a weekday or for a date (one of the two).");
            }

            var day = either && hasDay ? fields.Day($"{prefix}.day", p.Day) : null;
            var date = either && hasDate ? fields.Date($"{prefix}.date", p.Date, "Date") : null;
            var earliest = fields.Time($"{prefix}.earliestStart", p.EarliestStart, "Earliest start", required: false);
            var latest = fields.Time($"{prefix}.latestEnd", p.LatestEnd, "Latest end", required: false);
            fields.Range($"{prefix}.weight", p.Weight, 1, 100, "Weight");
            if (p.WantsOff && (earliest is not null || latest is not null))
            {
                fields.Add($"{prefix}.wantsOff", "A day-off wish has no start or end time.");
            }
            else if (!p.WantsOff && earliest is null && latest is null && string.IsNullOrWhiteSpace(p.EarliestStart) && string.IsNullOrWhiteSpace(p.LatestEnd))
            {
                fields.Add($"{prefix}.earliestStart", "Wish for a day off, or give an earliest start and/or a latest end.");
            }
            else if (earliest is { } e && latest is { } l && EndMinute(l) <= Minute(e))
            {
                fields.Add($"{prefix}.latestEnd", $"The latest end {Format(l)} is not after the earliest start {Format(e)}.");
            }

            rows.Add(new AgentPreferenceRow { EmployeeId = employee, Day = day, Date = date, WantsOff = p.WantsOff, EarliestStart = earliest, LatestEnd = latest, Weight = p.Weight });
        }

        return rows;
    }

    public static AvailabilityDto ToDto(EmployeeProfile profile, IEnumerable<AvailabilityWindowRow> windows, IEnumerable<AgentPreferenceRow> preferences)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new AvailabilityDto(
            profile.Id.Value,
            profile.DisplayName,
            windows.OrderBy(w => w.Day).ThenBy(w => w.From).Select(w => new AvailabilityWindowDto(w.Day.ToString(), Format(w.From), Format(w.Until))).ToList(),
            preferences.OrderBy(p => p.Date).ThenBy(p => p.Day).ThenBy(p => p.Id)
                .Select(p => new PreferenceDto(
                    p.Day?.ToString(),
                    p.Date is { } d ? LocalDatePattern.Iso.Format(d) : null,
                    p.WantsOff,
                    p.EarliestStart is { } e ? Format(e) : null,
                    p.LatestEnd is { } l ? Format(l) : null,
                    p.Weight))
                .ToList());
    }

    private static int Minute(LocalTime time) => (time.Hour * 60) + time.Minute;

    /// <summary>Midnight as an end is the end of the day.</summary>
    private static int EndMinute(LocalTime time) => time == LocalTime.Midnight ? 1440 : Minute(time);

    private static string Format(LocalTime time) => SetupFields.Format(time);
}
