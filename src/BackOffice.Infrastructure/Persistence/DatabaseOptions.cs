using Microsoft.Extensions.Configuration;

namespace BackOffice.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database the process uses. The embedded default is a SQLite file in the data folder
/// (<c>BACKOFFICE_DATA</c>, default <c>~/.local/share/backoffice</c>); <c>Database:Provider=Postgres</c>
/// plus <c>ConnectionStrings:BackOffice</c> selects PostgreSQL.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public bool IsEmbedded => Provider == DatabaseProvider.Sqlite;

    public static DatabaseOptions FromConfiguration(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = DataDirectoryFrom(configuration);
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var parsed) ? parsed
            : throw new InvalidOperationException($"Database:Provider '{providerText}' is not supported. Use 'Sqlite' or 'Postgres'.");
        var connectionString = configuration.GetConnectionString("BackOffice");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:BackOffice is empty.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = $"Data Source={Path.Combine(dataDirectory, "backoffice.db")}";
        }

        return new DatabaseOptions(provider, connectionString, dataDirectory);
    }

    public static string DataDirectoryFrom(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["BACKOFFICE_DATA"];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "backoffice")
            : Path.GetFullPath(configured);
    }
}
