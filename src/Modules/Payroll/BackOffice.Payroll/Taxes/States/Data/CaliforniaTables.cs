using BackOffice.Payroll.Taxes.States.Engine;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Data;

/// <summary>
/// California DE 4 withholding, Method B (exact calculation), annual payroll period.
/// Status codes: S = single, or married with two or more incomes; M = married, one income; H = unmarried head of household.
/// </summary>
internal static class CaliforniaTables
{
    public static IEnumerable<StateTaxTable> All => [Year2020, Year2021];

    /// <summary>EDD "California Withholding Schedules for 2020", Method B: Table 1 (low-income exemption), Table 2 (estimated deduction $1,000),
    /// Table 3 (standard deduction), Table 4 (exemption allowance credit $134.20), Table 5 (tax rate table, annual). Low-income amounts as
    /// restated in USDA NFC bulletin TAXES 20-14 (21-Apr-2020).</summary>
    public static StateTaxTable Year2020 { get; } = new()
    {
        State = "CA",
        TaxYear = 2020,
        EffectiveFrom = new LocalDate(2020, 1, 1),
        Source = "CA EDD, California Withholding Schedules for 2020 (DE 44), Method B Tables 1-5, annual payroll period",
        AllowanceCredit = 134.20m,
        AdditionalAllowanceDeduction = 1000m,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single, or married with two or more incomes", 4537m, BracketSchedule.Of(
                (0m, 0m, 0.011m), (8809m, 96.90m, 0.022m), (20883m, 362.53m, 0.044m), (32960m, 893.92m, 0.066m),
                (45753m, 1738.26m, 0.088m), (57824m, 2800.51m, 0.1023m), (295373m, 27101.77m, 0.1133m),
                (354445m, 33794.63m, 0.1243m), (590742m, 63166.35m, 0.1353m), (1000000m, 118538.96m, 0.1463m)),
                StandardDeductionTwoOrMoreAllowances: 4537m, LowIncomeExemption: 15042m, LowIncomeExemptionTwoOrMoreAllowances: 15042m),
            ["M"] = new("Married, one income", 4537m, BracketSchedule.Of(
                (0m, 0m, 0.011m), (17618m, 193.80m, 0.022m), (41766m, 725.06m, 0.044m), (65920m, 1787.84m, 0.066m),
                (91506m, 3476.52m, 0.088m), (115648m, 5601.02m, 0.1023m), (590746m, 54203.55m, 0.1133m),
                (708890m, 67589.27m, 0.1243m), (1000000m, 103774.24m, 0.1353m), (1181484m, 128329.03m, 0.1463m)),
                StandardDeductionTwoOrMoreAllowances: 9074m, LowIncomeExemption: 15042m, LowIncomeExemptionTwoOrMoreAllowances: 30083m),
            ["H"] = new("Unmarried head of household", 9074m, BracketSchedule.Of(
                (0m, 0m, 0.011m), (17629m, 193.92m, 0.022m), (41768m, 724.98m, 0.044m), (53843m, 1256.28m, 0.066m),
                (66636m, 2100.62m, 0.088m), (78710m, 3163.13m, 0.1023m), (401705m, 36205.52m, 0.1133m),
                (482047m, 45308.27m, 0.1243m), (803410m, 85253.69m, 0.1353m), (1000000m, 111852.32m, 0.1463m)),
                StandardDeductionTwoOrMoreAllowances: 9074m, LowIncomeExemption: 30083m, LowIncomeExemptionTwoOrMoreAllowances: 30083m),
        },
    };

    /// <summary>EDD "California Withholding Schedules for 2021" (DE 44), Method B Tables 1-5, annual payroll period. Low-income
    /// exemption ($15,267 / $30,534), standard deduction ($4,601 / $9,202) and credit ($136.40) as restated in USDA NFC bulletin
    /// TAXES 21-15 (10-Mar-2021).</summary>
    public static StateTaxTable Year2021 { get; } = new()
    {
        State = "CA",
        TaxYear = 2021,
        EffectiveFrom = new LocalDate(2021, 1, 1),
        Source = "CA EDD, California Withholding Schedules for 2021 (DE 44), Method B Tables 1-5, annual payroll period",
        AllowanceCredit = 136.40m,
        AdditionalAllowanceDeduction = 1000m,
        Statuses = new Dictionary<string, FilingStatusTable>
        {
            ["S"] = new("Single, or married with two or more incomes", 4601m, BracketSchedule.Of(
                (0m, 0m, 0.011m), (8932m, 98.25m, 0.022m), (21175m, 367.60m, 0.044m), (33421m, 906.42m, 0.066m),
                (46394m, 1762.64m, 0.088m), (58634m, 2839.76m, 0.1023m), (299508m, 27481.17m, 0.1133m),
                (359407m, 34267.73m, 0.1243m), (599012m, 64050.63m, 0.1353m), (1000000m, 118304.31m, 0.1463m)),
                StandardDeductionTwoOrMoreAllowances: 4601m, LowIncomeExemption: 15267m, LowIncomeExemptionTwoOrMoreAllowances: 15267m),
            ["M"] = new("Married, one income", 4601m, BracketSchedule.Of(
                (0m, 0m, 0.011m), (17864m, 196.50m, 0.022m), (42350m, 735.19m, 0.044m), (66842m, 1812.84m, 0.066m),
                (92788m, 3525.28m, 0.088m), (117268m, 5679.52m, 0.1023m), (599016m, 54962.34m, 0.1133m),
                (718814m, 68535.45m, 0.1243m), (1000000m, 103486.87m, 0.1353m), (1198024m, 130279.52m, 0.1463m)),
                StandardDeductionTwoOrMoreAllowances: 9202m, LowIncomeExemption: 15267m, LowIncomeExemptionTwoOrMoreAllowances: 30534m),
            ["H"] = new("Unmarried head of household", 9202m, BracketSchedule.Of(
                (0m, 0m, 0.011m), (17876m, 196.64m, 0.022m), (42353m, 735.13m, 0.044m), (54597m, 1273.87m, 0.066m),
                (67569m, 2130.02m, 0.088m), (79812m, 3207.40m, 0.1023m), (407329m, 36712.39m, 0.1133m),
                (488796m, 45942.60m, 0.1243m), (814658m, 86447.25m, 0.1353m), (1000000m, 111524.02m, 0.1463m)),
                StandardDeductionTwoOrMoreAllowances: 9202m, LowIncomeExemption: 30534m, LowIncomeExemptionTwoOrMoreAllowances: 30534m),
        },
    };
}
