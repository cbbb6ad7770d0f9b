using BackOffice.Scheduling.Contracts.Staffing;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Staffing;

/// <summary>Readable history for forecast tests: a fixed −06:00 offset and figures given per local date and slot start.</summary>
internal sealed class VolumeHistoryBuilder
{
    private readonly List<VolumeRecord> _records = [];
    private string _queue = "Sales";
    private readonly int _intervalMinutes = 30;

    public static LocalDate Monday(int week) => new LocalDate(2026, 1, 5).PlusWeeks(week);

    public VolumeHistoryBuilder ForQueue(string queue)
    {
        _queue = queue;
        return this;
    }

    /// <summary>Adds every slot between <paramref name="open"/> and <paramref name="close"/> of the given days.</summary>
    public VolumeHistoryBuilder WithDays(LocalDate first, int days, Func<LocalDate, LocalTime, int> offered, Func<LocalDate, LocalTime, double>? aht = null, int open = 9, int close = 17)
    {
        for (var d = 0; d < days; d++)
        {
            var date = first.PlusDays(d);
            for (var time = new LocalTime(open, 0); time < new LocalTime(close, 0); time = time.PlusMinutes(_intervalMinutes))
            {
                var calls = offered(date, time);
                _records.Add(new VolumeRecord(
                    _queue,
                    new OffsetDateTime(date.At(time), Offset.FromHours(-6)),
                    _intervalMinutes,
                    calls,
                    calls,
                    aht?.Invoke(date, time) ?? 180));
            }
        }

        return this;
    }

    public VolumeHistoryBuilder WithRecord(LocalDate date, LocalTime time, int offered, int handled, double aht)
    {
        _records.Add(new VolumeRecord(_queue, new OffsetDateTime(date.At(time), Offset.FromHours(-6)), _intervalMinutes, offered, handled, aht));
        return this;
    }

    public List<VolumeRecord> Build() => [.. _records];
}
