using System.Globalization;
using BackOffice.Scheduling.Solving.Model;
using BackOffice.SharedKernel;

namespace BackOffice.Scheduling.Solving.Nrp;

/// <summary>
/// Reads the Curtois–Qu shift scheduling benchmark text format (schedulingbenchmarks.org/nrp, described in
/// ../shared/benchmarks/nrp/README.md) into a <see cref="RosterProblem"/>. Every format error is reported
/// with its line number, never as an exception.
/// </summary>
internal static class NrpInstanceParser
{
    private static readonly string[] KnownSections =
    [
        "SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF", "SECTION_DAYS_OFF",
        "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER",
    ];

    public static Result<RosterProblem> ParseFile(string path)
    {
        if (!File.Exists(path))
        {
            return new Error("nrp.instance_not_found", $"Instance file '{path}' does not exist.");
        }

        var name = Path.GetFileNameWithoutExtension(path);
        using var reader = new StreamReader(path);
        return Parse(reader, name);
    }

    public static Result<RosterProblem> Parse(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            return ParseCore(reader, name);
        }
        catch (FormatException ex)
        {
            return new Error("nrp.format", ex.Message);
        }
    }

    private static RosterProblem ParseCore(TextReader reader, string name)
    {
        var sections = ReadSections(reader);
        var horizon = sections.TryGetValue("SECTION_HORIZON", out var horizonLines) && horizonLines.Count == 1
            ? Int(horizonLines[0].Fields[0], horizonLines[0].Number)
            : throw new FormatException("SECTION_HORIZON must hold exactly one number (the number of days).");
        if (horizon < 1)
        {
            throw new FormatException($"The horizon must be at least one day, found {horizon}.");
        }

        var shiftLines = Section(sections, "SECTION_SHIFTS");
        var shifts = new List<ShiftType>();
        foreach (var line in shiftLines)
        {
            Expect(line, 2, 3);
            shifts.Add(new ShiftType(line.Fields[0], 0, Int(line.Fields[1], line.Number)));
        }

        var shiftIds = shifts.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        if (shiftIds.Count != shifts.Count)
        {
            throw new FormatException("SECTION_SHIFTS lists a shift ID twice.");
        }

        var forbidden = new List<IReadOnlySet<int>>();
        foreach (var line in shiftLines)
        {
            var set = new HashSet<int>();
            if (line.Fields.Length > 2)
            {
                foreach (var id in SplitBar(line.Fields[2]))
                {
                    set.Add(ShiftOf(shiftIds, id, line.Number));
                }
            }

            forbidden.Add(set);
        }

        var staffLines = Section(sections, "SECTION_STAFF");
        var daysOff = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var line in sections.GetValueOrDefault("SECTION_DAYS_OFF") ?? [])
        {
            var set = new HashSet<int>();
            foreach (var field in line.Fields.Skip(1))
            {
                set.Add(Day(field, line.Number, horizon));
            }

            if (!daysOff.TryAdd(line.Fields[0], set))
            {
                daysOff[line.Fields[0]].UnionWith(set);
            }
        }

        var employees = new List<Employee>();
        foreach (var line in staffLines)
        {
            Expect(line, 8, 8);
            var maxPerType = Enumerable.Repeat(horizon, shifts.Count).ToArray();
            foreach (var pair in SplitBar(line.Fields[1]))
            {
                var parts = pair.Split('=');
                if (parts.Length != 2)
                {
                    throw new FormatException($"Line {line.Number}: MaxShifts entry '{pair}' is not ShiftID=n.");
                }

                maxPerType[ShiftOf(shiftIds, parts[0].Trim(), line.Number)] = Int(parts[1], line.Number);
            }

            employees.Add(new Employee
            {
                Id = line.Fields[0],
                MaxShiftsPerType = maxPerType,
                MaxTotalMinutes = Int(line.Fields[2], line.Number),
                MinTotalMinutes = Int(line.Fields[3], line.Number),
                MaxConsecutiveShifts = Int(line.Fields[4], line.Number),
                MinConsecutiveShifts = Math.Max(1, Int(line.Fields[5], line.Number)),
                MinConsecutiveDaysOff = Math.Max(1, Int(line.Fields[6], line.Number)),
                MaxWeekends = Int(line.Fields[7], line.Number),
                DaysOff = daysOff.GetValueOrDefault(line.Fields[0]) ?? [],
            });
        }

        var employeeIds = employees.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        if (employeeIds.Count != employees.Count)
        {
            throw new FormatException("SECTION_STAFF lists an employee ID twice.");
        }

        foreach (var id in daysOff.Keys.Where(id => !employeeIds.ContainsKey(id)))
        {
            throw new FormatException($"SECTION_DAYS_OFF names unknown employee '{id}'.");
        }

        var requests = new List<ShiftRequest>();
        requests.AddRange(Requests(sections, "SECTION_SHIFT_ON_REQUESTS", on: true, employeeIds, shiftIds, horizon));
        requests.AddRange(Requests(sections, "SECTION_SHIFT_OFF_REQUESTS", on: false, employeeIds, shiftIds, horizon));

        var covers = new List<DayShiftCover>();
        foreach (var line in sections.GetValueOrDefault("SECTION_COVER") ?? [])
        {
            Expect(line, 5, 5);
            covers.Add(new DayShiftCover(
                Day(line.Fields[0], line.Number, horizon),
                ShiftOf(shiftIds, line.Fields[1], line.Number),
                Int(line.Fields[2], line.Number),
                Int(line.Fields[3], line.Number),
                Int(line.Fields[4], line.Number)));
        }

        return new RosterProblem(name, horizon, shifts, forbidden, employees)
        {
            Requests = requests,
            DayCovers = covers,
        };
    }

    private static IEnumerable<ShiftRequest> Requests(
        Dictionary<string, List<Line>> sections,
        string section,
        bool on,
        Dictionary<string, int> employeeIds,
        Dictionary<string, int> shiftIds,
        int horizon)
    {
        foreach (var line in sections.GetValueOrDefault(section) ?? [])
        {
            Expect(line, 4, 4);
            if (!employeeIds.TryGetValue(line.Fields[0], out var employee))
            {
                throw new FormatException($"Line {line.Number}: unknown employee '{line.Fields[0]}'.");
            }

            yield return new ShiftRequest(
                employee,
                Day(line.Fields[1], line.Number, horizon),
                ShiftOf(shiftIds, line.Fields[2], line.Number),
                Int(line.Fields[3], line.Number),
                on);
        }
    }

    private static Dictionary<string, List<Line>> ReadSections(TextReader reader)
    {
        var sections = new Dictionary<string, List<Line>>(StringComparer.Ordinal);
        List<Line>? current = null;
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var text = raw.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            if (text.StartsWith("SECTION_", StringComparison.Ordinal))
            {
                if (!KnownSections.Contains(text, StringComparer.Ordinal))
                {
                    throw new FormatException($"Line {number}: unknown section '{text}'.");
                }

                current = [];
                sections[text] = current;
                continue;
            }

            if (current is null)
            {
                throw new FormatException($"Line {number}: data before the first SECTION_ header.");
            }

            current.Add(new Line(number, text.Split(',').Select(f => f.Trim()).ToArray()));
        }

        return sections;
    }

    private static List<Line> Section(Dictionary<string, List<Line>> sections, string name) =>
        sections.TryGetValue(name, out var lines) && lines.Count > 0
            ? lines
            : throw new FormatException($"{name} is missing or empty.");

    private static void Expect(Line line, int min, int max)
    {
        var count = line.Fields.Length;
        // A trailing comma (e.g. "D,480,") yields an empty last field, which the format allows.
        if (count > max && line.Fields[max..].All(f => f.Length == 0))
        {
            count = max;
        }

        if (count < min || count > max)
        {
            throw new FormatException($"Line {line.Number}: expected {min}–{max} comma-separated fields, found {line.Fields.Length}.");
        }
    }

    private static IEnumerable<string> SplitBar(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int ShiftOf(Dictionary<string, int> shiftIds, string id, int line) =>
        shiftIds.TryGetValue(id, out var index) ? index : throw new FormatException($"Line {line}: unknown shift '{id}'.");

    private static int Day(string text, int line, int horizon)
    {
        var day = Int(text, line);
        return day >= 0 && day < horizon ? day : throw new FormatException($"Line {line}: day {day} is outside the horizon 0–{horizon - 1}.");
    }

    private static int Int(string text, int line) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Line {line}: '{text}' is not a whole number.");

    private sealed record Line(int Number, string[] Fields);
}
