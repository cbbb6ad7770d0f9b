using System.Globalization;
using BackOffice.Payroll.Taxes.Oracle;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Payroll.Tests.States;

/// <summary>Reads ../shared/benchmarks/payroll/us-withholding-2020.csv (layout in that folder's README, section 1).</summary>
internal static class OracleCsv
{
    public const int ExpectedRowCount = 13370; // README section 4

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("MM/dd/yy");

    public static IReadOnlyList<WithholdingOracleRow> Load()
    {
        var path = ReferenceData.Require("payroll", "us-withholding-2020.csv");
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        var index = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var rows = new List<WithholdingOracleRow>(lines.Length);
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0)
            {
                continue;
            }

            var f = Split(lines[n]);
            string Get(string name) => f[index[name]];
            rows.Add(new WithholdingOracleRow(
                LineNumber: n + 1,
                Country: Get("country"),
                Province: Get("province"),
                Date: ParseDate(Get("date")),
                PayPeriods: int.Parse(Get("pay_periods"), CultureInfo.InvariantCulture),
                FilingStatusCode: Get("filing_status"),
                Allowance: int.Parse(Get("allowance"), CultureInfo.InvariantCulture),
                FederalFormW4Version: int.Parse(Get("federal_form_w4_version"), CultureInfo.InvariantCulture),
                FederalClaimDependents: decimal.Parse(Get("federal_claim_dependents"), CultureInfo.InvariantCulture),
                FederalOtherIncome: decimal.Parse(Get("federal_other_income"), CultureInfo.InvariantCulture),
                FederalOtherDeductions: decimal.Parse(Get("federal_other_deductions"), CultureInfo.InvariantCulture),
                GrossIncome: decimal.Parse(Get("gross_income"), CultureInfo.InvariantCulture),
                ExpectedFederal: decimal.Parse(Get("federal_deduction"), CultureInfo.InvariantCulture),
                ExpectedState: decimal.Parse(Get("provincial_deduction"), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    // "01/01/20" is a 2000s date; NodaTime's two-digit year pattern would otherwise pick a century by its own rule.
    private static LocalDate ParseDate(string text)
    {
        var parsed = DatePattern.Parse(text).Value;
        return parsed.Year < 2000 ? parsed.PlusYears(100) : parsed;
    }

    // The file quotes every field and never embeds commas or quotes in a value.
    private static string[] Split(string line) => [.. line.Split(',').Select(field => field.Trim().Trim('"'))];
}
