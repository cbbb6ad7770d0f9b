using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Http;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Organization.Reading;

/// <summary>
/// The organization as other modules read it (in-process, no HTTP). It applies no object-level filter: the calling
/// module's own endpoint decides who may see what, and no SSN or bank data is exposed here at all.
/// </summary>
internal sealed class EmployeeDirectory(OrganizationDbContext db) : IEmployeeDirectory
{
    public async Task<EmployeeProfile?> FindAsync(EmployeeId id, LocalDate asOf, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (employee is null)
        {
            return null;
        }

        var site = await db.Sites.AsNoTracking().FirstAsync(s => s.Id == employee.SiteId, cancellationToken).ConfigureAwait(false);
        var team = employee.TeamId is { } teamId ? await db.Teams.AsNoTracking().FirstAsync(t => t.Id == teamId, cancellationToken).ConfigureAwait(false) : null;
        return Profile(employee, site, team, asOf);
    }

    public async Task<IReadOnlyList<EmployeeProfile>> ListAsync(EmployeeQuery query, LocalDate asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var employees = db.Employees.AsNoTracking();
        if (query.SiteId is { } siteId)
        {
            employees = employees.Where(e => e.SiteId == siteId);
        }

        if (query.TeamId is { } teamId)
        {
            employees = employees.Where(e => e.TeamId == teamId);
        }

        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            var s = query.Skill.Trim().ToLowerInvariant();
            employees = employees.Where(e => e.SkillList == s || e.SkillList.StartsWith(s + ";") || e.SkillList.EndsWith(";" + s) || e.SkillList.Contains(";" + s + ";"));
        }

        var list = await employees.OrderBy(e => e.EmployeeNumber).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sites = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken).ConfigureAwait(false);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        return [.. list.Select(e => Profile(e, sites[e.SiteId], e.TeamId is { } t ? teams[t] : null, asOf))];
    }

    public async Task<PayRateDto?> PayRateOnAsync(EmployeeId id, LocalDate date, CancellationToken cancellationToken)
    {
        var rate = await db.PayRates.AsNoTracking()
            .Where(r => r.EmployeeId == id && r.EffectiveFrom <= date)
            .OrderByDescending(r => r.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return rate?.ToDto();
    }

    public async Task<IReadOnlyList<PayRateDto>> PayRateHistoryAsync(EmployeeId id, CancellationToken cancellationToken)
    {
        var rates = await db.PayRates.AsNoTracking().Where(r => r.EmployeeId == id).OrderBy(r => r.EffectiveFrom).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rates.Select(r => r.ToDto())];
    }

    public async Task<IReadOnlyList<SiteDto>> SitesAsync(CancellationToken cancellationToken)
    {
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. sites.Select(s => s.ToDto())];
    }

    public async Task<IReadOnlyList<TeamDto>> TeamsAsync(CancellationToken cancellationToken) =>
        await TeamEndpoints.ProjectAsync(db, db.Teams.AsNoTracking().OrderBy(t => t.Name), cancellationToken).ConfigureAwait(false);

    private static EmployeeProfile Profile(Employee e, Site site, Team? team, LocalDate asOf) =>
        new(
            e.Id,
            e.EmployeeNumber,
            e.FirstName,
            e.LastName,
            e.Email,
            e.HireDate,
            e.SiteId,
            site.Code,
            site.TimeZoneId,
            site.State,
            e.HomeState,
            e.TeamId,
            team?.Name,
            team?.SupervisorId,
            e.RateOn(asOf)?.ToDto(),
            e.Contract?.ToDto(),
            e.Skills,
            e.TaxSetup?.ToDto(),
            e.BankAccountLast4 is not null);
}
