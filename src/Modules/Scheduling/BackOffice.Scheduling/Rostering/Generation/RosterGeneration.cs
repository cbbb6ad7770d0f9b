using System.Text.Json;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Generation;

/// <summary>
/// One request to generate a team's roster for 1–6 weeks, and what became of it. The row is the job's whole state: a
/// host that restarts re-creates the job from it. It is deliberately not versioned: the running job writes progress
/// and the scheduler's cancel writes a flag, each touching only its own columns (targeted updates), so neither
/// conflicts with the other.
/// </summary>
internal sealed class RosterGeneration
{
    public const int MaxWeeks = 6;
    public const int MaxSeconds = 600;

    private RosterGeneration()
    {
    }

    public Guid Id { get; private set; }

    public TeamId TeamId { get; private set; }

    public LocalDate WeekStart { get; private set; }

    public int Weeks { get; private set; }

    public int Seconds { get; private set; }

    public RosterGenerationStatus Status { get; set; }

    public string RequestedBy { get; private set; } = "";

    public Instant RequestedAt { get; private set; }

    public Instant? StartedAt { get; set; }

    public Instant? FinishedAt { get; set; }

    public long? Objective { get; set; }

    public long? Bound { get; set; }

    public long? UnderCover { get; set; }

    public long? UnderCoverBound { get; set; }

    public int Shifts { get; set; }

    /// <summary>Improving objectives as JSON <c>[[seconds, objective], …]</c>.</summary>
    public string ProgressJson { get; set; } = "[]";

    public bool CancelRequested { get; set; }

    /// <summary>The engine's explanation lines (infeasible) as JSON, else empty.</summary>
    public string ExplanationJson { get; set; } = "[]";

    public string? Message { get; set; }

    public bool IsLive => Status is RosterGenerationStatus.Queued or RosterGenerationStatus.Running;

    public LocalDate LastDay => WeekStart.PlusWeeks(Weeks).PlusDays(-1);

    public static Result<RosterGeneration> Request(TeamId team, LocalDate weekStart, int weeks, int seconds, string requestedBy, Instant at)
    {
        if (weekStart.DayOfWeek != IsoDayOfWeek.Monday)
        {
            return new Error("generation.week_not_monday", $"A roster week starts on a Monday; {weekStart:uuuu-MM-dd} is a {weekStart.DayOfWeek}.");
        }

        if (weeks is < 1 or > MaxWeeks)
        {
            return new Error("generation.invalid_weeks", $"Generate 1 to {MaxWeeks} weeks at a time (asked for {weeks}).");
        }

        if (seconds is < 1 or > MaxSeconds)
        {
            return new Error("generation.invalid_seconds", $"The time limit is 1 to {MaxSeconds} seconds (asked for {seconds}).");
        }

        return new RosterGeneration
        {
            Id = Guid.NewGuid(),
            TeamId = team,
            WeekStart = weekStart,
            Weeks = weeks,
            Seconds = seconds,
            Status = RosterGenerationStatus.Queued,
            RequestedBy = requestedBy,
            RequestedAt = at,
        };
    }

    /// <summary>Whether this generation's weeks overlap [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public bool Overlaps(LocalDate from, LocalDate to) => WeekStart <= to && LastDay >= from;

    public IReadOnlyList<GenerationProgressPoint> Progress() => ReadProgress(ProgressJson);

    public IReadOnlyList<string> Explanation() => JsonSerializer.Deserialize<List<string>>(ExplanationJson) ?? [];

    public static string WriteProgress(IEnumerable<GenerationProgressPoint> points) =>
        JsonSerializer.Serialize(points.Select(p => new[] { Math.Round(p.Seconds, 2, MidpointRounding.AwayFromZero), p.Objective }));

    public static IReadOnlyList<GenerationProgressPoint> ReadProgress(string json) =>
        (JsonSerializer.Deserialize<List<double[]>>(json) ?? []).Select(p => new GenerationProgressPoint(p[0], (long)p[1])).ToList();

    public RosterGenerationView ToView(string teamName) => new(
        Id, TeamId.Value, teamName, WeekStart, Weeks, Seconds, Status, RequestedBy, RequestedAt, StartedAt, FinishedAt,
        Objective, Bound, UnderCover, UnderCoverBound, Shifts, CancelRequested, Progress(), Explanation(), Message);
}

internal sealed class RosterGenerationConfiguration : IEntityTypeConfiguration<RosterGeneration>
{
    public void Configure(EntityTypeBuilder<RosterGeneration> e)
    {
        e.ToTable("sched_roster_generations");
        e.HasKey(g => g.Id);
        e.HasIndex(g => new { g.TeamId, g.WeekStart });
        e.HasIndex(g => g.Status);
        e.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(g => g.RequestedBy).HasMaxLength(200);
        e.Property(g => g.Message).HasMaxLength(2000);
        e.Ignore(g => g.IsLive);
        e.Ignore(g => g.LastDay);
    }
}
