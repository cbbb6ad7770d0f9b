using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Generation;

/// <summary>Turns the engine's shifts into roster shifts, and puts them into a roster week.</summary>
internal static class GeneratedShifts
{
    /// <summary>
    /// The roster shift for an engine shift. Breaks come from the site template that produces the shift (its meal and
    /// paid rest breaks, placed by <see cref="BreakPlanner"/>); a shift no template produces keeps the engine's meal.
    /// </summary>
    public static ShiftSpec ToSpec(ScheduledShift shift, IReadOnlyList<ShiftTemplateDefinition> templates)
    {
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(templates);
        var start = shift.Start.TimeOfDay;
        var template = Producing(templates, start, shift.PaidMinutes);
        IReadOnlyList<ShiftBreak> breaks = template is not null
            ? BreakPlanner.Plan(template, shift.PaidMinutes)
            : shift.BreakStart is { } meal && shift.UnpaidBreakMinutes > 0
                ? [new ShiftBreak((int)Period.Between(shift.Start, meal, PeriodUnits.Minutes).Minutes, shift.UnpaidBreakMinutes, Paid: false)]
                : [];
        var span = shift.PaidMinutes + breaks.Where(b => !b.Paid).Sum(b => b.Minutes);
        return new ShiftSpec(GenerationRequestBuilder.Employee(shift.AgentId), shift.Start.Date, start, span, breaks);
    }

    /// <summary>The first template whose start grid and lengths produce this start and paid length, else one with the length.</summary>
    public static ShiftTemplateDefinition? Producing(IReadOnlyList<ShiftTemplateDefinition> templates, LocalTime start, int paidMinutes)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return templates.FirstOrDefault(t => t.EarliestStart <= start && start <= t.LatestStart
                && Period.Between(t.EarliestStart, start, PeriodUnits.Minutes).Minutes % t.StepMinutes == 0
                && t.PaidLengthList.Contains(paidMinutes))
            ?? templates.FirstOrDefault(t => t.PaidLengthList.Contains(paidMinutes));
    }

    /// <summary>
    /// Replaces the week's generated shifts with <paramref name="generated"/>: locked shifts and shifts made or edited by
    /// hand stay exactly as they are (same ids), because the engine was given them as fixed assignments.
    /// </summary>
    /// <returns>The added shifts.</returns>
    public static Result<IReadOnlyList<RosterShift>> ReplaceGenerated(this RosterWeek week, IReadOnlyList<ShiftSpec> generated)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(generated);
        foreach (var spec in generated)
        {
            if (!week.Contains(spec.Date))
            {
                return new Error("roster.date_outside_week", $"{spec.Date:uuuu-MM-dd} is not in this roster week.");
            }

            var valid = RosterShift.Validate(spec);
            if (!valid.IsSuccess)
            {
                return valid.Error!;
            }
        }

        foreach (var old in week.Shifts.Where(s => !GenerationRequestBuilder.IsFixed(new ExistingShift(s.ToSpec(), s.Origin))).ToList())
        {
            week.Remove(old.Id);
        }

        var added = new List<RosterShift>();
        foreach (var spec in generated)
        {
            added.Add(week.Add(spec, ShiftOrigin.Generated).Value!);
        }

        return Result<IReadOnlyList<RosterShift>>.Success(added);
    }
}
