using BackOffice.SharedKernel;

namespace BackOffice.Payroll.Common;

/// <summary>The module's only rounding points, so every amount is rounded the same way and exactly once.</summary>
internal static class Amounts
{
    private const decimal Normalizer = 1.000000000000000000000000000000000m;

    /// <summary>Cents, half away from zero; the result always carries two decimals so it prints as 12.50, never 12.5.</summary>
    public static decimal Cents(decimal amount) => new Money(amount).RoundToCents().Amount + 0.00m;

    /// <summary>A rate for display: 4 decimals, half away from zero, trailing zeros dropped but at least two decimals.</summary>
    public static decimal DisplayRate(decimal rate) => AtLeastTwoDecimals(Math.Round(rate, 4, MidpointRounding.AwayFromZero));

    /// <summary>Hours as entered, without trailing zeros (40.00 becomes 40).</summary>
    public static decimal Hours(decimal hours) => hours / Normalizer;

    private static decimal AtLeastTwoDecimals(decimal value) => (value / Normalizer) + 0.00m;
}
