using System.Security.Claims;
using BackOffice.Identity.Contracts;
using BackOffice.Organization.Contracts;
using BackOffice.SharedKernel;

namespace BackOffice.Scheduling.Rostering;

/// <summary>
/// Object-level authorization for rosters. Admins and schedulers manage every team; a supervisor sees the teams they
/// supervise; an agent sees their own published shifts (and, where the site allows it, their team's published coverage).
/// A team the caller may not see is reported as not found, so its existence does not leak.
/// </summary>
internal static class RosterAccess
{
    public static bool Manages(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Scheduler);

    public static EmployeeId? EmployeeOf(ClaimsPrincipal user) => BackOfficeClaims.EmployeeOf(user);

    /// <summary>Whether the caller may read the team's whole roster (drafts included for managers).</summary>
    public static bool SeesTeam(ClaimsPrincipal user, TeamDto team) =>
        Manages(user) || (user.IsInRole(Roles.Supervisor) && EmployeeOf(user) is { } me && team.SupervisorId == me.Value);

    public static Error TeamNotFound(TeamId team) => Error.NotFound("roster.team_not_found", $"Team {team.Value} was not found.");
}
