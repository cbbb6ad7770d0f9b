using BackOffice.Infrastructure.Persistence;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Endpoints;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering;
using BackOffice.Scheduling.Rostering.Setup;
using BackOffice.Scheduling.Rostering.Swaps;
using BackOffice.Scheduling.Rostering.Board;
using BackOffice.Scheduling.Rostering.AgentSchedule;
using BackOffice.Scheduling.Rostering.Publication;
using BackOffice.Scheduling.Rostering.Generation;
using BackOffice.Scheduling.Solving;
using BackOffice.Scheduling.Staffing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Scheduling;

/// <summary>The Scheduling module's composition root: the only public type of the module.</summary>
public static class SchedulingModule
{
    /// <summary>
    /// The staffing and solving services, and the module's store. The store is resolved only by hosts that called
    /// <c>AddBackOfficeDatabase</c> (the web host); the CLI uses the pure services alone.
    /// </summary>
    public static IServiceCollection AddSchedulingModule(this IServiceCollection services)
    {
        services.AddStaffing();
        services.AddSolving();
        services.AddModuleDbContext<SchedulingDbContext, SqliteSchedulingDbContext, PostgresSchedulingDbContext>(SchedulingDbContext.ModuleName);
        services.AddScoped<IForecastService, ForecastService>();
        services.AddScoped<RosterWorkspace>();
        services.AddScoped<RosterViewBuilder>();
        services.AddScoped<RosterJournal>();
        services.AddScoped<IRosterQueries, RosterQueries>();
        services.AddScoped<IRosterSetup, RosterSetup>();
        services.AddScoped<ISwapService, SwapService>();
        services.AddScoped<IRosterBoard, RosterBoard>();
        services.AddScoped<IRosterPublication, RosterPublication>();
        services.AddScoped<PublishedShifts>();
        services.AddScoped<IAgentSchedule, AgentScheduleService>();
        services.AddScoped<ICalendarFeeds, CalendarFeedService>();
        services.AddScoped<IRosterGenerations, RosterGenerations>();
        services.AddScoped<IRosterGenerationRunner, RosterGenerationJob>();
        services.AddSingleton<IGenerationResultSink, RecentGenerationResults>();
        services.AddScoped<IRosteringDemoSeeder, RosteringDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapSchedulingEndpoints(this IEndpointRouteBuilder app)
    {
        StaffingEndpoints.Map(app);
        RosterEndpoints.Map(app);
        SetupEndpoints.Map(app);
        SwapEndpoints.Map(app);
        BoardEndpoints.Map(app);
        PublicationEndpoints.Map(app);
        AgentEndpoints.Map(app);
        GenerationEndpoints.Map(app);
        return app;
    }
}
