using System.Globalization;
using System.Text;

namespace BackOffice.UnitTests.Organization;

/// <summary>Writes employees.csv files for tests: valid rows for the Dallas site and team unless a row is edited.</summary>
internal sealed class EmployeesCsv
{
    public const string Header =
        "employee_number,first_name,last_name,email,hire_date,site_code,team,home_state,pay_type,pay_rate,min_weekly_hours,max_weekly_hours,max_consecutive_days,skills,role,ssn,bank_routing,bank_account";

    private readonly List<string> lines = [Header];

    public static string Row(int n) =>
        string.Create(CultureInfo.InvariantCulture, $"E{n:00000},Agent{n},Tester,agent{n}@example.com,2025-02-03,DAL,Dallas Billing,TX,hourly,18.50,32,40,5,billing;sales,,{Ssn(n)},011000015,{4000000000L + n}");

    /// <summary>Distinct, issuable numbers (areas 101-600, never 000, 666 or 9xx).</summary>
    public static string Ssn(int n) => string.Create(CultureInfo.InvariantCulture, $"{101 + (n % 500):000}-{1 + (n % 97):00}-{1000 + n:0000}");

    public static EmployeesCsv WithRows(int count)
    {
        var csv = new EmployeesCsv();
        for (var n = 1; n <= count; n++)
        {
            csv.lines.Add(Row(n));
        }

        return csv;
    }

    public EmployeesCsv Add(string line)
    {
        lines.Add(line);
        return this;
    }

    /// <summary>Replaces the data row on file line <paramref name="line"/> (the header is line 1).</summary>
    public EmployeesCsv ReplaceLine(int line, string text)
    {
        lines[line - 1] = text;
        return this;
    }

    public string Text => string.Join("\n", lines) + "\n";

    public MemoryStream ToStream() => new(Encoding.UTF8.GetBytes(Text));
}
