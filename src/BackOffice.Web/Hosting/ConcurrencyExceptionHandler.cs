using BackOffice.Infrastructure.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Web.Hosting;

/// <summary>A stale write anywhere becomes 409 problem details; last-write-wins never happens silently.</summary>
internal sealed class ConcurrencyExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbUpdateConcurrencyException)
        {
            return false;
        }

        await ProblemResults.StaleWrite().ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
