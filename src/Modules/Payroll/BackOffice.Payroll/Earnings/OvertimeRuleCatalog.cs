using BackOffice.Payroll.Earnings.Rules;

namespace BackOffice.Payroll.Earnings;

/// <summary>
/// Which daily rule a work state adds to the FLSA weekly rule. States not listed follow the FLSA alone; adding a state
/// is one rule class plus one line here.
/// </summary>
internal sealed class OvertimeRuleCatalog
{
    private readonly Dictionary<string, IDailyOvertimeRule> byState;

    public OvertimeRuleCatalog(
        CaliforniaDailyOvertimeRule california,
        AlaskaDailyOvertimeRule alaska,
        NevadaDailyOvertimeRule nevada,
        ColoradoDailyOvertimeRule colorado)
    {
        byState = new Dictionary<string, IDailyOvertimeRule>(StringComparer.Ordinal)
        {
            ["CA"] = california,
            ["AK"] = alaska,
            ["NV"] = nevada,
            ["CO"] = colorado,
        };
    }

    public IDailyOvertimeRule? DailyRuleFor(string state) => byState.GetValueOrDefault(state);

    public static OvertimeRuleCatalog CreateDefault() =>
        new(new CaliforniaDailyOvertimeRule(new SeventhConsecutiveDayRule()), new AlaskaDailyOvertimeRule(), new NevadaDailyOvertimeRule(), new ColoradoDailyOvertimeRule());
}
