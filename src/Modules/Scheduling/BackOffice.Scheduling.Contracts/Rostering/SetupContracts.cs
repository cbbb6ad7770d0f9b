using System.Security.Claims;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Contracts.Rostering;

/// <summary>
/// The inputs of roster generation that schedulers and agents maintain: a site's rules and shift templates, which
/// queue a team staffs, agents' weekly availability and wishes, and the days an agent must not be scheduled.
/// Every method authorizes the caller by role and by object; an object the caller may not see is "not found".
/// </summary>
public interface IRosterSetup
{
    /// <summary>The site's rules; a site never configured gets the defaults (with its state's daily overtime threshold) and a null version.</summary>
    Task<SetupResult<SiteRulesDto>> GetSiteRulesAsync(SiteId site, CancellationToken cancellationToken);

    /// <summary>Saves the rules; <see cref="SiteRulesInput.Version"/> must be the one read (null for a site never saved), else a conflict.</summary>
    Task<SetupResult<SiteRulesDto>> SaveSiteRulesAsync(SiteId site, SiteRulesInput input, CancellationToken cancellationToken);

    Task<SetupResult<IReadOnlyList<ShiftTemplateDto>>> ListTemplatesAsync(SiteId site, CancellationToken cancellationToken);

    Task<SetupResult<ShiftTemplateDto>> CreateTemplateAsync(SiteId site, ShiftTemplateInput input, CancellationToken cancellationToken);

    Task<SetupResult<ShiftTemplateDto>> UpdateTemplateAsync(Guid templateId, ShiftTemplateInput input, CancellationToken cancellationToken);

    Task<SetupResult<bool>> DeleteTemplateAsync(Guid templateId, uint? version, CancellationToken cancellationToken);

    /// <summary>The shifts an unsaved template would produce (count and examples with planned breaks), for the form's preview.</summary>
    SetupResult<TemplatePreviewDto> Preview(ShiftTemplateInput input);

    /// <summary>Each team of the site with the queue it staffs (null when none is set).</summary>
    Task<SetupResult<IReadOnlyList<TeamQueueDto>>> TeamQueuesAsync(SiteId site, CancellationToken cancellationToken);

    Task<SetupResult<TeamQueueDto>> SetTeamQueueAsync(TeamId team, TeamQueueInput input, CancellationToken cancellationToken);

