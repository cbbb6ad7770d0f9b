using System.Data.Common;
using BackOffice.Identity.Contracts;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Http;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.UnitTests.Organization;

/// <summary>
/// The route table the module contributes. Building the endpoints runs the minimal-API parameter binder, so a handler
/// whose service parameter would be mistaken for a body fails here, before any HTTP test.
/// </summary>
public sealed class EndpointMapTests
{
    // The policy each endpoint must name (issue 2: every endpoint requires an explicit policy). PeopleRead endpoints
    // are further filtered per object in the handler.
    private static readonly (string Method, string Route, string Policy)[] Expected =
    [
        ("GET", "/api/sites", Policies.PeopleRead),
        ("GET", "/api/sites/{id:guid}", Policies.PeopleRead),
        ("POST", "/api/sites", Policies.Admin),
        ("GET", "/api/teams", Policies.PeopleRead),
        ("GET", "/api/teams/{id:guid}", Policies.PeopleRead),
        ("POST", "/api/teams", Policies.Admin),
        ("PUT", "/api/teams/{id:guid}/supervisor", Policies.Admin),
        ("GET", "/api/employees", Policies.PeopleRead),
        ("GET", "/api/employees/{id:guid}", Policies.PeopleRead),
        ("POST", "/api/employees", Policies.PeopleWrite),
        ("PUT", "/api/employees/{id:guid}", Policies.PeopleWrite),
        ("GET", "/api/employees/{id:guid}/pay-rates", Policies.PeopleRead),
        ("POST", "/api/employees/{id:guid}/pay-rates", Policies.PeopleWrite),
        ("PUT", "/api/employees/{id:guid}/contract", Policies.PeopleWrite),
        ("PUT", "/api/employees/{id:guid}/tax-setup", Policies.PeopleWrite),
        ("PUT", "/api/employees/{id:guid}/ssn", Policies.PeopleWrite),
        ("PUT", "/api/employees/{id:guid}/bank-account", Policies.PeopleWrite),
        ("POST", "/api/employees/{id:guid}/ssn:reveal", Policies.PayrollSensitive),
        ("GET", "/api/employees/{id:guid}/checklist", Policies.PeopleRead),
        ("POST", "/api/employees/import", Policies.Admin),
    ];

    [Fact]
    public async Task MapOrganizationEndpoints_WhenBuilt_NamesOnePolicyOnEveryEndpoint()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddBackOfficeDatabase(new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=:memory:", Path.GetTempPath()));
        builder.Services.AddSingleton<ICurrentActor>(SystemActor.Instance);
        builder.Services.AddSingleton<IUserAccounts>(new FakeUserAccounts());
        builder.Services.AddOrganizationModule();
        await using var app = builder.Build();

        app.MapOrganizationEndpoints();

        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();
        var actual = endpoints.Select(e => (
            Method: e.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods.Single(),
            Route: "/" + e.RoutePattern.RawText!.TrimStart('/'),
            Policy: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Single().Policy!)).ToList();
        actual.Should().BeEquivalentTo(Expected);
        actual.Select(a => a.Policy).Should().OnlyContain(p => Policies.RolesByPolicy.ContainsKey(p));
        app.Services.GetRequiredService<DbConnection>().Should().NotBeNull();
    }
}
