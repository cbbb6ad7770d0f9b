using BackOffice.Infrastructure.Auditing;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Identity;

namespace BackOffice.Identity;

internal sealed class AppUser : IdentityUser<Guid>, IAuditable
{
    public string DisplayName { get; set; } = "";

    public EmployeeId? EmployeeId { get; set; }

    /// <summary>A disabled user cannot sign in, and live cookies and tokens stop working within a minute.</summary>
    public bool IsDisabled { get; set; }
}

internal sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
    }
}
