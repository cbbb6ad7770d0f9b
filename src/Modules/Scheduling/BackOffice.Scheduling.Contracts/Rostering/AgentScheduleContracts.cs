using System.Security.Claims;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Contracts.Rostering;

/// <summary>
/// The signed-in agent's own view: their published shifts (never a draft, never a colleague's), their in-app
/// notifications, and their team's published coverage where the site allows it.
/// </summary>
public interface IAgentSchedule
{
    /// <param name="from">First day shown (site-local); today when null.</param>
    /// <param name="weeks">Weeks shown from the week containing <paramref name="from"/> (1–8).</param>
    Task<Result<MySchedule>> ScheduleAsync(ClaimsPrincipal user, LocalDate? from, int weeks, CancellationToken cancellationToken);

    Task<Result<TeamCoverageView>> TeamCoverageAsync(ClaimsPrincipal user, LocalDate weekStart, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<Result<IReadOnlyList<NotificationView>>> NotificationsAsync(ClaimsPrincipal user, int take, CancellationToken cancellationToken);

    /// <summary>Unread notifications of the caller (0 for a user without an employee record).</summary>
    Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result> MarkReadAsync(ClaimsPrincipal user, Guid notificationId, CancellationToken cancellationToken);
}

/// <param name="Today">Today in the agent's site zone.</param>
/// <param name="Next">Today's shift if one is still running or to come today, else the next published shift.</param>
public sealed record MySchedule(Guid EmployeeId, string Name, string TimeZoneId, LocalDate Today, MyShift? Next, IReadOnlyList<MyWeek> Weeks);

/// <param name="Published">False while the week is a draft (or was never rostered): no shifts are shown for it.</param>
public sealed record MyWeek(LocalDate WeekStart, bool Published, int PublishedVersion, int PaidMinutes, IReadOnlyList<MyShift> Shifts);

public sealed record MyShift(Guid Id, LocalDate Date, LocalTime Start, LocalDateTime End, int SpanMinutes, int PaidMinutes, IReadOnlyList<BreakView> Breaks);

/// <summary>The team's published coverage per interval (agents on the floor), without who is working.</summary>
public sealed record TeamCoverageView(Guid TeamId, LocalDate WeekStart, int PublishedVersion, int IntervalMinutes, IReadOnlyList<CoveragePoint> Coverage);

public sealed record NotificationView(Guid Id, Instant CreatedAt, string Kind, string Text, string? Link, bool Read);

/// <summary>
/// The agent's secret calendar subscription (RFC 5545). Only a hash of the token is stored, so the URL is shown once,
/// when created; creating again revokes the previous URL.
/// </summary>
public interface ICalendarFeeds
{
    Task<Result<CalendarFeedStatus>> StatusAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>A new secret token (the path is <c>/calendar/{token}.ics</c>); any earlier one stops working.</summary>
    Task<Result<CreatedCalendarFeed>> CreateAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    Task<Result> RevokeAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>The feed's iCalendar text, or null when the token is unknown or revoked.</summary>
    Task<string?> RenderAsync(string token, CancellationToken cancellationToken);
}

public sealed record CalendarFeedStatus(bool Active, Instant? CreatedAt, Instant? LastFetchedAt);

/// <param name="Path">The relative feed URL, <c>/calendar/{token}.ics</c>: shown once, never stored in clear.</param>
public sealed record CreatedCalendarFeed(string Token, string Path, Instant CreatedAt);
