using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Staffing.Forecasting;

/// <summary>
/// One queue's history folded onto local days × wall-clock slots. A day with any row is a day with data, and its
/// slots without rows had no calls; a day without rows is unknown, never zero. On a DST fall-back day the two
/// 01:xx hours share slots, so their calls are added.
/// </summary>
internal sealed class VolumeHistoryIndex
{
    private readonly Dictionary<LocalDate, DayVolume> _days;

    private VolumeHistoryIndex(int intervalMinutes, Dictionary<LocalDate, DayVolume> days, double overallAhtSeconds)
    {
        IntervalMinutes = intervalMinutes;
        _days = days;
        OverallAhtSeconds = overallAhtSeconds;
    }

    public int IntervalMinutes { get; }

    public int SlotsPerDay => 24 * 60 / IntervalMinutes;

    /// <summary>Handled-weighted AHT over the whole history, the last fallback for slots and days without handled calls.</summary>
    public double OverallAhtSeconds { get; }

    public IEnumerable<LocalDate> Days => _days.Keys;

    public LocalDate LastDay => _days.Keys.Max();

    public static Result<VolumeHistoryIndex> Build(string queue, IEnumerable<VolumeRecord> history)
    {
        var records = history.Where(r => string.Equals(r.Queue, queue, StringComparison.Ordinal)).ToList();
        if (records.Count == 0)
        {
            return new Error("forecast.no_history", $"There is no volume history for queue '{queue}'.");
        }

        var minutes = records[0].IntervalMinutes;
        if (minutes is not (15 or 30) || records.Any(r => r.IntervalMinutes != minutes))
        {
            return new Error("forecast.mixed_intervals", $"Queue '{queue}' history must use one interval length, 15 or 30 minutes.");
        }

        var slots = 24 * 60 / minutes;
        var days = new Dictionary<LocalDate, DayVolume>();
        double handledSeconds = 0, handled = 0;
        foreach (var record in records)
        {
            var local = record.IntervalStart.LocalDateTime;
            if (!days.TryGetValue(local.Date, out var day))
            {
                day = new DayVolume(slots);
                days.Add(local.Date, day);
            }

            var slot = ((local.Hour * 60) + local.Minute) / minutes;
            day.Offered[slot] += record.Offered;
            day.Handled[slot] += record.Handled;
            day.HandledSeconds[slot] += record.Handled * record.AhtSeconds;
            handled += record.Handled;
            handledSeconds += record.Handled * record.AhtSeconds;
        }

        if (handled <= 0)
        {
            return new Error("forecast.no_handled_calls", $"Queue '{queue}' history has no handled calls, so there is no AHT to forecast.");
        }

        return new VolumeHistoryIndex(minutes, days, handledSeconds / handled);
    }

    public bool TryGetDay(LocalDate date, out DayVolume day) => _days.TryGetValue(date, out day!);
}

internal sealed class DayVolume(int slots)
{
    public double[] Offered { get; } = new double[slots];

    public double[] Handled { get; } = new double[slots];

    /// <summary>Handled calls × AHT per slot, so AHTs can be averaged weighted by calls.</summary>
    public double[] HandledSeconds { get; } = new double[slots];

    public double TotalOffered => Offered.Sum();
}
