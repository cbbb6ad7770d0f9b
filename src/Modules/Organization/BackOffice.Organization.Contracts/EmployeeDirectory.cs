using System.Text.Json.Serialization;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Organization.Contracts;

/// <summary>
/// What Scheduling, TimeTracking, TimeOff and Payroll read about an employee: where they work (site time zone and
/// work state), where they live (home state), pay on a date, contract, team and skills. No SSN or bank data.
/// </summary>
public sealed record EmployeeProfile(
    EmployeeId Id,
    string EmployeeNumber,
    string FirstName,
    string LastName,
    string Email,
    LocalDate HireDate,
    SiteId SiteId,
    string SiteCode,
    string TimeZoneId,
    string WorkState,
    string HomeState,
    TeamId? TeamId,
    string? TeamName,
    EmployeeId? SupervisorId,
    PayRateDto? PayRate,
    ContractDto? Contract,
    IReadOnlyList<string> Skills,
    TaxSetupDto? TaxSetup,
    bool HasDirectDeposit)
{
    public string DisplayName => $"{FirstName} {LastName}";

    /// <summary>The site's zone: shifts, punches and workdays are local to it.</summary>
    [JsonIgnore]
    public DateTimeZone TimeZone => DateTimeZoneProviders.Tzdb[TimeZoneId];
}

public sealed record EmployeeQuery(SiteId? SiteId = null, TeamId? TeamId = null, string? Skill = null);

/// <summary>Read-only view of the organization for other modules.</summary>
public interface IEmployeeDirectory
{
    /// <param name="asOf">The date whose pay rate <see cref="EmployeeProfile.PayRate"/> carries.</param>
    Task<EmployeeProfile?> FindAsync(EmployeeId id, LocalDate asOf, CancellationToken cancellationToken);

    Task<IReadOnlyList<EmployeeProfile>> ListAsync(EmployeeQuery query, LocalDate asOf, CancellationToken cancellationToken);

    /// <summary>The rate in force on <paramref name="date"/>, or null before the first rate (before hire).</summary>
    Task<PayRateDto?> PayRateOnAsync(EmployeeId id, LocalDate date, CancellationToken cancellationToken);

    /// <summary>Every rate, oldest first. Rates are never overwritten, so a retro pay run sees what applied then.</summary>
    Task<IReadOnlyList<PayRateDto>> PayRateHistoryAsync(EmployeeId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<SiteDto>> SitesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<TeamDto>> TeamsAsync(CancellationToken cancellationToken);
}

public sealed record DemoSeedResult(bool Seeded, int Sites, int Teams, int Employees);

/// <summary>Seeds the demo call center (docs/organization.md). Does nothing when any organization data exists.</summary>
public interface IOrganizationDemoSeeder
{
    Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken);
}
