using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Demo;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Http;
using BackOffice.Organization.Import;
using BackOffice.Organization.Onboarding;
using BackOffice.Organization.Persistence;
using BackOffice.Organization.Reading;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace BackOffice.Organization;

/// <summary>
/// The Organization module's composition root: sites, teams, employees, pay-rate history, contracts, tax setup,
/// encrypted personal data, onboarding and its CSV import. The host must first call <c>AddBackOfficeDatabase</c>
/// and register <c>IUserAccounts</c> (Identity) and <c>ICurrentActor</c>.
/// </summary>
public static class OrganizationModule
{
    public static IServiceCollection AddOrganizationModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<OrganizationDbContext, SqliteOrganizationDbContext, PostgresOrganizationDbContext>(OrganizationDbContext.ModuleName);
        // The host chooses where the key ring lives (PersistKeysToFileSystem in the data folder, a shared store in
        // Kubernetes); this only makes sure a provider exists. Without a persisted key ring, stored SSNs become unreadable.
        services.AddDataProtection();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IPersonalDataProtector, PersonalDataProtector>();
        services.AddScoped<EmployeeOnboarding>();
        services.AddScoped<IEmployeeImport, EmployeeCsvImport>();
        services.AddScoped<IEmployeeDirectory, EmployeeDirectory>();
        services.AddScoped<IOrganizationDemoSeeder, OrganizationDemoSeeder>();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));
        return services;
    }

    /// <summary>Maps <c>/api/sites</c>, <c>/api/teams</c> and <c>/api/employees</c>; every endpoint names its policy.</summary>
    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        SiteEndpoints.Map(app);
        TeamEndpoints.Map(app);
        EmployeeEndpoints.Map(app);
        return app;
    }
}
