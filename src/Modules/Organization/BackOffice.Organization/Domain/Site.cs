using System.Text.RegularExpressions;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Organization.Contracts;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Organization.Domain;

/// <summary>A place people work. Its time zone makes shifts local, and its state is the employees' work state for payroll.</summary>
internal sealed partial class Site : IAuditable
{
    private Site()
    {
    }

    public SiteId Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string TimeZoneId { get; private set; } = "";
    public string AddressLine1 { get; private set; } = "";
    public string City { get; private set; } = "";
    public string State { get; private set; } = "";
    public string PostalCode { get; private set; } = "";

    public DateTimeZone TimeZone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    public static Result<string> ParseCode(string? text)
    {
        var value = text?.Trim().ToUpperInvariant() ?? "";
        return value.Length is >= 2 and <= 16 && CodePattern().IsMatch(value)
            ? value
            : new Error("site.code_invalid", "A site code has 2 to 16 letters, digits or dashes.");
    }

    public static Result<string> ParseName(string? text)
    {
        var value = text?.Trim() ?? "";
        return value.Length is >= 1 and <= 100
            ? value
            : new Error("site.name_invalid", "A site name has 1 to 100 characters.");
    }

    public static Result<string> ParsePostalCode(string? text)
    {
        var value = text?.Trim() ?? "";
        return ZipPattern().IsMatch(value)
            ? value
            : new Error("site.postal_code_invalid", "A ZIP code is 12345 or 12345-6789.");
    }

    public static Result<string> ParseAddressPart(string? text, string code, string what)
    {
        var value = text?.Trim() ?? "";
        return value.Length is >= 1 and <= 200
            ? value
            : new Error(code, $"{what} is required (at most 200 characters).");
    }

    /// <summary>Arguments are already-parsed values (see the Parse methods), so the factory only holds the invariants.</summary>
    public static Site Create(string code, string name, string timeZoneId, string addressLine1, string city, string state, string postalCode) =>
        new()
        {
            Id = SiteId.New(),
            Code = code,
            Name = name,
            TimeZoneId = timeZoneId,
            AddressLine1 = addressLine1,
            City = city,
            State = state,
            PostalCode = postalCode,
        };

    public SiteDto ToDto() => new(Id.Value, Code, Name, TimeZoneId, new AddressDto(AddressLine1, City, State, PostalCode));

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{5}(-[0-9]{4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ZipPattern();
}
