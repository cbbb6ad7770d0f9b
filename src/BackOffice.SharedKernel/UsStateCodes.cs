namespace BackOffice.SharedKernel;

/// <summary>
/// Two-letter codes of the 50 states and the District of Columbia, the jurisdictions whose wage and tax rules
/// payroll applies. Source: USPS Publication 28, Appendix B ("State and Possession Abbreviations").
/// Territories are left out on purpose: their payroll taxes are not US state taxes.
/// </summary>
public static class UsStateCodes
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
        "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    };

    public static int Count => Codes.Count;

    /// <summary>Trims and upper-cases a code; null when it is not a state or DC.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var upper = code.Trim().ToUpperInvariant();
        return Codes.Contains(upper) ? upper : null;
    }
}
