using Microsoft.AspNetCore.Authentication;
using BackOffice.Identity.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace BackOffice.Identity;

/// <summary>
/// Ends a disabled user's session within a minute for cookies and bearer tokens alike: every authenticated
/// request checks the user's status, cached for at most 30 seconds.
/// </summary>
internal sealed class UserStatusGate(RequestDelegate next, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context)
    {
        var subject = context.User.FindFirst(OpenIddictConstants.Claims.Subject)?.Value;
        if (context.User.Identity?.IsAuthenticated == true && Guid.TryParse(subject, out var userId))
        {
            var active = await cache.GetOrCreateAsync(CacheKey(userId), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheFor;
                var db = context.RequestServices.GetRequiredService<IdentityDb>();
                return await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && !u.IsDisabled, context.RequestAborted).ConfigureAwait(false);
            }).ConfigureAwait(false);
            if (!active)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    public static void Forget(IMemoryCache cache, Guid userId) => cache.Remove(CacheKey(userId));

    private static string CacheKey(Guid userId) => $"user-active:{userId}";
}
