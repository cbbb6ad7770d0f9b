namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>
/// States that levy no income tax on wages in the covered years, each with the provision that says so. Years outside
/// <see cref="FirstYear"/>–<see cref="LastYear"/> are not asserted: a later law could change that.
/// </summary>
internal static class NoIncomeTaxStates
{
    public const int FirstYear = 2020;
    public const int LastYear = 2026;

    public static IReadOnlyDictionary<string, string> Citations { get; } = new Dictionary<string, string>
    {
        ["AK"] = "Alaska: no individual income tax since 1980 (AS 43.20 applies to corporations only)",
        ["FL"] = "Florida Constitution art. VII s. 5: no personal income tax",
        ["NV"] = "Nevada Constitution art. 10 s. 1(9): no personal income tax",
        ["NH"] = "New Hampshire: RSA 77 taxed interest and dividends only (repealed from 2025); no tax on wages",
        ["SD"] = "South Dakota: no personal income tax statute; no tax on wages",
        ["TN"] = "Tennessee: Hall tax (T.C.A. 67-2) on interest and dividends only, repealed from 2021; no tax on wages",
        ["TX"] = "Texas Constitution art. 8 s. 24-a: no personal income tax",
        ["WA"] = "Washington: no personal income tax on wages (RCW 82.87 taxes only long-term capital gains, from 2022)",
        ["WY"] = "Wyoming: no personal income tax statute; no tax on wages",
    };
}
