using System.Globalization;
using BackOffice.Payroll.Contracts;
using BackOffice.SharedKernel;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime.Text;

namespace BackOffice.Payroll.Taxes.Oracle;

/// <summary>
/// The regression layout: 13 quoted columns, one header line, LF line ends. Rows are kept with their original text so
/// the output repeats them exactly, with the computed columns appended.
/// </summary>
internal static class WithholdingOracleCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "country", "province", "date", "pay_periods", "filing_status", "allowance", "federal_form_w4_version",
        "federal_claim_dependents", "federal_other_income", "federal_other_deductions", "gross_income",
        "federal_deduction", "provincial_deduction",
    ];

    public static readonly IReadOnlyList<string> AddedColumns = ["computed_federal", "computed_state", "note"];

    private static readonly Dictionary<string, int> ColumnIndex = Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);

    private static readonly LocalDatePattern ShortDate = LocalDatePattern.CreateWithInvariantCulture("MM/dd/yy");
    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("MM/dd/yyyy");

    public static CsvConfiguration ReaderConfiguration => new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = true,
        IgnoreBlankLines = true,
        DetectColumnCountChanges = true,
    };

    public static CsvConfiguration WriterConfiguration => new(CultureInfo.InvariantCulture)
    {
        ShouldQuote = _ => true,
        NewLine = "\n",
    };

    /// <summary>Parses one record; the raw fields come back too, to be written out unchanged.</summary>
    public static Result<(WithholdingOracleRow Row, string[] Raw)> Read(CsvReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var line = csv.Parser.RawRow;
        var raw = Columns.Select(c => csv.GetField(c) ?? string.Empty).ToArray();
        string Field(string name) => raw[ColumnIndex[name]].Trim();

        var date = ShortDate.Parse(Field("date"));
        if (!date.Success)
        {
            date = LongDate.Parse(Field("date"));
        }

        if (!date.Success
            || !int.TryParse(Field("pay_periods"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var periods)
            || !int.TryParse(Field("allowance"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var allowance)
            || !int.TryParse(Field("federal_form_w4_version"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var w4Version)
            || !TryMoney(Field("federal_claim_dependents"), out var dependents)
            || !TryMoney(Field("federal_other_income"), out var otherIncome)
            || !TryMoney(Field("federal_other_deductions"), out var otherDeductions)
            || !TryMoney(Field("gross_income"), out var gross))
        {
            return new Error(PayrollErrorCodes.OracleFileInvalid, $"Line {line}: a date (MM/dd/yy) or number column could not be read.");
        }

        var row = new WithholdingOracleRow(
            line,
            Field("country"),
            Field("province"),
            date.Value,
            periods,
            Field("filing_status"),
            allowance,
            w4Version,
            dependents,
            otherIncome,
            otherDeductions,
            gross,
            TryMoney(Field("federal_deduction"), out var expectedFederal) ? expectedFederal : null,
            TryMoney(Field("provincial_deduction"), out var expectedState) ? expectedState : null);
        return (row, raw);
    }

    /// <summary>Checks the header names the 13 oracle columns in order.</summary>
    public static Result CheckHeader(string[]? header)
    {
        if (header is null || !header.Select(h => h.Trim()).SequenceEqual(Columns, StringComparer.Ordinal))
        {
            return new Error(
                PayrollErrorCodes.OracleFileInvalid,
                $"The header must be exactly: {string.Join(",", Columns)} (found: {(header is null ? "nothing" : string.Join(",", header))}).");
        }

        return Result.Success();
    }

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static bool TryMoney(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
}
