namespace BackOffice.SharedKernel;

/// <summary>The five roles of the one identity. Names are stored in tokens and cookies, so never rename them.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Scheduler = "Scheduler";
    public const string Supervisor = "Supervisor";
    public const string Agent = "Agent";
    public const string PayrollAdmin = "PayrollAdmin";

    public static readonly IReadOnlyList<string> All = [Admin, Scheduler, Supervisor, Agent, PayrollAdmin];
}
