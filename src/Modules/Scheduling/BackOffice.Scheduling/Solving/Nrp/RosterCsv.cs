using System.Globalization;
using BackOffice.Scheduling.Solving.Evaluation;
using BackOffice.Scheduling.Solving.Model;
using BackOffice.SharedKernel;
using CsvHelper;
using CsvHelper.Configuration;

namespace BackOffice.Scheduling.Solving.Nrp;

/// <summary>
/// The stable roster exchange format of <c>backoffice nrp</c>: one line per assignment,
/// <c>EmployeeID,Day,ShiftID</c>, day index from 0, IDs as in the instance, no header.
/// </summary>
internal static class RosterCsv
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        TrimOptions = TrimOptions.Trim,
        IgnoreBlankLines = true,
    };

    public static void Write(RosterProblem problem, Roster roster, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(roster);
        using var csv = new CsvWriter(writer, Configuration, leaveOpen: true);
        foreach (var (e, d, s) in roster.Assignments())
        {
            csv.WriteField(problem.Employees[e].Id);
            csv.WriteField(d);
            csv.WriteField(problem.Shifts[s].Id);
            csv.NextRecord();
        }
    }

    /// <summary>
    /// Reads a roster. Unknown IDs and malformed lines are input errors; a second shift for the same
    /// employee and day is a hard violation (at most one shift a day) and is returned as such.
    /// </summary>
    public static Result<(Roster Roster, IReadOnlyList<Violation> Structural)> Read(RosterProblem problem, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var roster = new Roster(problem.Employees.Count, problem.HorizonDays);
        var structural = new List<Violation>();
        using var csv = new CsvReader(reader, Configuration, leaveOpen: true);
        var line = 0;
        while (csv.Read())
        {
            line++;
            if (csv.Parser.Count != 3)
            {
                return new Error("nrp.roster_format", $"Roster line {line}: expected EmployeeID,Day,ShiftID.");
            }

            var employeeId = csv.GetField(0) ?? string.Empty;
            var shiftId = csv.GetField(2) ?? string.Empty;
            if (problem.EmployeeIndexOf(employeeId) is not { } e)
            {
                return new Error("nrp.roster_format", $"Roster line {line}: unknown employee '{employeeId}'.");
            }

            if (problem.ShiftIndexOf(shiftId) is not { } s)
            {
                return new Error("nrp.roster_format", $"Roster line {line}: unknown shift '{shiftId}'.");
            }

            if (!int.TryParse(csv.GetField(1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) || d < 0 || d >= problem.HorizonDays)
            {
                return new Error("nrp.roster_format", $"Roster line {line}: day '{csv.GetField(1)}' is not a day index 0–{problem.HorizonDays - 1}.");
            }

            if (roster.Works(e, d))
            {
                structural.Add(new Violation("one-shift-per-day", employeeId, $"Employee {employeeId} has more than one shift on day {d}."));
                continue;
            }

            roster[e, d] = s;
        }

        return (roster, structural);
    }
}
