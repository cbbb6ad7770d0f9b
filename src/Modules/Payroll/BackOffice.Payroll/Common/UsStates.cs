using BackOffice.SharedKernel;

namespace BackOffice.Payroll.Common;

/// <summary>The jurisdictions a work or resident state can name (<see cref="UsStateCodes"/>).</summary>
internal static class UsStates
{
    /// <summary>Upper-cases and checks a code; null when it is not a state or DC.</summary>
    public static string? Normalize(string? code) => UsStateCodes.Normalize(code);
}
