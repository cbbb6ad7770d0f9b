using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Rostering.Domain;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Setup;

/// <summary>
/// What a shift template produces: every start on its step grid times every paid length, and a few examples with the
/// breaks <see cref="BreakPlanner"/> places, so a scheduler sees the effect of a rule before saving it.
/// </summary>
internal static class TemplatePreview
{
    private const int MaxExamples = 4;

    public static IReadOnlyList<LocalTime> Starts(ShiftTemplateDefinition template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var starts = new List<LocalTime>();
        var last = MinuteOfDay(template.LatestStart);
        for (var minute = MinuteOfDay(template.EarliestStart); minute <= last; minute += template.StepMinutes)
        {
            starts.Add(LocalTime.Midnight.PlusMinutes(minute));
        }

        return starts;
    }

    public static TemplatePreviewDto Of(ShiftTemplateDefinition template)
    {
        var starts = Starts(template);
        var lengths = template.PaidLengthList.Distinct().Order().ToList();
        var picks = lengths.Take(MaxExamples - 1).Select(l => (Start: starts[0], Paid: l)).ToList();
        if (starts.Count > 1)
        {
            // The latest start with the longest length shows how late the site's day can run.
            picks.Add((starts[^1], lengths[^1]));
        }

        return new TemplatePreviewDto(starts.Count * lengths.Count, picks.Select(p => Example(template, p.Start, p.Paid)).ToList());
    }

    private static PreviewShiftDto Example(ShiftTemplateDefinition template, LocalTime start, int paid)
    {
        var breaks = BreakPlanner.Plan(template, paid);
        var span = paid + breaks.Where(b => !b.Paid).Sum(b => b.Minutes);
        return new PreviewShiftDto(
            SetupFields.Format(start),
            Clock(start, span),
            paid,
            span,
            breaks.Select(b => new PreviewBreakDto(Clock(start, b.OffsetMinutes), b.Minutes, b.Paid)).ToList());
    }

    /// <summary><c>HH:mm</c> of the time <paramref name="minutes"/> after <paramref name="start"/>, with <c>+1</c> past midnight.</summary>
    private static string Clock(LocalTime start, int minutes)
    {
        var total = MinuteOfDay(start) + minutes;
        var text = SetupFields.Format(LocalTime.Midnight.PlusMinutes(total));
        return total >= 1440 ? text + " +1" : text;
    }

    private static int MinuteOfDay(LocalTime time) => (time.Hour * 60) + time.Minute;
}
