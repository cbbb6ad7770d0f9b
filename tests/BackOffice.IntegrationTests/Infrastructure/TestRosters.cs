using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.IntegrationTests.Infrastructure;

/// <param name="Breaks">Whether to give the shift the default template's breaks (a paid 15-minute break 2 h in and a 30-minute meal 4 h in).</param>
public sealed record TestShift(Guid Employee, LocalDate Date, LocalTime Start, int SpanMinutes, bool Breaks = true);

/// <summary>
/// Puts shifts on a team's draft week through the rostering domain (the board's edit API is another part of issue #6),
/// and publishes through the real API. Public so the browser tests, which cannot see the module's internals, can use it.
/// </summary>
public static class TestRosters
{
    /// <returns>The new shifts' ids, in the order given.</returns>
    public static async Task<IReadOnlyList<Guid>> SeedAsync(IServiceProvider services, Guid teamId, LocalDate weekStart, params TestShift[] shifts)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(shifts);
        await using var scope = services.CreateAsyncScope();
        var workspace = scope.ServiceProvider.GetRequiredService<RosterWorkspace>();
        var session = await workspace.OpenAsync(new TeamId(teamId), weekStart, create: true, CancellationToken.None);
        session.IsSuccess.Should().BeTrue(session.Error?.Message);
        var ids = new List<Guid>();
        foreach (var s in shifts)
        {
            IReadOnlyList<ShiftBreak> breaks = s.Breaks ? [new ShiftBreak(120, 15, true), new ShiftBreak(240, 30, false)] : [];
            var added = session.Value!.Week.Add(new ShiftSpec(new EmployeeId(s.Employee), s.Date, s.Start, s.SpanMinutes, breaks), ShiftOrigin.Manual);
            added.IsSuccess.Should().BeTrue(added.Error?.Message);
            ids.Add(added.Value!.Id);
        }

        await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().SaveChangesAsync();
        return ids;
    }

    /// <summary>Publishes through <c>POST …/publish</c> with the week's current version; returns the published version number.</summary>
    public static async Task<int> PublishAsync(HttpClient scheduler, Guid teamId, LocalDate weekStart, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var week = NodaTime.Text.LocalDatePattern.Iso.Format(weekStart);
        var version = JsonNode.Parse(await scheduler.GetStringAsync(new Uri($"/api/teams/{teamId}/roster/{week}", UriKind.Relative)))!["version"]!.GetValue<uint>();
        using var response = await scheduler.PostAsJsonAsync(new Uri($"/api/teams/{teamId}/roster/{week}/publish", UriKind.Relative), new { version, reason, overrideViolations = false });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["publishedVersion"]!.GetValue<int>();
    }
}
