using BackOffice.Scheduling.Contracts.Staffing;
using NodaTime;

namespace BackOffice.Scheduling.Staffing.Synthetic;

/// <summary>
/// Reproducible ACD history shaped like a real inbound queue, for tests, the backtest demo, the benchmark and demo data:
/// <list type="bullet">
/// <item>weekday pattern (Monday busiest, weekends short and quiet) and opening hours per day type;</item>
/// <item>two daily peaks (late morning and mid-afternoon) on a base load;</item>
/// <item>a weekly growth rate, day-to-day level noise (log-normal, σ = 6 %) and Poisson arrivals per interval;</item>
/// <item>2–6 % abandonment (worse at the peaks) and an interval AHT that is the mean of the handled calls' times.</item>
/// </list>
/// Rows carry the zone's real offsets, so spring-forward days lack an hour and fall-back days repeat one.
/// </summary>
internal sealed class SyntheticAcdHistoryGenerator : ISyntheticVolumeGenerator
{
    private static readonly string[] QueueNames = ["Sales", "Support", "Billing", "Retention", "Technical", "Claims", "Onboarding", "Collections"];

    // Relative daily volume Monday..Sunday; Monday–Friday average to 1 so MeanDailyCalls is an average weekday.
    private static readonly double[] WeekdayFactor = [1.16, 1.06, 1.0, 0.98, 0.80, 0.45, 0.30];

    public IReadOnlyList<VolumeRecord> Generate(SyntheticHistoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IntervalMinutes is not (15 or 30))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Intervals are 15 or 30 minutes.");
        }

        if (options.Weeks is < 1 or > 520 || options.Queues is < 1 or > 500 || options.MeanDailyCalls <= 0 || options.AhtSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Weeks 1–520, queues 1–500, calls and AHT above 0.");
        }

        var zone = DateTimeZoneProviders.Tzdb[options.ZoneId];
        var random = new Random(options.Seed);
        var records = new List<VolumeRecord>();
        for (var q = 0; q < options.Queues; q++)
        {
            var queue = new QueueShape(
                q < QueueNames.Length ? QueueNames[q] : $"Queue {q + 1:00}",
                q == 0 ? 1 : 0.3 + (1.3 * random.NextDouble()),
                q == 0 ? 1 : 0.8 + (0.5 * random.NextDouble()),
                q == 0 ? 0 : (random.NextDouble() - 0.5) * 1.0);
            GenerateQueue(options, zone, random, queue, records);
        }

        return records;
    }

    private static void GenerateQueue(SyntheticHistoryOptions options, DateTimeZone zone, Random random, QueueShape queue, List<VolumeRecord> records)
    {
        var slots = 24 * 60 / options.IntervalMinutes;
        var shares = new double[slots];
        for (var dayIndex = 0; dayIndex < options.Weeks * 7; dayIndex++)
        {
            var date = options.FirstDay.PlusDays(dayIndex);
            var weekday = (int)date.DayOfWeek - 1;
            var (open, close) = OpeningHours(date.DayOfWeek);
            FillShares(shares, options.IntervalMinutes, open, close, queue.PeakShiftHours);
            var maxShare = shares.Max();
            var growth = Math.Pow(1 + options.WeeklyGrowth, dayIndex / 7.0);
            var dayLevel = options.MeanDailyCalls * queue.VolumeScale * WeekdayFactor[weekday] * growth * Math.Exp(0.06 * Normal(random));

            for (var s = 0; s < slots; s++)
            {
                if (shares[s] <= 0)
                {
                    continue;
                }

                var local = date.At(LocalTime.Midnight.PlusMinutes(s * options.IntervalMinutes));
                var mapping = zone.MapLocal(local);
                for (var m = 0; m < mapping.Count; m++)
                {
                    var start = m == 0 ? mapping.First() : mapping.Last();
                    var offered = Poisson(random, dayLevel * shares[s]);
                    var abandonRate = 0.02 + (0.04 * shares[s] / maxShare);
                    var handled = 0;
                    for (var c = 0; c < offered; c++)
                    {
                        handled += random.NextDouble() < abandonRate ? 0 : 1;
                    }

                    var hour = local.Hour + (local.Minute / 60.0);
                    var slotAht = options.AhtSeconds * queue.AhtScale * (1 + (0.08 * Math.Sin(2 * Math.PI * (hour - 9) / 24)));
                    var aht = handled == 0
                        ? 0
                        : Math.Clamp(slotAht * (1 + (0.9 * Normal(random) / Math.Sqrt(handled))), 0.3 * slotAht, 3 * slotAht);
                    records.Add(new VolumeRecord(
                        queue.Name,
                        start.ToOffsetDateTime(),
                        options.IntervalMinutes,
                        offered,
                        handled,
                        Math.Round(aht, 1, MidpointRounding.AwayFromZero)));
                }
            }
        }
    }

    private static (double Open, double Close) OpeningHours(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Saturday => (8, 18),
        IsoDayOfWeek.Sunday => (9, 17),
        _ => (7, 21),
    };

    /// <summary>Share of the day's calls per slot: a base load plus two Gaussian peaks, zero outside opening hours.</summary>
    private static void FillShares(double[] shares, int intervalMinutes, double open, double close, double shift)
    {
        var total = 0.0;
        for (var s = 0; s < shares.Length; s++)
        {
            var hour = (s + 0.5) * intervalMinutes / 60.0;
            if (hour < open || hour > close)
            {
                shares[s] = 0;
                continue;
            }

            shares[s] = 0.30
                + (1.00 * Math.Exp(-Math.Pow((hour - 10.5 - shift) / 1.3, 2) / 2))
                + (0.75 * Math.Exp(-Math.Pow((hour - 14.5 - shift) / 1.6, 2) / 2));
            total += shares[s];
        }

        for (var s = 0; s < shares.Length; s++)
        {
            shares[s] /= total;
        }
    }

    /// <summary>Knuth's product method for small means; the normal approximation above 30, where it is accurate.</summary>
    private static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal(random)), MidpointRounding.AwayFromZero));
        }

        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    /// <summary>Standard normal by Box–Muller.</summary>
    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private sealed record QueueShape(string Name, double VolumeScale, double AhtScale, double PeakShiftHours);
}
