using System.Security.Cryptography;
using System.Text;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.AgentSchedule;

/// <summary>
/// An agent's secret calendar subscription. Only the SHA-256 of the token is kept: a database leak does not hand out
/// working feed URLs, and the agent sees the URL once, when it is made. A revoked feed stays as a record.
/// </summary>
internal sealed class CalendarFeed
{
    private CalendarFeed()
    {
    }

    public Guid Id { get; private set; }

    public EmployeeId EmployeeId { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public string TokenHash { get; private set; } = "";

    public Instant CreatedAt { get; private set; }

    public Instant? RevokedAt { get; private set; }

    public Instant? LastFetchedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>A new feed and its token (256 random bits, URL-safe base64): the token is returned, never stored.</summary>
    public static (CalendarFeed Feed, string Token) Create(EmployeeId employee, Instant at)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new CalendarFeed { Id = Guid.NewGuid(), EmployeeId = employee, TokenHash = Hash(token), CreatedAt = at }, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public void Revoke(Instant at) => RevokedAt ??= at;

    public void Fetched(Instant at) => LastFetchedAt = at;
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> e)
    {
        e.ToTable("sched_calendar_feeds");
        e.HasKey(f => f.Id);
        e.HasIndex(f => f.TokenHash).IsUnique();
        e.HasIndex(f => f.EmployeeId);
        e.Property(f => f.TokenHash).HasMaxLength(64);
        e.Ignore(f => f.IsActive);
    }
}
