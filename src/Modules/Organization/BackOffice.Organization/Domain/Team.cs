using BackOffice.Infrastructure.Auditing;
using BackOffice.SharedKernel;

namespace BackOffice.Organization.Domain;

/// <summary>Agents at one site under one supervisor, who sees and approves their data.</summary>
internal sealed class Team : IAuditable
{
    private Team()
    {
    }

    public TeamId Id { get; private set; }
    public string Name { get; private set; } = "";
    public SiteId SiteId { get; private set; }
    public EmployeeId SupervisorId { get; private set; }

    public static Result<string> ParseName(string? text)
    {
        var value = text?.Trim() ?? "";
        return value.Length is >= 1 and <= 80
            ? value
            : new Error("team.name_invalid", "A team name has 1 to 80 characters.");
    }

    public static Team Create(string name, Site site, Employee supervisor)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(supervisor);
        return new Team { Id = TeamId.New(), Name = name, SiteId = site.Id, SupervisorId = supervisor.Id };
    }

    /// <summary>The supervisor cannot be one of the agents they would approve for: a team member supervising their own team.</summary>
    public Result AssignSupervisor(Employee supervisor)
    {
        ArgumentNullException.ThrowIfNull(supervisor);
        if (supervisor.TeamId == Id)
        {
            return new Error("team.supervisor_is_member", "A member of the team cannot supervise it: they would approve their own time.");
        }

        SupervisorId = supervisor.Id;
        return Result.Success();
    }
}
