using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace BackOffice.Identity.Endpoints;

/// <summary>Cookie sign-in for the Blazor UI. These two endpoints are on the short anonymous list.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", LoginAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/account/logout", LogoutAsync).RequireAuthorization().ExcludeFromDescription();
    }

    internal static async Task<IResult> LoginAsync([FromForm] LoginForm form, SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        var returnUrl = IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/";
        var failed = Results.Redirect($"/login?error=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password))
        {
            return failed;
        }

        var user = await users.FindByEmailAsync(form.Email.Trim()).ConfigureAwait(false);
        if (user is null || user.IsDisabled)
        {
            return failed;
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.IsLockedOut)
        {
            return Results.Redirect($"/login?error=locked&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        return result.Succeeded ? Results.LocalRedirect(returnUrl) : failed;
    }

    internal static async Task<IResult> LogoutAsync(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return Results.LocalRedirect("/login");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    internal sealed class LoginForm
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? ReturnUrl { get; set; }
    }
}
