using Microsoft.AspNetCore.DataProtection;

namespace BackOffice.Organization.Domain;

/// <summary>
/// Encrypts SSNs and bank accounts at rest with ASP.NET Core Data Protection (authenticated encryption, keys rotated
/// by the key ring). The purpose string isolates these payloads: no other protector in the app can read them.
/// </summary>
internal interface IPersonalDataProtector
{
    string Protect(string clear);

    string Unprotect(string protectedValue);
}

internal sealed class PersonalDataProtector(IDataProtectionProvider provider) : IPersonalDataProtector
{
    public const string Purpose = "BackOffice.Organization.PersonalData.v1";

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public string Protect(string clear) => protector.Protect(clear);

    public string Unprotect(string protectedValue) => protector.Unprotect(protectedValue);
}
