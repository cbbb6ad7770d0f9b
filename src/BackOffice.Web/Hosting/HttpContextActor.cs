using System.Security.Claims;
using BackOffice.Infrastructure.Auditing;
using OpenIddict.Abstractions;

namespace BackOffice.Web.Hosting;

/// <summary>The audit log's "who": the signed-in user's name and id, the integration client, or "system".</summary>
internal sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string Name
    {
        get
        {
            var user = accessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true)
            {
                return SystemActor.Instance.Name;
            }

            var name = user.FindFirstValue(OpenIddictConstants.Claims.Name) ?? "unknown";
            var subject = user.FindFirstValue(OpenIddictConstants.Claims.Subject);
            return subject is null || subject == name ? name : $"{name} ({subject})";
        }
    }
}
