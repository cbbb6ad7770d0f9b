using System.Security.Claims;
using BackOffice.Identity.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;

namespace BackOffice.Organization.Access;

/// <summary>
/// Object-level authorization for employee records, applied as a query filter so that a record the caller may not
/// see is simply not found (404): its existence does not leak.
/// Admin, PayrollAdmin and Scheduler see everyone; a Supervisor sees themselves and the members of the teams they
/// supervise; an Agent sees only themselves (the <c>employee_id</c> claim).
/// </summary>
internal static class EmployeeAccess
{
    private static readonly string[] SeeEveryone = [Roles.Admin, Roles.PayrollAdmin, Roles.Scheduler];

    public static bool SeesEveryone(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SeeEveryone.Any(user.IsInRole);
    }

    /// <summary>Pay rates, tax setup and the masked SSN and account: the person themselves, Admin and PayrollAdmin.</summary>
    public static bool SeesPayData(ClaimsPrincipal user, EmployeeId employee)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PayrollAdmin) || EmployeeOf(user) == employee;
    }

    public static EmployeeId? EmployeeOf(ClaimsPrincipal user) => BackOfficeClaims.EmployeeOf(user);

    public static IQueryable<Employee> Visible(this OrganizationDbContext db, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (SeesEveryone(user))
        {
            return db.Employees;
        }

        if (EmployeeOf(user) is not { } me)
        {
            return db.Employees.Where(_ => false);
        }

        if (user.IsInRole(Roles.Supervisor))
        {
            var supervised = db.Teams.Where(t => t.SupervisorId == me).Select(t => (TeamId?)t.Id);
            return db.Employees.Where(e => e.Id == me || supervised.Contains(e.TeamId));
        }

        return user.IsInRole(Roles.Agent) ? db.Employees.Where(e => e.Id == me) : db.Employees.Where(_ => false);
    }
}
