namespace BackOffice.Payroll.Earnings;

/// <summary>How one entry's hours divide into pay tiers: straight time only, time and a half, double time.</summary>
internal readonly record struct HourTiers(decimal Regular, decimal Overtime, decimal DoubleTime)
{
    public decimal Total => Regular + Overtime + DoubleTime;

    public static HourTiers AllRegular(WorkEntry entry) => new(entry.Hours, 0m, 0m);

    /// <summary>
    /// Slices hours that run from <paramref name="from"/> to <paramref name="to"/> on a running clock against tier
    /// boundaries: hours before <paramref name="overtimeAfter"/> are regular, hours past <paramref name="doubleTimeAfter"/> are double time.
    /// </summary>
    public static HourTiers Slice(decimal from, decimal to, decimal overtimeAfter, decimal? doubleTimeAfter)
    {
        var regular = Overlap(from, to, 0m, overtimeAfter);
        var overtime = Overlap(from, to, overtimeAfter, doubleTimeAfter ?? decimal.MaxValue);
        var doubleTime = doubleTimeAfter is { } dt ? Overlap(from, to, dt, decimal.MaxValue) : 0m;
        return new HourTiers(regular, overtime, doubleTime);
    }

    private static decimal Overlap(decimal from, decimal to, decimal lower, decimal upper) =>
        Math.Max(0m, Math.Min(to, upper) - Math.Max(from, lower));
}
