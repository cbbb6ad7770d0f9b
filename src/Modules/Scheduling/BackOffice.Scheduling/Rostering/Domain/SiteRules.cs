using System.Globalization;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Persistence;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Domain;

/// <summary>
/// A site's scheduling policy: rest, limits, overtime thresholds for the pre-publication flag, publication lead time,
/// swap policy and what agents may see. One row per site; a site without a row uses <see cref="Defaults"/>.
/// </summary>
internal sealed class SiteSchedulingRules : IVersioned, IAuditable
{
    public SiteId SiteId { get; set; }

    public int IntervalMinutes { get; set; } = 30;

    public int MinRestMinutes { get; set; } = 660;

    public int MaxDailyPaidMinutes { get; set; } = 600;

    public int MaxConsecutiveDays { get; set; } = 6;

    /// <summary>Weekly paid minutes above which the board flags overtime (FLSA: 40 hours).</summary>
    public int WeeklyOvertimeAfterMinutes { get; set; } = 2400;

    /// <summary>The state's daily overtime threshold, if it has one (California: 8 hours); null = none.</summary>
    public int? DailyOvertimeAfterMinutes { get; set; }

    /// <summary>Publishing a week later than this many days before it starts needs a reason.</summary>
    public int PublishLeadDays { get; set; } = 14;

    public bool SwapAutoApprove { get; set; }

    /// <summary>Auto-approval also needs the swap to add no more than this many agent-intervals of under-cover.</summary>
    public int SwapMaxUnderCoverIncrease { get; set; }

    public bool AgentsSeeTeamCoverage { get; set; }

    public uint Version { get; set; }

    public static SiteSchedulingRules Defaults(SiteId site, string workState) => new()
    {
        SiteId = site,
        DailyOvertimeAfterMinutes = StateDailyOvertime.ThresholdMinutes(workState),
    };
}

/// <summary>
/// States whose wage law makes hours over a daily threshold overtime, so the board can warn before publishing.
/// Sources: Cal. Lab. Code §510 (8 h), Alaska Stat. §23.10.060 (8 h), Nev. Rev. Stat. §608.018 (8 h, for lower-paid
/// employees), Colorado COMPS Order #39 (12 h).
/// </summary>
internal static class StateDailyOvertime
{
    public static int? ThresholdMinutes(string? state) => state?.ToUpperInvariant() switch
    {
        "CA" or "AK" or "NV" => 480,
        "CO" => 720,
        _ => null,
    };
}

/// <summary>
/// Allowed shifts at a site (optionally for one queue): starts every <see cref="StepMinutes"/> between the earliest and
/// latest start, for each paid length, with the site's break and lunch placement.
/// </summary>
internal sealed class ShiftTemplateDefinition : IVersioned, IAuditable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public SiteId SiteId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Null = every queue of the site.</summary>
    public string? Queue { get; set; }

    public LocalTime EarliestStart { get; set; } = new(6, 0);

    public LocalTime LatestStart { get; set; } = new(14, 0);

    public int StepMinutes { get; set; } = 30;

    /// <summary>Paid lengths in minutes, comma-separated (<c>240,360,480,600</c>).</summary>
    public string PaidLengths { get; set; } = "480";

    /// <summary>Unpaid meal given to shifts with at least <see cref="LunchFromPaidMinutes"/> paid.</summary>
    public int LunchMinutes { get; set; } = 30;

    public int LunchFromPaidMinutes { get; set; } = 360;

    /// <summary>The meal starts no earlier than this many minutes into the shift…</summary>
    public int LunchEarliestAfterMinutes { get; set; } = 180;

    /// <summary>…and no later than this (California: before the end of the 5th hour).</summary>
    public int LunchLatestAfterMinutes { get; set; } = 300;

    /// <summary>A paid rest break of this length per full <see cref="PaidBreakEveryMinutes"/> of paid time (0 = none).</summary>
    public int PaidBreakMinutes { get; set; } = 15;

    public int PaidBreakEveryMinutes { get; set; } = 240;

    public bool Active { get; set; } = true;

    public uint Version { get; set; }

    public IReadOnlyList<int> PaidLengthList =>
        PaidLengths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();

    public Result Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return new Error("template.name_required", "A shift template needs a name.");
        }

        if (StepMinutes is < 5 or > 240 || LatestStart < EarliestStart)
        {
            return new Error("template.invalid_starts", "Starts need a step of 5–240 minutes and a latest start at or after the earliest.");
        }

        var lengths = PaidLengths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lengths.Length == 0 || lengths.Any(l => !int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 60 or > 720))
        {
            return new Error("template.invalid_lengths", "Paid lengths are whole minutes between 60 and 720, comma-separated.");
        }

        if (LunchMinutes < 0 || LunchEarliestAfterMinutes > LunchLatestAfterMinutes || PaidBreakMinutes < 0 || (PaidBreakMinutes > 0 && PaidBreakEveryMinutes < 60))
        {
            return new Error("template.invalid_breaks", "Break and meal rules are inconsistent (meal window reversed, or breaks more often than hourly).");
        }

        return Result.Success();
    }
}

/// <summary>Which forecast queue a team staffs, and the share of that queue's requirement it covers.</summary>
internal sealed class TeamQueueAssignment : IAuditable
{
    public TeamId TeamId { get; set; }

    public string Queue { get; set; } = "";

    /// <summary>1–100: a queue served by three equal teams gives each about a third.</summary>
    public int RequirementSharePercent { get; set; } = 100;
}

/// <summary>When an agent may work on a weekday (local times; <see cref="Until"/> midnight = end of day).</summary>
internal sealed class AvailabilityWindowRow
{
    public long Id { get; set; }

    public EmployeeId EmployeeId { get; set; }

    public IsoDayOfWeek Day { get; set; }

    public LocalTime From { get; set; }

    public LocalTime Until { get; set; }
}

/// <summary>A weighted wish: a day off, or a start/end window, on a weekday or a date.</summary>
internal sealed class AgentPreferenceRow
{
    public long Id { get; set; }

    public EmployeeId EmployeeId { get; set; }

    public IsoDayOfWeek? Day { get; set; }

    public LocalDate? Date { get; set; }

    public bool WantsOff { get; set; }

    public LocalTime? EarliestStart { get; set; }

    public LocalTime? LatestEnd { get; set; }

    public int Weight { get; set; } = 10;
}

internal enum DayBlockKind
{
    /// <summary>Approved time off: never scheduled.</summary>
    TimeOff,

    /// <summary>Another reason the agent cannot work that day (training off-site, jury duty).</summary>
    Unavailable,
}

/// <summary>A day an agent must not be scheduled; approved time off lands here.</summary>
internal sealed class AgentDayBlock : IAuditable
{
    public EmployeeId EmployeeId { get; set; }

    public LocalDate Date { get; set; }

    public DayBlockKind Kind { get; set; }

    public string? Note { get; set; }
}
