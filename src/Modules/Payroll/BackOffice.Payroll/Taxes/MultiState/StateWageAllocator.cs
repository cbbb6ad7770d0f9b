using BackOffice.Payroll.Common;
using BackOffice.Payroll.Contracts;

namespace BackOffice.Payroll.Taxes.MultiState;

/// <summary>
/// Apportions a period's gross wages to work states by the hours worked in each. Each share is rounded to cents half
/// away from zero; the cent or two the rounding leaves over goes to the state with the most hours (ties: alphabetical),
/// so the shares always add up to gross. With no hours (a bonus-only period) everything goes to <paramref name="fallbackState"/>.
/// </summary>
internal static class StateWageAllocator
{
    public static IReadOnlyList<StateWageAllocationDto> Allocate(decimal gross, IReadOnlyDictionary<string, decimal> hoursByState, string fallbackState)
    {
        ArgumentNullException.ThrowIfNull(hoursByState);
        var worked = hoursByState.Where(kv => kv.Value > 0m).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var totalHours = worked.Sum(kv => kv.Value);
        if (totalHours == 0m)
        {
            return [new StateWageAllocationDto(fallbackState, 0m, Amounts.Cents(gross))];
        }

        var shares = worked.Select(kv => (State: kv.Key, Hours: kv.Value, Wages: Amounts.Cents(gross * kv.Value / totalHours))).ToList();
        var remainder = Amounts.Cents(gross) - shares.Sum(s => s.Wages);
        if (remainder != 0m)
        {
            var largest = shares.Select((s, i) => (s, i)).OrderByDescending(x => x.s.Hours).ThenBy(x => x.s.State, StringComparer.Ordinal).First().i;
            shares[largest] = shares[largest] with { Wages = shares[largest].Wages + remainder };
        }

        return shares.Select(s => new StateWageAllocationDto(s.State, Amounts.Hours(s.Hours), s.Wages)).ToList();
    }
}