    Task<SetupResult<AvailabilityDto>> GetAvailabilityAsync(EmployeeId employee, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Replaces the employee's weekly windows and preferences as a whole; nothing is saved when any entry is invalid.</summary>
    Task<SetupResult<AvailabilityDto>> SaveAvailabilityAsync(EmployeeId employee, AvailabilityInput input, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Blocked days from <paramref name="from"/> through <paramref name="to"/> (inclusive).</summary>
    Task<SetupResult<IReadOnlyList<DayBlockDto>>> DayBlocksAsync(EmployeeId employee, LocalDate from, LocalDate to, ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<SetupResult<DayBlockDto>> AddDayBlockAsync(EmployeeId employee, DayBlockInput input, ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<SetupResult<bool>> RemoveDayBlockAsync(EmployeeId employee, LocalDate date, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>A team's agents with their availability and blocked days from <paramref name="from"/> through <paramref name="to"/>.</summary>
    Task<SetupResult<TeamAvailabilityDto>> TeamAvailabilityAsync(TeamId team, LocalDate from, LocalDate to, ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>
/// A value, or an error with the messages per field (<c>minRestMinutes</c>, <c>windows[1].until</c>) that made a request
/// invalid, so a form and an API client can both show each message next to its field.
/// </summary>
public sealed record SetupResult<T>(T? Value, Error? Error, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoFields = new Dictionary<string, string[]>();

    public bool IsSuccess => Error is null;

    public static SetupResult<T> Ok(T value) => new(value, null, NoFields);

    public static SetupResult<T> Fail(Error error, IReadOnlyDictionary<string, string[]>? fields = null) =>
        new(default, error ?? throw new ArgumentNullException(nameof(error)), fields ?? NoFields);

    public static implicit operator SetupResult<T>(Error error) => Fail(error);
}

/// <param name="Version">Null while the site runs on defaults (no saved row).</param>
/// <param name="StateDailyOvertimeAfterMinutes">What the site's state law sets (null: no daily overtime), for reference next to the site's value.</param>
public sealed record SiteRulesDto(
    Guid SiteId,
    string WorkState,
    int IntervalMinutes,
    int MinRestMinutes,
    int MaxDailyPaidMinutes,
    int MaxConsecutiveDays,
    int WeeklyOvertimeAfterMinutes,
    int? DailyOvertimeAfterMinutes,
    int? StateDailyOvertimeAfterMinutes,
    int PublishLeadDays,
    bool SwapAutoApprove,
    int SwapMaxUnderCoverIncrease,
    bool AgentsSeeTeamCoverage,
    uint? Version);

public sealed record SiteRulesInput(
    int IntervalMinutes,
    int MinRestMinutes,
    int MaxDailyPaidMinutes,
    int MaxConsecutiveDays,
    int WeeklyOvertimeAfterMinutes,
    int? DailyOvertimeAfterMinutes,
    int PublishLeadDays,
    bool SwapAutoApprove,
    int SwapMaxUnderCoverIncrease,
    bool AgentsSeeTeamCoverage,
    uint? Version);

/// <param name="EarliestStart">Local time, <c>HH:mm</c>.</param>
/// <param name="PaidLengths">Paid minutes of each allowed length (60–720).</param>
/// <param name="Version">Required to update; ignored on create.</param>
public sealed record ShiftTemplateInput(
    string? Name,
    string? Queue,
    string? EarliestStart,
    string? LatestStart,
    int StepMinutes,
    IReadOnlyList<int>? PaidLengths,
    int LunchMinutes,
    int LunchFromPaidMinutes,
    int LunchEarliestAfterMinutes,
    int LunchLatestAfterMinutes,
    int PaidBreakMinutes,
    int PaidBreakEveryMinutes,
    bool Active = true,
    uint? Version = null);

public sealed record ShiftTemplateDto(
    Guid Id,
    Guid SiteId,
    string Name,
    string? Queue,
    string EarliestStart,
    string LatestStart,
    int StepMinutes,
    IReadOnlyList<int> PaidLengths,
    int LunchMinutes,
    int LunchFromPaidMinutes,
    int LunchEarliestAfterMinutes,
    int LunchLatestAfterMinutes,
    int PaidBreakMinutes,
    int PaidBreakEveryMinutes,
    bool Active,
    uint Version,
    TemplatePreviewDto Preview);

/// <param name="ShiftCount">Distinct shifts (start × paid length) the template allows per day.</param>
public sealed record TemplatePreviewDto(int ShiftCount, IReadOnlyList<PreviewShiftDto> Examples);

/// <param name="Start"><c>HH:mm</c>.</param>
/// <param name="End"><c>HH:mm</c>, with <c>+1</c> when it ends the next day.</param>
public sealed record PreviewShiftDto(string Start, string End, int PaidMinutes, int SpanMinutes, IReadOnlyList<PreviewBreakDto> Breaks);

/// <param name="Start"><c>HH:mm</c>.</param>
public sealed record PreviewBreakDto(string Start, int Minutes, bool Paid);

public sealed record TeamQueueInput(string? Queue, int RequirementSharePercent);

/// <param name="Queue">Null when the team has no queue yet (its coverage chart stays empty).</param>
public sealed record TeamQueueDto(Guid TeamId, string TeamName, string? Queue, int RequirementSharePercent);

/// <param name="Day">ISO weekday name (<c>Monday</c>…<c>Sunday</c>).</param>
/// <param name="From"><c>HH:mm</c>.</param>
/// <param name="Until"><c>HH:mm</c>; <c>00:00</c> means until midnight (end of the day).</param>
public sealed record AvailabilityWindowDto(string? Day, string? From, string? Until);

/// <summary>A wish on a weekday or a date: a day off, or a start/end window. Weight 1–100 (the pages use 5 low, 10 medium, 20 high).</summary>
public sealed record PreferenceDto(string? Day, string? Date, bool WantsOff, string? EarliestStart, string? LatestEnd, int Weight);

public sealed record AvailabilityInput(IReadOnlyList<AvailabilityWindowDto>? Windows, IReadOnlyList<PreferenceDto>? Preferences);

/// <param name="Windows">Empty means available at any time.</param>
public sealed record AvailabilityDto(Guid EmployeeId, string Name, IReadOnlyList<AvailabilityWindowDto> Windows, IReadOnlyList<PreferenceDto> Preferences);

/// <param name="Kind"><c>TimeOff</c> (approved time off) or <c>Unavailable</c>.</param>
public sealed record DayBlockInput(string? Date, string? Kind, string? Note);

public sealed record DayBlockDto(Guid EmployeeId, LocalDate Date, string Kind, string? Note);

public sealed record TeamAvailabilityDto(Guid TeamId, string TeamName, LocalDate From, LocalDate To, IReadOnlyList<AgentAvailabilityDto> Agents);

public sealed record AgentAvailabilityDto(AvailabilityDto Availability, IReadOnlyList<DayBlockDto> Blocks);
