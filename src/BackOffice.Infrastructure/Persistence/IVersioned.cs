namespace BackOffice.Infrastructure.Persistence;

/// <summary>
/// An aggregate guarded by optimistic concurrency. On PostgreSQL <see cref="Version"/> is the row's <c>xmin</c>;
/// on SQLite, where <c>[Timestamp]</c> does nothing, the application increments it on every update.
/// A stale write raises <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>, which the API turns into 409.
/// </summary>
public interface IVersioned
{
    uint Version { get; }
}
