using System.Globalization;
using BackOffice.Payroll.Taxes.Oracle;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// One documented exception to the state oracle gate (oracle-exceptions.csv beside this file).
/// <c>artifact</c>: the README flags the rows as the generator's artifacts, and the mapper must refuse them.
/// <c>publication</c>: an official publication proves the rows wrong, and our value must differ from them.
/// </summary>
internal sealed record OracleException(string State, string Filter, string Kind, string Reason, string Publication)
{
    public const string Artifact = "artifact";
    public const string PublicationKind = "publication";

    public bool Matches(WithholdingOracleRow row)
    {
        if (!string.Equals(row.Province, State, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Filter.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(term =>
        {
            if (term == "*")
            {
                return true;
            }

            if (term.StartsWith("gross_income>=", StringComparison.Ordinal))
            {
                return row.GrossIncome >= decimal.Parse(term["gross_income>=".Length..], CultureInfo.InvariantCulture);
            }

            var parts = term.Split('=', 2, StringSplitOptions.TrimEntries);
            return parts[0] switch
            {
                "filing_status" => row.FilingStatusCode == parts[1],
                "gross_income" => row.GrossIncome == decimal.Parse(parts[1], CultureInfo.InvariantCulture),
                "allowance" => row.Allowance == int.Parse(parts[1], CultureInfo.InvariantCulture),
                "line" => row.LineNumber == int.Parse(parts[1], CultureInfo.InvariantCulture),
                _ => throw new FormatException($"Unknown exception filter term '{term}'."),
            };
        });
    }

    public static IReadOnlyList<OracleException> Load()
    {
        var path = Path.Combine(ReferenceData.RepositoryRoot, "tests", "BackOffice.Payroll.Tests", "States", "oracle-exceptions.csv");
        return [.. File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];
    }

    // Five fields; reason and publication may be quoted and contain commas.
    private static OracleException Parse(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        if (fields.Count != 5)
        {
            throw new FormatException($"oracle-exceptions.csv: expected 5 fields in: {line}");
        }

        return new OracleException(fields[0], fields[1], fields[2], fields[3], fields[4]);
    }
}
