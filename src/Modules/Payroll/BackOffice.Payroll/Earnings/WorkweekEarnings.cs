using BackOffice.Payroll.Common;
using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Earnings.Rules;

namespace BackOffice.Payroll.Earnings;

internal sealed record EarningLine(string Code, string Description, decimal? Hours, decimal? Rate, decimal Amount);

/// <summary>A workweek's pay: hour tiers per entry, the regular rate and the earning lines.</summary>
/// <param name="RegularRate">Exact (unrounded) regular rate; amounts are figured from it and rounded once per line.</param>
internal sealed record WorkweekEarnings(
    Workweek Week,
    IReadOnlyList<HourTiers> Tiers,
    decimal RegularRate,
    IReadOnlyList<EarningLine> Lines,
    IReadOnlyList<string> AppliedRules)
{
    public decimal RegularHours => Tiers.Sum(t => t.Regular);

    public decimal OvertimeHours => Tiers.Sum(t => t.Overtime);

    public decimal DoubleTimeHours => Tiers.Sum(t => t.DoubleTime);

    public decimal GrossPay => Lines.Sum(l => l.Amount);

    public OvertimeResultDto ToDto() => new(
        Amounts.Hours(RegularHours),
        Amounts.Hours(OvertimeHours),
        Amounts.Hours(DoubleTimeHours),
        Amounts.DisplayRate(RegularRate),
        Amounts.Cents(GrossPay),
        Lines.Select(l => new EarningLineDto(
            l.Code,
            l.Description,
            l.Hours is { } h ? Amounts.Hours(h) : null,
            l.Rate is { } r ? Amounts.DisplayRate(r) : null,
            l.Amount)).ToList(),
        AppliedRules);
}

/// <summary>
/// Pays a workweek the way 29 CFR 778.110 lays it out: every hour at its own straight-time rate, plus the
/// nondiscretionary bonus, plus for each overtime hour half the regular rate and for each double-time hour the full
/// regular rate again. The regular rate is all straight-time pay plus the bonus over all hours worked (778.109,
/// 778.110(b)), which with several rates is their weighted average (778.115). Each line is rounded to cents, half away
/// from zero, on its own; gross is the sum of the rounded lines.
/// </summary>
internal sealed class OvertimeEngine(OvertimeRuleCatalog rules)
{
    public const decimal OvertimePremiumFactor = 0.5m;
    public const decimal DoubleTimePremiumFactor = 1.0m;

    public WorkweekEarnings Calculate(Workweek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var notes = new List<string>();
        var daily = rules.DailyRuleFor(week.State);
        var tiers = daily?.Classify(week, notes) ?? week.Entries.Select(HourTiers.AllRegular).ToArray();
        FlsaWeeklyOvertimeRule.Apply(week.Entries, tiers);
        notes.Add(FlsaWeeklyOvertimeRule.Description);

        var totalHours = week.TotalHours;
        var straightTimePay = week.Entries.Sum(e => e.Hours * e.Rate);
        var regularRate = totalHours == 0m ? 0m : (straightTimePay + week.NondiscretionaryBonus) / totalHours;

        var lines = new List<EarningLine>();
        foreach (var atRate in week.Entries.Where(e => e.Hours > 0m).GroupBy(e => e.Rate))
        {
            var hours = atRate.Sum(e => e.Hours);
            lines.Add(new EarningLine(
                EarningCodes.StraightTime,
                $"Straight time at {Amounts.DisplayRate(atRate.Key)}",
                hours,
                atRate.Key,
                Amounts.Cents(hours * atRate.Key)));
        }

        if (week.NondiscretionaryBonus > 0m)
        {
            lines.Add(new EarningLine(
                EarningCodes.NondiscretionaryBonus,
                "Nondiscretionary bonus (in the regular rate, 29 CFR 778.110(b))",
                null,
                null,
                Amounts.Cents(week.NondiscretionaryBonus)));
        }

        var overtimeHours = tiers.Sum(t => t.Overtime);
        if (overtimeHours > 0m)
        {
            var premium = OvertimePremiumFactor * regularRate;
            lines.Add(new EarningLine(
                EarningCodes.OvertimePremium,
                "Overtime premium: 0.5 x regular rate (1.5x in total)",
                overtimeHours,
                premium,
                Amounts.Cents(overtimeHours * premium)));
        }

        var doubleTimeHours = tiers.Sum(t => t.DoubleTime);
        if (doubleTimeHours > 0m)
        {
            var premium = DoubleTimePremiumFactor * regularRate;
            lines.Add(new EarningLine(
                EarningCodes.DoubleTimePremium,
                "Double-time premium: 1.0 x regular rate (2x in total)",
                doubleTimeHours,
                premium,
                Amounts.Cents(doubleTimeHours * premium)));
        }

        return new WorkweekEarnings(week, tiers, regularRate, lines, notes);
    }
}

internal sealed class OvertimeCalculator(OvertimeEngine engine) : IOvertimeCalculator
{
    public SharedKernel.Result<OvertimeResultDto> Calculate(TimecardDto timecard)
    {
        if (timecard is null)
        {
            return new SharedKernel.Error(PayrollErrorCodes.TimecardInvalid, "A timecard is required.");
        }

        var week = Workweek.Create(timecard);
        return week.IsSuccess ? engine.Calculate(week.Value!).ToDto() : week.Error!;
    }
}
