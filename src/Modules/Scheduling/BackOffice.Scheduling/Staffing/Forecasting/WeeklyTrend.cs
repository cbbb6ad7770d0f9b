using NodaTime;

namespace BackOffice.Scheduling.Staffing.Forecasting;

/// <summary>
/// Growth of daily volume, fitted as ln(daily calls) = weekday level + g·day by least squares with the weekday
/// levels removed (each weekday centred on its own means), so a missing or excluded day does not bias the slope the way
/// comparing weekly totals would. The weekly factor e^{7g} is clamped to 1 ± the cap so a short or noisy history
/// cannot run away.
/// </summary>
internal static class WeeklyTrend
{
    private const int MinimumDays = 14;

    /// <returns>The daily log growth rate g (0 when there is too little data).</returns>
    public static double FitDailyLogGrowth(IEnumerable<(LocalDate Date, double Total)> days, LocalDate origin, double maxWeeklyChange)
    {
        var points = days.Where(d => d.Total > 0).ToList();
        if (points.Count < MinimumDays)
        {
            return 0;
        }

        double numerator = 0, denominator = 0;
        foreach (var weekday in points.GroupBy(p => p.Date.DayOfWeek))
        {
            var group = weekday.Select(p => (T: (double)Period.DaysBetween(origin, p.Date), Y: Math.Log(p.Total))).ToList();
            var meanT = group.Average(p => p.T);
            var meanY = group.Average(p => p.Y);
            foreach (var (t, y) in group)
            {
                numerator += (t - meanT) * (y - meanY);
                denominator += (t - meanT) * (t - meanT);
            }
        }

        if (denominator <= 0)
        {
            return 0;
        }

        var weekly = Math.Exp(7 * numerator / denominator);
        weekly = Math.Clamp(weekly, 1 - maxWeeklyChange, 1 + maxWeeklyChange);
        return Math.Log(weekly) / 7;
    }
}
