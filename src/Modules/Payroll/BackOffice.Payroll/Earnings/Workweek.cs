using BackOffice.Payroll.Common;
using BackOffice.Payroll.Contracts;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Payroll.Earnings;

/// <param name="Index">Position in the workweek's chronological order; rule results are aligned on it.</param>
internal sealed record WorkEntry(int Index, LocalDate Date, decimal Hours, decimal Rate, string WorkState, string? ShiftKey);

/// <summary>One employee's fixed seven-day workweek (29 CFR 778.104: each workweek stands alone).</summary>
internal sealed class Workweek
{
    private Workweek(string state, LocalDate start, IReadOnlyList<WorkEntry> entries, decimal bonus, bool healthBenefitsOffered)
    {
        State = state;
        Start = start;
        Entries = entries;
        NondiscretionaryBonus = bonus;
        HealthBenefitsOffered = healthBenefitsOffered;
    }

    public string State { get; }

    public LocalDate Start { get; }

    public LocalDate End => Start.PlusDays(6);

    /// <summary>Chronological: by date, then in the order given for the same date.</summary>
    public IReadOnlyList<WorkEntry> Entries { get; }

    public decimal NondiscretionaryBonus { get; }

    public bool HealthBenefitsOffered { get; }

    public decimal TotalHours => Entries.Sum(e => e.Hours);

    /// <summary>Entries grouped per workday, in date order.</summary>
    public IEnumerable<IGrouping<LocalDate, WorkEntry>> Days => Entries.GroupBy(e => e.Date);

    public static Result<Workweek> Create(TimecardDto timecard)
    {
        ArgumentNullException.ThrowIfNull(timecard);
        var state = UsStates.Normalize(timecard.State);
        if (state is null)
        {
            return new Error(PayrollErrorCodes.InvalidState, $"'{timecard.State}' is not a US state or DC postal code.");
        }

        if (timecard.NondiscretionaryBonus < 0)
        {
            return new Error(PayrollErrorCodes.TimecardInvalid, "The nondiscretionary bonus cannot be negative.");
        }

        var entries = timecard.Entries ?? [];
        var end = timecard.WorkweekStart.PlusDays(6);
        var ordered = new List<(TimeEntryDto Entry, int Given)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e is null)
            {
                return new Error(PayrollErrorCodes.TimecardInvalid, $"Entry {i + 1} is empty.");
            }

            if (e.Date < timecard.WorkweekStart || e.Date > end)
            {
                return new Error(
                    PayrollErrorCodes.EntryOutsideWorkweek,
                    $"Entry {i + 1} is dated {e.Date:yyyy-MM-dd}, outside the workweek {timecard.WorkweekStart:yyyy-MM-dd}..{end:yyyy-MM-dd}.");
            }

            if (e.Hours < 0 || e.Rate < 0)
            {
                return new Error(PayrollErrorCodes.TimecardInvalid, $"Entry {i + 1} has negative hours or a negative rate.");
            }

            if (e.WorkState is not null && UsStates.Normalize(e.WorkState) is null)
            {
                return new Error(PayrollErrorCodes.InvalidState, $"Entry {i + 1}: '{e.WorkState}' is not a US state or DC postal code.");
            }

            ordered.Add((e, i));
        }

        var overfull = ordered.GroupBy(x => x.Entry.Date).FirstOrDefault(g => g.Sum(x => x.Entry.Hours) > 24m);
        if (overfull is not null)
        {
            return new Error(PayrollErrorCodes.DayOver24Hours, $"{overfull.Key:yyyy-MM-dd} has more than 24 hours.");
        }

        var workEntries = ordered
            .OrderBy(x => x.Entry.Date)
            .ThenBy(x => x.Given)
            .Select((x, index) => new WorkEntry(
                index,
                x.Entry.Date,
                x.Entry.Hours,
                x.Entry.Rate,
                UsStates.Normalize(x.Entry.WorkState) ?? state,
                string.IsNullOrWhiteSpace(x.Entry.ShiftKey) ? null : x.Entry.ShiftKey.Trim()))
            .ToList();

        return new Workweek(state, timecard.WorkweekStart, workEntries, timecard.NondiscretionaryBonus, timecard.HealthBenefitsOffered);
    }
}
