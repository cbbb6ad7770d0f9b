using BackOffice.Payroll.Contracts;
using NodaTime;

namespace BackOffice.Payroll.Tests.Support;

/// <summary>Builds a workweek with valid defaults: Texas, week starting Sunday 1 March 2026, no bonus.</summary>
internal sealed class TimecardBuilder
{
    private readonly List<TimeEntryDto> entries = [];
    private string state = "TX";
    private LocalDate start = new(2026, 3, 1);
    private decimal bonus;
    private bool healthBenefits;

    public TimecardBuilder InState(string code)
    {
        state = code;
        return this;
    }

    public TimecardBuilder StartingOn(LocalDate date)
    {
        start = date;
        return this;
    }

    /// <summary>One entry per day from the workweek's first day, each at <paramref name="rate"/>.</summary>
    public TimecardBuilder WithDays(decimal rate, params decimal[] hoursPerDay)
    {
        for (var i = 0; i < hoursPerDay.Length; i++)
        {
            entries.Add(new TimeEntryDto(start.PlusDays(i), hoursPerDay[i], rate));
        }

        return this;
    }

    public TimecardBuilder WithEntry(int dayOffset, decimal hours, decimal rate, string? workState = null, string? shiftKey = null)
    {
        entries.Add(new TimeEntryDto(start.PlusDays(dayOffset), hours, rate, workState, shiftKey));
        return this;
    }

    public TimecardBuilder WithBonus(decimal amount)
    {
        bonus = amount;
        return this;
    }

    public TimecardBuilder WithHealthBenefitsOffered()
    {
        healthBenefits = true;
        return this;
    }

    public TimecardDto Build() => new(state, start, entries.ToList(), bonus, healthBenefits);
}
