namespace BackOffice.Payroll.Earnings.Rules;

/// <summary>
/// FLSA section 7(a), 29 U.S.C. 207(a)(1) and 29 CFR 778.107: hours over 40 in the workweek at one and one-half times the
/// regular rate. Applied last and only to hours still regular after the state's daily rule, so daily-overtime hours
/// never count again toward the 40 (California Labor Code 510(a) no-pyramiding; the same arithmetic gives Colorado's
/// "whichever calculation results in the greater payment" and Alaska's and Nevada's daily-or-weekly rules).
/// </summary>
internal static class FlsaWeeklyOvertimeRule
{
    public const string Description = "FLSA weekly overtime over 40 hours (29 U.S.C. 207(a)(1); 29 CFR 778.107)";

    public const decimal WeeklyThreshold = 40m;

    /// <summary>Promotes regular hours past the 40th, counted in chronological order, to overtime.</summary>
    /// <returns>Whether any hour was promoted.</returns>
    public static bool Apply(IReadOnlyList<WorkEntry> entries, HourTiers[] tiers)
    {
        var regularSoFar = 0m;
        var promoted = false;
        foreach (var entry in entries)
        {
            var t = tiers[entry.Index];
            var stillRegular = Math.Max(0m, Math.Min(t.Regular, WeeklyThreshold - regularSoFar));
            var excess = t.Regular - stillRegular;
            regularSoFar += t.Regular;
            if (excess > 0m)
            {
                tiers[entry.Index] = t with { Regular = stillRegular, Overtime = t.Overtime + excess };
                promoted = true;
            }
        }

        return promoted;
    }
}
