using BackOffice.Infrastructure.Http;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;

namespace BackOffice.Web.Hosting;

/// <summary>
/// Background jobs (Hangfire). Embedded (SQLite): in-memory job storage and an in-process server, so every job must be
/// re-creatable from the database after a restart (<see cref="ResumeJobsAsync"/>). PostgreSQL: job storage in the
/// <c>hangfire</c> schema of the same database; the web process still runs a server unless <c>Hangfire:Server=false</c>
/// (Kubernetes: the Worker deployment runs them). The dashboard at <c>/hangfire</c> is for admins only.
/// </summary>
internal static class JobHosting
{
    public const string DashboardPath = "/hangfire";

    public static IServiceCollection AddBackOfficeJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddHangfire(config =>
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());

        // The storage is this host's own singleton, registered after AddHangfire so it wins over Hangfire's default of the
        // process-wide JobStorage.Current: two hosts in one process (the test suite) must not share or swap storages.
        services.AddSingleton<JobStorage>(_ => database.IsEmbedded
            ? new InMemoryStorage()
            : GlobalConfiguration.Configuration.UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(database.ConnectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = TimeSpan.FromSeconds(1), PrepareSchemaIfNecessary = true }).Entry);

        if (RunsServer(configuration))
        {
            // Each solve already uses two threads: more parallel jobs than cores would only slow every one of them.
            services.AddHangfireServer((provider, options) =>
            {
                options.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", Math.Max(2, Environment.ProcessorCount));

                // Jobs resolve from this host's container, not the process-wide JobActivator.Current of whichever host came last.
                options.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
            });
        }

        services.AddSingleton<IRosterGenerationQueue, HangfireRosterGenerationQueue>();
        return services;
    }

    public static bool RunsServer(IConfiguration configuration) => configuration.GetValue("Hangfire:Server", true);

    public static WebApplication MapJobDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [new AdminOnlyDashboardFilter()], DisplayStorageConnectionString = false })
            .RequireAuthorization(Policies.Admin);
        return app;
    }

    /// <summary>
    /// Re-queues generations left Queued (and, with in-memory storage, Running) by a stopped process. With PostgreSQL
    /// storage Hangfire itself re-delivers an interrupted job, so Running rows are left to it.
    /// </summary>
    public static async Task ResumeJobsAsync(IServiceProvider services, DatabaseOptions database, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRosterGenerations>().ResumePendingAsync(includeRunning: database.IsEmbedded, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The dashboard's own check, on the cookie user (the endpoint policy already demands Admin; this keeps Hangfire's default local-only filter out).</summary>
    private sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }

    /// <summary>Enqueues into this host's own storage (never the process-wide default another host may have replaced).</summary>
    private sealed class HangfireRosterGenerationQueue(JobStorage storage) : IRosterGenerationQueue
    {
        private readonly BackgroundJobClient jobs = new(storage);

        public void Enqueue(Guid generationId) => jobs.Enqueue<IRosterGenerationRunner>(runner => runner.RunAsync(generationId, CancellationToken.None));
    }
}
