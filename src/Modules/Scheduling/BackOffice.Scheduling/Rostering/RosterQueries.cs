using System.Security.Claims;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering;

internal sealed class RosterQueries(RosterWorkspace workspace, RosterViewBuilder views) : IRosterQueries
{
    public async Task<Result<RosterWeekView>> GetWeekAsync(TeamId team, LocalDate weekStart, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var session = await workspace.OpenForAsync(user, team, weekStart, create: false, cancellationToken).ConfigureAwait(false);
        if (!session.IsSuccess)
        {
            return session.Error!;
        }

        return await views.BuildAsync(session.Value!, cancellationToken).ConfigureAwait(false);
    }
}
