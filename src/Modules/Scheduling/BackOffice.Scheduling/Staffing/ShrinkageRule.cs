namespace BackOffice.Scheduling.Staffing;

/// <summary>
/// Scheduled agents = ceil(raw / (1 − shrinkage)). Done in decimal: in binary floating point 14 / (1 − 0.30) is
/// 20.000000000000004 and would round up to 21.
/// </summary>
internal static class ShrinkageRule
{
    public static int Scheduled(int rawAgents, decimal shrinkage)
    {
        if (shrinkage is < 0m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(shrinkage), shrinkage, "Shrinkage must be at least 0 and below 1.");
        }

        return (int)decimal.Ceiling(rawAgents / (1m - shrinkage));
    }
}
