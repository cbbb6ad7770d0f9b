using System.Globalization;
using BackOffice.Scheduling.Contracts.Staffing;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Staffing.Volume;

/// <summary>
/// Reads and writes <c>queue,interval_start,offered,handled,aht_seconds</c>. The whole file is checked and every error
/// is reported with its line, rather than stopping at the first, so a scheduler can fix an export in one pass.
/// </summary>
internal sealed class VolumeHistoryCsv : IVolumeHistoryCsv
{
    public static readonly IReadOnlyList<string> Columns = ["queue", "interval_start", "offered", "handled", "aht_seconds"];

    // ISO 8601 local time with its offset; seconds may be omitted. 'Z' is accepted as a zero offset.
    private static readonly OffsetDateTimePattern WithSeconds = OffsetDateTimePattern.GeneralIso;
    private static readonly OffsetDateTimePattern WithoutSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");
    private static readonly OffsetDateTimePattern Output = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    private const int MaxQueueNameLength = 100;
    private const double MaxAhtSeconds = 86_400;

    public VolumeImportResult Parse(TextReader reader, IReadOnlyDictionary<string, int>? knownIntervalMinutes = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var errors = new List<VolumeImportError>();
        var rows = new List<ParsedRow>();

        foreach (var (queue, minutes) in knownIntervalMinutes ?? new Dictionary<string, int>())
        {
            if (minutes is not (15 or 30))
            {
                throw new ArgumentException($"Queue '{queue}' is configured with {minutes}-minute intervals; only 15 and 30 are supported.", nameof(knownIntervalMinutes));
            }
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(reader, configuration, leaveOpen: true);

        int[]? columnIndex;
        try
        {
            columnIndex = ReadHeader(csv, errors);
        }
        catch (CsvHelperException ex)
        {
            errors.Add(new VolumeImportError(1, "volume.malformed_csv", "the file is not readable CSV: " + ex.Message.Split('\n')[0]));
            return Empty(errors);
        }

        if (columnIndex is null)
        {
            return Empty(errors);
        }

        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException ex)
            {
                errors.Add(new VolumeImportError(csv.Parser.RawRow, "volume.malformed_csv", "unreadable CSV: " + ex.Message.Split('\n')[0]));
                break;
            }

            if (!more)
            {
                break;
            }

            var row = ReadRow(csv, columnIndex, errors);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        var intervals = ResolveIntervals(rows, knownIntervalMinutes, errors);
        RejectDuplicates(rows, errors);

        var records = rows
            .Where(r => intervals.ContainsKey(r.Queue))
            .Select(r => new VolumeRecord(r.Queue, r.Start, intervals[r.Queue], r.Offered, r.Handled, r.AhtSeconds))
            .ToList();
        errors.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : string.CompareOrdinal(a.Code, b.Code));
        return new VolumeImportResult(records, errors, intervals);
    }

    public void Write(TextWriter writer, IEnumerable<VolumeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var record in records)
        {
            csv.WriteField(record.Queue);
            csv.WriteField(Output.Format(record.IntervalStart));
            csv.WriteField(record.Offered.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(record.Handled.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(record.AhtSeconds.ToString("R", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }

    private static VolumeImportResult Empty(List<VolumeImportError> errors) => new([], errors, new Dictionary<string, int>());

    private static int[]? ReadHeader(CsvReader csv, List<VolumeImportError> errors)
    {
        if (!csv.Read())
        {
            errors.Add(new VolumeImportError(1, "volume.empty_file", "the file is empty; expected the header " + string.Join(',', Columns)));
            return null;
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var index = new int[Columns.Count];
        var missing = new List<string>();
        for (var c = 0; c < Columns.Count; c++)
        {
            index[c] = Array.FindIndex(header, h => string.Equals(h.Trim().TrimStart('\uFEFF'), Columns[c], StringComparison.OrdinalIgnoreCase));
            if (index[c] < 0)
            {
                missing.Add(Columns[c]);
            }
        }

        if (missing.Count > 0)
        {
            errors.Add(new VolumeImportError(
                csv.Parser.RawRow,
                "volume.bad_header",
                $"the header lacks {string.Join(", ", missing)}; expected {string.Join(',', Columns)}"));
            return null;
        }

        return index;
    }

    private static ParsedRow? ReadRow(CsvReader csv, int[] columnIndex, List<VolumeImportError> errors)
    {
        var line = csv.Parser.RawRow;
        var before = errors.Count;
        string Field(int column) => csv.TryGetField<string>(columnIndex[column], out var value) && value is not null ? value : string.Empty;
        void Fail(string code, string message) => errors.Add(new VolumeImportError(line, code, message));

        var queue = Field(0);
        if (queue.Length == 0)
        {
            Fail("volume.missing_queue", "queue is empty");
        }
        else if (queue.Length > MaxQueueNameLength)
        {
            Fail("volume.queue_too_long", $"queue name is longer than {MaxQueueNameLength} characters");
        }

        var startText = Field(1);
        var start = WithSeconds.Parse(startText);
        if (!start.Success)
        {
            start = WithoutSeconds.Parse(startText);
        }

        if (!start.Success)
        {
            Fail("volume.bad_interval_start", $"interval_start '{startText}' is not ISO 8601 local time with offset, e.g. 2026-03-02T08:30:00-06:00");
        }

        var offered = ParseCount(Field(2), "offered", Fail);
        var handled = ParseCount(Field(3), "handled", Fail);

        var ahtText = Field(4);
        double aht = 0;
        if (!double.TryParse(ahtText, NumberStyles.Float, CultureInfo.InvariantCulture, out aht) || !double.IsFinite(aht) || aht < 0 || aht > MaxAhtSeconds)
        {
            Fail("volume.bad_aht", $"aht_seconds '{ahtText}' must be a number of seconds from 0 to {MaxAhtSeconds}");
        }
        else if (handled > 0 && aht == 0)
        {
            Fail("volume.zero_aht", "aht_seconds is 0 although calls were handled");
        }

        return errors.Count == before ? new ParsedRow(line, queue, start.Value, offered, handled, aht) : null;
    }

    private static int ParseCount(string text, string column, Action<string, string> fail)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        fail("volume.bad_" + column, $"{column} '{text}' must be a whole number of calls, 0 or more");
        return 0;
    }

    /// <summary>
    /// A configured queue keeps its length. Otherwise a queue is 15-minute if any of its rows starts at :15 or :45, else
    /// 30-minute. Every start must then sit on that grid of the local clock.
    /// </summary>
    private static Dictionary<string, int> ResolveIntervals(List<ParsedRow> rows, IReadOnlyDictionary<string, int>? known, List<VolumeImportError> errors)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var queue in rows.GroupBy(r => r.Queue, StringComparer.Ordinal))
        {
            int minutes;
            if (known is not null && known.TryGetValue(queue.Key, out var configured))
            {
                minutes = configured;
            }
            else
            {
                minutes = queue.Any(r => r.Start.Minute % 30 != 0) ? 15 : 30;
            }

            var aligned = true;
            foreach (var row in queue)
            {
                var time = row.Start.LocalDateTime.TimeOfDay;
                if (time.Minute % minutes != 0 || time.Second != 0 || time.NanosecondOfSecond != 0)
                {
                    aligned = false;
                    errors.Add(new VolumeImportError(
                        row.Line,
                        "volume.misaligned_interval",
                        $"interval_start {Output.Format(row.Start)} is not on the {minutes}-minute grid of queue '{queue.Key}' (intervals are 15 or 30 minutes and start on the clock)"));
                }
            }

            if (aligned)
            {
                result[queue.Key] = minutes;
            }
        }

        return result;
    }

    /// <summary>The same queue and instant twice in one file is ambiguous (which figures are right?), so both lines are named.</summary>
    private static void RejectDuplicates(List<ParsedRow> rows, List<VolumeImportError> errors)
    {
        var firstLine = new Dictionary<(string Queue, Instant Start), int>();
        foreach (var row in rows)
        {
            var key = (row.Queue, row.Start.ToInstant());
            if (firstLine.TryGetValue(key, out var first))
            {
                errors.Add(new VolumeImportError(
                    row.Line,
                    "volume.duplicate_row",
                    $"duplicate of line {first}: queue '{row.Queue}' interval {Output.Format(row.Start)} appears twice"));
            }
            else
            {
                firstLine[key] = row.Line;
            }
        }
    }

    private sealed record ParsedRow(int Line, string Queue, OffsetDateTime Start, int Offered, int Handled, double AhtSeconds);
}
