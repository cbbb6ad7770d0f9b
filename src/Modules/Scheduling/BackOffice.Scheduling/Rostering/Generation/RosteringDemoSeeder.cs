using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Generation;

/// <summary>
/// Scheduling set-up for the demo call center, so "Generate" works out of the box: each site's rules (the state's daily
/// overtime threshold from <see cref="SiteSchedulingRules.Defaults"/>, e.g. 8 h in California), one shift template per
/// site (starts every 30 min 06:00–14:00; 4, 6, 8 or 10 paid hours; a 30-min unpaid meal from 6 h; a 15-min paid break per
/// 4 h), and each team's forecast queue. Teams are spread over the demo queues; each team's share of its queue is sized so
/// that the team's required hours are about 85 % of its agents' mid-contract hours (a realistic, coverable load).
/// Runs after the volume seed; adds only what is missing.
/// </summary>
internal sealed class RosteringDemoSeeder(SchedulingDbContext db, IEmployeeDirectory directory, IForecastService forecasts, IClock clock) : IRosteringDemoSeeder
{
    private const decimal TargetLoad = 0.85m;

    public async Task<RosteringDemoSeedResult> SeedAsync(CancellationToken cancellationToken)
    {
        var sites = await directory.SitesAsync(cancellationToken).ConfigureAwait(false);
        var teams = await directory.TeamsAsync(cancellationToken).ConfigureAwait(false);
        var queues = await forecasts.QueuesAsync(cancellationToken).ConfigureAwait(false);
        int rules = 0, templates = 0, mappings = 0;
        foreach (var site in sites)
        {
            var id = new SiteId(site.Id);
            if (!await db.Set<SiteSchedulingRules>().AnyAsync(r => r.SiteId == id, cancellationToken).ConfigureAwait(false))
            {
                db.Add(SiteSchedulingRules.Defaults(id, site.Address.State ?? ""));
                rules++;
            }

            if (!await db.Set<ShiftTemplateDefinition>().AnyAsync(t => t.SiteId == id, cancellationToken).ConfigureAwait(false))
            {
                db.Add(DayShifts(id));
                templates++;
            }
        }

        if (queues.Count > 0)
        {
            var today = clock.GetCurrentInstant().InUtc().Date;
            var nextMonday = today.Next(IsoDayOfWeek.Monday);
            var demand = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var ordered = teams.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var team = ordered[i];
                var teamId = new TeamId(team.Id);
                if (await db.Set<TeamQueueAssignment>().AnyAsync(q => q.TeamId == teamId, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                var queue = queues[i % queues.Count];
                if (!demand.TryGetValue(queue, out var hours))
                {
                    hours = await WeeklyRequiredHoursAsync(queue, nextMonday, cancellationToken).ConfigureAwait(false);
                    demand[queue] = hours;
                }

                var agents = (await directory.ListAsync(new EmployeeQuery(TeamId: teamId), today, cancellationToken).ConfigureAwait(false))
                    .Where(a => a.Id.Value != team.SupervisorId).ToList();
                var capacity = agents.Sum(a => ((a.Contract?.MinWeeklyMinutes ?? 0) + (a.Contract?.MaxWeeklyMinutes ?? 2400)) / 2m) / 60m;
                db.Add(new TeamQueueAssignment { TeamId = teamId, Queue = queue, RequirementSharePercent = SharePercent(capacity, hours) });
                mappings++;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new RosteringDemoSeedResult(rules, templates, mappings);
    }

    /// <summary>The share (1–100 %) of a queue's weekly required hours that loads a team to <see cref="TargetLoad"/> of its capacity.</summary>
    public static int SharePercent(decimal teamCapacityHours, decimal queueRequiredHours) =>
        queueRequiredHours <= 0
            ? 100
            : (int)Math.Clamp(Math.Round(100m * TargetLoad * teamCapacityHours / queueRequiredHours, 0, MidpointRounding.AwayFromZero), 1m, 100m);

    public static ShiftTemplateDefinition DayShifts(SiteId site) => new()
    {
        SiteId = site,
        Name = "Day shifts",
        EarliestStart = new LocalTime(6, 0),
        LatestStart = new LocalTime(14, 0),
        StepMinutes = 30,
        PaidLengths = "240,360,480,600",
        LunchMinutes = 30,
        LunchFromPaidMinutes = 360,
        PaidBreakMinutes = 15,
        PaidBreakEveryMinutes = 240,
    };

    private async Task<decimal> WeeklyRequiredHoursAsync(string queue, LocalDate weekStart, CancellationToken ct)
    {
        var forecast = await forecasts.ForecastAsync(queue, weekStart, 1, ct).ConfigureAwait(false);
        return forecast.IsSuccess
            ? forecast.Value!.Intervals.Sum(i => (decimal)i.Requirement.ScheduledAgents) * forecast.Value.IntervalMinutes / 60m
            : 0m;
    }
}
