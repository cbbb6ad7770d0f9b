using BackOffice.Infrastructure.Http;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Organization.Http;

internal static class SiteEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var sites = app.MapGroup("/api/sites").WithTags("Sites");
        app.MapGet("/api/sites", List).WithTags("Sites").RequireAuthorization(Policies.PeopleRead).Produces<IReadOnlyList<SiteDto>>();
        sites.MapGet("{id:guid}", Get).RequireAuthorization(Policies.PeopleRead).Produces<SiteDto>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/sites", Create).WithTags("Sites").RequireAuthorization(Policies.Admin).Produces<SiteDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> List(OrganizationDbContext db, CancellationToken cancellationToken)
    {
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(sites.Select(s => s.ToDto()).ToList());
    }

    internal static async Task<IResult> Get(Guid id, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        var site = await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Id == new SiteId(id), cancellationToken).ConfigureAwait(false);
        return site is null ? NotFound() : TypedResults.Ok(site.ToDto());
    }

    internal static async Task<IResult> Create(CreateSiteRequest body, OrganizationDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new FieldErrors();
        var code = errors.Take("code", Site.ParseCode(body.Code));
        var name = errors.Take("name", Site.ParseName(body.Name));
        var zone = errors.Take("timeZoneId", TimeZoneIds.Parse(body.TimeZoneId));
        var line1 = errors.Take("address.line1", Site.ParseAddressPart(body.Address?.Line1, "site.address_invalid", "The street address"));
        var city = errors.Take("address.city", Site.ParseAddressPart(body.Address?.City, "site.city_invalid", "The city"));
        var state = errors.Take("address.state", UsStates.Parse(body.Address?.State));
        var zip = errors.Take("address.postalCode", Site.ParsePostalCode(body.Address?.PostalCode));
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Sites.AnyAsync(s => s.Code == code, cancellationToken).ConfigureAwait(false))
        {
            return Error.Conflict("site.code_taken", $"A site with code {code} already exists.").ToProblem();
        }

        var site = Site.Create(code!, name!, zone!, line1!, city!, state!, zip!);
        db.Sites.Add(site);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Lost a race with another request for the same code: the unique index decides.
            return Error.Conflict("site.code_taken", $"A site with code {code} already exists.").ToProblem();
        }

        return TypedResults.Created($"/api/sites/{site.Id}", site.ToDto());
    }

    private static IResult NotFound() => Error.NotFound("site.not_found", "No such site.").ToProblem();
}
