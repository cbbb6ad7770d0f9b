using BackOffice.Infrastructure.Http;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Organization.Http;

internal static class TeamEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var teams = app.MapGroup("/api/teams").WithTags("Teams");
        app.MapGet("/api/teams", List).WithTags("Teams").RequireAuthorization(Policies.PeopleRead).Produces<IReadOnlyList<TeamDto>>();
        teams.MapGet("{id:guid}", Get).RequireAuthorization(Policies.PeopleRead).Produces<TeamDto>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/teams", Create).WithTags("Teams").RequireAuthorization(Policies.Admin).Produces<TeamDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        teams.MapPut("{id:guid}/supervisor", AssignSupervisor).RequireAuthorization(Policies.Admin).Produces<TeamDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static async Task<IResult> List([FromQuery] Guid? siteId, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        var teams = db.Teams.AsNoTracking();
        if (siteId is { } site)
        {
            teams = teams.Where(t => t.SiteId == new SiteId(site));
        }

        return TypedResults.Ok(await ProjectAsync(db, teams.OrderBy(t => t.Name), cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<IResult> Get(Guid id, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        var teams = await ProjectAsync(db, db.Teams.AsNoTracking().Where(t => t.Id == new TeamId(id)), cancellationToken).ConfigureAwait(false);
        return teams.Count == 0 ? NotFound() : TypedResults.Ok(teams[0]);
    }

    internal static async Task<IResult> Create(CreateTeamRequest body, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new FieldErrors();
        var name = errors.Take("name", Team.ParseName(body.Name));
        var site = body.SiteId is { } siteId ? await db.Sites.FirstOrDefaultAsync(s => s.Id == new SiteId(siteId), cancellationToken).ConfigureAwait(false) : null;
        if (site is null)
        {
            errors.Add("siteId", new Error("team.site_unknown", "Choose an existing site."));
        }

        var supervisor = body.SupervisorId is { } supervisorId ? await db.Employees.FirstOrDefaultAsync(e => e.Id == new EmployeeId(supervisorId), cancellationToken).ConfigureAwait(false) : null;
        if (supervisor is null)
        {
            errors.Add("supervisorId", new Error("team.supervisor_unknown", "Choose an existing employee as the supervisor."));
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Teams.AnyAsync(t => t.Name == name, cancellationToken).ConfigureAwait(false))
        {
            return Error.Conflict("team.name_taken", $"A team named {name} already exists.").ToProblem();
        }

        var team = Team.Create(name!, site!, supervisor!);
        db.Teams.Add(team);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("team.name_taken", $"A team named {name} already exists.").ToProblem();
        }

        return TypedResults.Created($"/api/teams/{team.Id}", new TeamDto(team.Id.Value, team.Name, team.SiteId.Value, team.SupervisorId.Value, supervisor!.DisplayName));
    }

    internal static async Task<IResult> AssignSupervisor(Guid id, AssignSupervisorRequest body, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == new TeamId(id), cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return NotFound();
        }

        var supervisor = body.SupervisorId is { } supervisorId ? await db.Employees.FirstOrDefaultAsync(e => e.Id == new EmployeeId(supervisorId), cancellationToken).ConfigureAwait(false) : null;
        var errors = new FieldErrors();
        if (supervisor is null)
        {
            errors.Add("supervisorId", new Error("team.supervisor_unknown", "Choose an existing employee as the supervisor."));
            return errors.ToProblem();
        }

        if (!errors.Check("supervisorId", team.AssignSupervisor(supervisor)))
        {
            return errors.ToProblem();
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new TeamDto(team.Id.Value, team.Name, team.SiteId.Value, team.SupervisorId.Value, supervisor.DisplayName));
    }

    internal static async Task<List<TeamDto>> ProjectAsync(OrganizationDbContext db, IQueryable<Team> teams, CancellationToken cancellationToken)
    {
        var rows = await (
            from t in teams
            join e in db.Employees on t.SupervisorId equals e.Id into supervisors
            from s in supervisors.DefaultIfEmpty()
            select new { Team = t, First = s == null ? null : s.FirstName, Last = s == null ? null : s.LastName })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new TeamDto(r.Team.Id.Value, r.Team.Name, r.Team.SiteId.Value, r.Team.SupervisorId.Value, r.First is null ? null : $"{r.First} {r.Last}"))];
    }

    private static IResult NotFound() => Error.NotFound("team.not_found", "No such team.").ToProblem();
}
