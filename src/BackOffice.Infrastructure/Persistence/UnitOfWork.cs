using System.Data.Common;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BackOffice.Infrastructure.Persistence;

/// <summary>
/// One database transaction across several module contexts of the same request. Every context in a scope
/// shares one connection, so a change that spans modules (an employee and their user account) is
/// committed whole or not at all.
/// </summary>
public interface IUnitOfWork
{
    Task<Result<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken);
}

internal sealed class UnitOfWork(DbConnection connection, IEnumerable<IModuleDatabase> databases) : IUnitOfWork
{
    public async Task<Result<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var enlisted = databases.ToList();
        foreach (var database in enlisted)
        {
            await database.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var result = await work(cancellationToken).ConfigureAwait(false);
            if (result.IsSuccess)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            foreach (var database in enlisted)
            {
                await database.Database.UseTransactionAsync(null, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
