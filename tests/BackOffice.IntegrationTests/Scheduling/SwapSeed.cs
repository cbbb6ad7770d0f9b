using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.IntegrationTests.Scheduling;

/// <summary>A shift to seed: which agent (index into the team's agents), day, start, length.</summary>
public sealed record SeedShift(int Agent, LocalDate Date, LocalTime Start, int SpanMinutes);

/// <summary>
/// Seeds published roster weeks through the domain (RosterWeek + RosterJournal.Published), the way publication will,
/// since the publication UI belongs to another part of the issue.
/// </summary>
public static class SwapSeed
{
    /// <summary>
    /// The Monday at least two weeks after today (UTC): swaps need future shifts, and the app runs on the real clock,
    /// so a fixed date would make these tests fail once it has passed.
    /// </summary>
    public static readonly LocalDate Week = SystemClock.Instance.GetCurrentInstant().InUtc().Date.PlusDays(14).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday));

    public static async Task<IReadOnlyList<Guid>> PublishAsync(BackOfficeApp app, TestTeam team, LocalDate weekStart, params SeedShift[] shifts)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var journal = scope.ServiceProvider.GetRequiredService<RosterJournal>();
        var week = RosterWeek.Create(new TeamId(team.TeamId), new SiteId(team.Site.Id), weekStart).Value!;
        db.Add(week);
        var ids = new List<Guid>();
        foreach (var s in shifts)
        {
            ids.Add(week.Add(new ShiftSpec(new EmployeeId(team.Agents[s.Agent]), s.Date, s.Start, s.SpanMinutes, []), ShiftOrigin.Manual).Value!.Id);
        }

        journal.Published(week, "seeded for a swap test", team.Agents.Select(a => new EmployeeId(a)));
        await db.SaveChangesAsync();
        return ids;
    }

    public static async Task SetRulesAsync(BackOfficeApp app, TestTeam team, bool autoApprove, int? dailyOvertimeMinutes = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var rules = SiteSchedulingRules.Defaults(new SiteId(team.Site.Id), "TX");
        rules.SwapAutoApprove = autoApprove;
        rules.DailyOvertimeAfterMinutes = dailyOvertimeMinutes;
        db.Add(rules);
        await db.SaveChangesAsync();
    }

    public static async Task BlockDayAsync(BackOfficeApp app, Guid employee, LocalDate date)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        db.Add(new AgentDayBlock { EmployeeId = new EmployeeId(employee), Date = date, Kind = DayBlockKind.TimeOff, Note = "approved after the swap was accepted" });
        await db.SaveChangesAsync();
    }

    /// <summary>A board edit somewhere else in the week: the week's concurrency token moves.</summary>
    public static async Task TouchWeekAsync(BackOfficeApp app, TestTeam team, LocalDate weekStart)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var teamId = new TeamId(team.TeamId);
        var week = await db.Set<RosterWeek>().FirstAsync(w => w.TeamId == teamId && w.WeekStart == weekStart);
        week.Touch(SystemClock.Instance.GetCurrentInstant());
        await db.SaveChangesAsync();
    }

    public static async Task<IReadOnlyList<string>> NotificationKindsAsync(BackOfficeApp app, Guid employee)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var id = new EmployeeId(employee);
        return await db.Set<Notification>().Where(n => n.EmployeeId == id).Select(n => n.Kind).ToListAsync();
    }
}
