using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Persistence;

/// <summary>Options for <c>dotnet ef</c> design-time factories; the connection strings are never opened.</summary>
public static class DesignTime
{
    public static DbContextOptions<TContext> Options<TContext>(DatabaseProvider provider, string module)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        var database = provider == DatabaseProvider.Sqlite
            ? new DatabaseOptions(provider, "Data Source=design.db", ".")
            : new DatabaseOptions(provider, "Host=localhost;Database=design", ".");
        DatabaseRegistration.Configure(builder, database, module);
        return builder.Options;
    }
}
