using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Persistence;
using NodaTime;

namespace BackOffice.Scheduling.Persistence;

/// <summary>A queue's staffing policy and site; edits are audited and guarded by optimistic concurrency.</summary>
internal sealed class QueueSettingsRow : IVersioned, IAuditable
{
    public const int MaxQueueLength = 100;

    public string Queue { get; set; } = "";

    public int IntervalMinutes { get; set; }

    public double ServiceLevelTarget { get; set; }

    public double AnswerWithinSeconds { get; set; }

    public double? MaxOccupancy { get; set; }

    public decimal Shrinkage { get; set; }

    /// <summary>Per-weekday shrinkage as <c>Monday=0.35;Saturday=0.4</c>; null when the queue-wide figure applies every day.</summary>
    public string? ShrinkageByDayOfWeek { get; set; }

    public double? PatienceSeconds { get; set; }

    /// <summary>TZDB id of the site, used to place local forecast intervals on the time line.</summary>
    public string TimeZoneId { get; set; } = "";

    public uint Version { get; set; }
}

/// <summary>
/// One ACD interval. The instant is the key; the original UTC offset is kept beside it because PostgreSQL's
/// timestamptz drops offsets, and without it a re-imported row would no longer compare equal to its source.
/// </summary>
internal sealed class VolumeRow
{
    public string Queue { get; set; } = "";

    public Instant IntervalStart { get; set; }

    public int UtcOffsetSeconds { get; set; }

    public int IntervalMinutes { get; set; }

    public int Offered { get; set; }

    public int Handled { get; set; }

    public double AhtSeconds { get; set; }
}

/// <summary>A holiday, outage or campaign day the forecast must not learn from.</summary>
internal sealed class ExceptionDayRow : IAuditable
{
    public string Queue { get; set; } = "";

    public LocalDate Date { get; set; }
}

internal sealed class DayUpliftRow : IAuditable
{
    public string Queue { get; set; } = "";

    public LocalDate Date { get; set; }

    public double Percent { get; set; }
}

internal sealed class IntervalOverrideRow : IAuditable
{
    public string Queue { get; set; } = "";

    public LocalDate Date { get; set; }

    public LocalTime Start { get; set; }

    public double? OfferedCalls { get; set; }

    public double? AhtSeconds { get; set; }
}
