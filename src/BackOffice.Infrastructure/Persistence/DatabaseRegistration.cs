using System.Data.Common;
using BackOffice.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Infrastructure.Persistence;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers a module's context. Each provider has its own derived context type so that EF keeps one
    /// migration set per provider in the module assembly; consumers only see <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, string module)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.AddScoped(sp =>
        {
            var builder = new DbContextOptionsBuilder<TContext>();
            Configure(builder, sp.GetRequiredService<DatabaseOptions>(), module, sp.GetRequiredService<DbConnection>());
            builder.UseLoggerFactory(sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>());
            builder.AddInterceptors(sp.GetRequiredService<AuditingInterceptor>());
            return builder.Options;
        });

        // One migration set per provider lives in the module assembly, each keyed to its own derived context type;
        // the configured provider picks the type, and consumers only ever ask for TContext.
        services.AddScoped(sp =>
        {
            var database = sp.GetRequiredService<DatabaseOptions>();
            var options = sp.GetRequiredService<DbContextOptions<TContext>>();
            var type = database.Provider == DatabaseProvider.Sqlite ? typeof(TSqlite) : typeof(TPostgres);
            return (TContext)Activator.CreateInstance(type, options)!;
        });
        services.AddScoped<IModuleDatabase>(sp => (IModuleDatabase)sp.GetRequiredService<TContext>());
        return services;
    }

    public static IServiceCollection AddBackOfficeDatabase(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            services.AddScoped<DbConnection>(_ => new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString));
        }
        else
        {
            // The ADO-level NodaTime plugin must be on the data source, or reading timestamptz as Instant fails.
            services.AddSingleton(_ => global::Npgsql.NpgsqlNodaTimeExtensions.UseNodaTime(new global::Npgsql.NpgsqlDataSourceBuilder(database.ConnectionString)).Build());
            services.AddScoped<DbConnection>(sp => sp.GetRequiredService<global::Npgsql.NpgsqlDataSource>().CreateConnection());
        }

        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, string module, DbConnection? sharedConnection = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            _ = sharedConnection is null
                ? options.UseSqlite(database.ConnectionString, Sqlite)
                : options.UseSqlite(sharedConnection, Sqlite);
        }
        else if (sharedConnection is null)
        {
            options.UseNpgsql(database.ConnectionString, Npgsql);
        }
        else
        {
            options.UseNpgsql(sharedConnection, Npgsql);
        }

        void Sqlite(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder sqlite) =>
            sqlite.MigrationsHistoryTable($"__ef_{module}_migrations");

        void Npgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql)
        {
            npgsql.UseNodaTime();
            npgsql.MigrationsHistoryTable("__ef_migrations", module);
        }
    }
}
