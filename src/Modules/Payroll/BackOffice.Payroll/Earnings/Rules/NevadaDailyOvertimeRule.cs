using BackOffice.Payroll.Common;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Payroll.Earnings.Rules;

/// <summary>
/// NRS 608.018(1)(b): one and one-half times the regular rate for hours over 8 in a workday, but only for an employee
/// paid less than one and one-half times the Nevada minimum wage (NRS 608.250; Nev. Const. art. 15 sec. 16), a figure
/// that changed every 1 July from 2020 to 2024 and had two tiers (health benefits offered or not) until 30 June 2024.
/// The condition is tested per workday on that day's weighted straight-time rate (hours x rate over hours), with the
/// minimum wage in force that day. Nevada's "workday" is 24 hours from the start of work; this engine receives hours
/// per workday from time tracking, which owns that boundary.
/// </summary>
internal sealed class NevadaDailyOvertimeRule : IDailyOvertimeRule
{
    public const decimal OvertimeAfter = 8m;
    public const decimal ThresholdMultiple = 1.5m;

    private readonly IReadOnlyList<NevadaMinimumWage> schedule;

    public NevadaDailyOvertimeRule()
        : this(NevadaMinimumWage.LoadSchedule())
    {
    }

    public NevadaDailyOvertimeRule(IReadOnlyList<NevadaMinimumWage> schedule) =>
        this.schedule = schedule.OrderBy(r => r.EffectiveFrom).ToList();

    public string Description => "NevadaDailyOvertimeRule (NRS 608.018(1)(b): >8 h/workday 1.5x when paid below 1.5 x minimum wage)";

    /// <summary>The hourly rate at or above which daily overtime does not apply on <paramref name="date"/>.</summary>
    public decimal Threshold(LocalDate date, bool healthBenefitsOffered)
    {
        var rate = schedule.LastOrDefault(r => r.EffectiveFrom <= date)
            ?? throw new InvalidOperationException($"No Nevada minimum wage on file for {date:yyyy-MM-dd}.");
        return ThresholdMultiple * (healthBenefitsOffered ? rate.WithHealthBenefits : rate.WithoutHealthBenefits);
    }

    public HourTiers[] Classify(Workweek week, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(notes);
        notes.Add(Description);
        var tiers = week.Entries.Select(HourTiers.AllRegular).ToArray();
        foreach (var day in week.Days)
        {
            var hours = day.Sum(e => e.Hours);
            if (hours == 0m)
            {
                continue;
            }

            var dayRate = day.Sum(e => e.Hours * e.Rate) / hours;
            var threshold = Threshold(day.Key, week.HealthBenefitsOffered);
            if (dayRate < threshold)
            {
                DailyThresholds.SliceDay(day, OvertimeAfter, null, tiers);
            }
            else if (hours > OvertimeAfter)
            {
                notes.Add($"Nevada daily overtime not due on {day.Key:yyyy-MM-dd}: rate {Amounts.DisplayRate(dayRate)} is not below {Amounts.DisplayRate(threshold)} (1.5 x minimum wage)");
            }
        }

        return tiers;
    }
}

internal sealed record NevadaMinimumWage(LocalDate EffectiveFrom, decimal WithHealthBenefits, decimal WithoutHealthBenefits, string Source)
{
    public static IReadOnlyList<NevadaMinimumWage> LoadSchedule()
    {
        var file = EmbeddedData.LoadAll<NevadaMinimumWageFile>("Earnings.Data", "nevada-minimum-wage").Single();
        return file.Rates
            .Select(r => new NevadaMinimumWage(LocalDatePattern.Iso.Parse(r.EffectiveFrom).Value, r.WithHealthBenefits, r.WithoutHealthBenefits, r.Source))
            .ToList();
    }

    private sealed record NevadaMinimumWageFile(string Source, IReadOnlyList<NevadaMinimumWageRow> Rates);

    private sealed record NevadaMinimumWageRow(string EffectiveFrom, decimal WithHealthBenefits, decimal WithoutHealthBenefits, string Source);
}
