using BackOffice.SharedKernel;

namespace BackOffice.Infrastructure.Http;

/// <summary>
/// Named authorization policies. Every endpoint names one; a policy only admits roles, and the handler
/// still checks the object (an agent's own record, a supervisor's own teams).
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user or token with a role.</summary>
    public const string Authenticated = "authenticated";

    /// <summary>Admin only: sites, teams, roles, imports.</summary>
    public const string Admin = "admin";

    /// <summary>Reading people: every role, filtered per object in the handler.</summary>
    public const string PeopleRead = "people.read";

    /// <summary>Onboarding and editing employees.</summary>
    public const string PeopleWrite = "people.write";

    /// <summary>Personal and pay data in clear (audited).</summary>
    public const string PayrollSensitive = "payroll.sensitive";

    /// <summary>Scheduling work: forecasts, requirements, rosters.</summary>
    public const string Scheduling = "scheduling";

    /// <summary>Reading forecasts and staffing requirements: schedulers, and supervisors who staff their teams to them.</summary>
    public const string SchedulingRead = "scheduling.read";

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Authenticated] = [.. Roles.All],
        [Admin] = [Roles.Admin],
        [PeopleRead] = [.. Roles.All],
        [PeopleWrite] = [Roles.Admin, Roles.PayrollAdmin],
        [PayrollSensitive] = [Roles.PayrollAdmin],
        [Scheduling] = [Roles.Admin, Roles.Scheduler],
        [SchedulingRead] = [Roles.Admin, Roles.Scheduler, Roles.Supervisor],
    };
}
