using System.Globalization;
using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.SharedKernel;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime.Text;

namespace BackOffice.Scheduling.Solving.CallCenter;

/// <summary>Reads <c>interval_start,required</c> (ISO local date-time, whole agents) as written by the staffing step or by hand.</summary>
internal static class IntervalRequirementCsv
{
    public static Result<IReadOnlyList<IntervalRequirement>> Read(TextReader reader)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, IgnoreBlankLines = true };
        using var csv = new CsvReader(reader, configuration, leaveOpen: true);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not ["interval_start", "required"])
        {
            return new Error("roster.requirements_format", "The requirements CSV must start with the header interval_start,required.");
        }

        var list = new List<IntervalRequirement>();
        while (csv.Read())
        {
            var start = LocalDateTimePattern.ExtendedIso.Parse(csv.GetField(0) ?? string.Empty);
            if (!start.Success || !int.TryParse(csv.GetField(1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var required) || required < 0)
            {
                return new Error("roster.requirements_format", $"Requirements line {csv.Parser.Row}: expected an ISO date-time and a whole number of agents.");
            }

            list.Add(new IntervalRequirement(start.Value, required));
        }

        return list;
    }
}
