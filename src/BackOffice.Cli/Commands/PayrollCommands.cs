using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackOffice.Payroll;
using BackOffice.Payroll.Contracts;
using BackOffice.SharedKernel;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Cli.Commands;

/// <summary>
/// <c>backoffice payroll overtime|withholding-check|bench</c>. The first two are stable contracts used by external
/// checks: their input and output layouts must not change.
/// </summary>
internal static class PayrollCommands
{
    private const int InvalidInput = 2;

    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Console output, never embedded in HTML: keep '>' and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var payroll = new Command("payroll", "Payroll calculations: overtime for a workweek, the withholding regression check, the gross-to-net benchmark.");
        payroll.Subcommands.Add(OvertimeCommand());
        payroll.Subcommands.Add(WithholdingCheckCommand());
        payroll.Subcommands.Add(BenchCommand());
        return payroll;
    }

    private static Command OvertimeCommand()
    {
        var input = new Option<FileInfo>("--in")
        {
            Description = "(required) Timecard JSON: {\"state\",\"workweekStart\",\"entries\":[{\"date\",\"hours\",\"rate\"}],\"nondiscretionaryBonus\"}.",
        };
        var command = new Command("overtime", "Regular, overtime and double-time hours, regular rate and earning lines for one workweek, as one JSON object.");
        command.Options.Add(input);
        command.SetAction(parse =>
        {
            // Checked here rather than with Required so a missing option exits 2 like every other invalid input.
            if (parse.GetValue(input) is not { } file)
            {
                return Fail("--in is required: the timecard JSON file.");
            }

            if (!file.Exists)
            {
                return Fail($"Input file not found: {file.FullName}");
            }

            TimecardJson? json;
            try
            {
                json = JsonSerializer.Deserialize<TimecardJson>(File.ReadAllText(file.FullName), ReadOptions);
            }
            catch (JsonException ex)
            {
                return Fail($"{file.Name} is not a valid timecard: {ex.Message}");
            }

            var timecard = ToTimecard(json);
            if (!timecard.IsSuccess)
            {
                return Fail(timecard.Error!);
            }

            var result = Resolve<IOvertimeCalculator>().Calculate(timecard.Value!);
            if (!result.IsSuccess)
            {
                return Fail(result.Error!);
            }

            Console.Out.WriteLine(JsonSerializer.Serialize(result.Value, WriteOptions));
            return 0;
        });
        return command;
    }

    private static Command WithholdingCheckCommand()
    {
        var input = new Option<FileInfo>("--in") { Description = "(required) CSV in the withholding regression layout (all columns quoted)." };
        var output = new Option<FileInfo>("--out") { Description = "(required) Where to write the same rows plus computed_federal, computed_state and note." };
        var command = new Command("withholding-check", "Computes federal and state withholding for every row of a regression CSV; the tax year comes from each row's date.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            if (parse.GetValue(input) is not { } inFile || parse.GetValue(output) is not { } outFile)
            {
                return Fail("--in and --out are required.");
            }

            if (!inFile.Exists)
            {
                return Fail($"Input file not found: {inFile.FullName}");
            }

            if (outFile.Directory is { Exists: false })
            {
                return Fail($"Output folder does not exist: {outFile.Directory.FullName}");
            }

            Result<WithholdingCheckSummaryDto> result;
            using (var reader = new StreamReader(inFile.FullName))
            using (var writer = new StreamWriter(outFile.FullName, append: false))
            {
                result = Resolve<IWithholdingCheck>().Run(reader, writer);
            }

            if (!result.IsSuccess)
            {
                // A half-written file could pass for a result; leave none.
                outFile.Delete();
                return Fail(result.Error!);
            }

            var s = result.Value!;
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{s.Rows} rows -> {outFile.FullName}\nfederal within $0.01: {s.FederalWithinOneCent}/{s.Rows}\nstate computed: {s.StateComputed} (exact to the cent: {s.StateExact}); state left with a note: {s.StateNotes}"));
            return 0;
        });
        return command;
    }

    private static Command BenchCommand()
    {
        var employees = new Option<int>("--employees") { Description = "Employees in the in-memory pay run.", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs after one warm-up run.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated workforce, for repeatable figures.", DefaultValueFactory = _ => 42 };
        var states = new Option<string>("--states")
        {
            Description = "Comma-separated work and resident states to draw from.",
            DefaultValueFactory = _ => string.Join(',', PayrollBench.DefaultStates),
        };
        var year = new Option<int>("--year")
        {
            Description = $"Tax year of the pay date (March 13 of that year). Default {PayrollBench.DefaultYear}: the latest year every default state has a withholding table for.",
            DefaultValueFactory = _ => PayrollBench.DefaultYear,
        };
        var command = new Command("bench", "Gross-to-net for a generated biweekly pay run with mixed work and resident states, timed in memory.");
        command.Options.Add(employees);
        command.Options.Add(year);
        command.Options.Add(runs);
        command.Options.Add(seed);
        command.Options.Add(states);
        command.SetAction(parse =>
        {
            var count = parse.GetValue(employees);
            var timedRuns = parse.GetValue(runs);
            if (count < 1 || timedRuns < 1)
            {
                return Fail("--employees and --runs must be at least 1.");
            }

            var mix = (parse.GetValue(states) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (mix.Length == 0)
            {
                return Fail("--states needs at least one state code.");
            }

            var taxYear = parse.GetValue(year);
            if (taxYear is < 2000 or > 2100)
            {
                return Fail("--year must be a four-digit tax year (2000-2100).");
            }

            PayrollBench.Run(Resolve<IGrossToNetCalculator>(), count, timedRuns, parse.GetValue(seed), mix, taxYear, parse.GetResult(year) is not { Implicit: false });
            return 0;
        });
        return command;
    }

    private static Result<TimecardDto> ToTimecard(TimecardJson? json)
    {
        if (json is null)
        {
            return new Error(PayrollErrorCodes.TimecardInvalid, "The timecard is empty.");
        }

        if (string.IsNullOrWhiteSpace(json.State) || json.WorkweekStart is null || json.Entries is null)
        {
            return new Error(PayrollErrorCodes.TimecardInvalid, "\"state\", \"workweekStart\" and \"entries\" are required.");
        }

        var start = LocalDatePattern.Iso.Parse(json.WorkweekStart);
        if (!start.Success)
        {
            return new Error(PayrollErrorCodes.TimecardInvalid, $"workweekStart '{json.WorkweekStart}' is not a yyyy-MM-dd date.");
        }

        var entries = new List<TimeEntryDto>(json.Entries.Count);
        foreach (var (entry, i) in json.Entries.Select((e, i) => (e, i)))
        {
            var date = LocalDatePattern.Iso.Parse(entry?.Date ?? string.Empty);
            if (entry is null || !date.Success || entry.Hours is null || entry.Rate is null)
            {
                return new Error(PayrollErrorCodes.TimecardInvalid, $"Entry {i + 1} needs \"date\" (yyyy-MM-dd), \"hours\" and \"rate\".");
            }

            entries.Add(new TimeEntryDto(date.Value, entry.Hours.Value, entry.Rate.Value, entry.WorkState, entry.Shift));
        }

        return new TimecardDto(json.State, start.Value, entries, json.NondiscretionaryBonus ?? 0m, json.HealthBenefitsOffered ?? false);
    }

    private static T Resolve<T>()
        where T : notnull
    {
        var services = new ServiceCollection().AddPayrollModule();
        return services.BuildServiceProvider().GetRequiredService<T>();
    }

    private static int Fail(Error error) => Fail($"{error.Code}: {error.Message}");

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return InvalidInput;
    }

    private sealed record TimecardJson(string? State, string? WorkweekStart, List<EntryJson?>? Entries, decimal? NondiscretionaryBonus, bool? HealthBenefitsOffered);

    private sealed record EntryJson(string? Date, decimal? Hours, decimal? Rate, string? WorkState, string? Shift);
}

/// <summary>
/// Generates a repeatable biweekly pay run (two workweeks each) over a mix of daily-overtime and FLSA-only states,
/// with second work states, residents of other states, both W-4 versions and year-to-date wages near the limits,
/// then times gross-to-net for all of it in memory.
/// </summary>
internal static class PayrollBench
{
    public static readonly IReadOnlyList<string> DefaultStates =
        ["CA", "TX", "PA", "NY", "FL", "IL", "GA", "NC", "OH", "AZ", "CO", "NV", "AK", "WA", "NJ", "VA", "MI", "MA", "IN", "KY", "UT", "TN"];

    /// <summary>
    /// Most state tables on file are 2020's (docs/payroll-states.md); a pay date in a year some state lacks fails that
    /// state with state_withholding.no_table and the run would time error paths instead of the arithmetic.
    /// </summary>
    public const int DefaultYear = 2020;

    private static readonly decimal[] DayLengths = [4m, 6m, 7.5m, 8m, 8m, 8m, 8m, 9m, 10m, 12m, 13m];

    public static void Run(IGrossToNetCalculator calculator, int employees, int runs, int seed, IReadOnlyList<string> states, int year, bool yearIsDefault)
    {
        var build = Stopwatch.StartNew();
        var requests = Generate(employees, seed, states, year);
        build.Stop();

        // CPU time next to wall time: on a shared 2-core machine the wall clock also counts other processes' turns.
        using var process = Process.GetCurrentProcess();
        var warmUp = Stopwatch.StartNew();
        var (ok, failures, gross, net) = Execute(calculator, requests);
        warmUp.Stop();

        var timings = new List<double>(runs);
        var cpu = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            Execute(calculator, requests);
            sw.Stop();
            process.Refresh();
            timings.Add(sw.Elapsed.TotalMilliseconds);
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        timings.Sort();
        cpu.Sort();
        var median = timings[timings.Count / 2];
        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(inv, $"payroll bench: {employees} employees, biweekly, 2 workweeks each, states {string.Join(',', states)}, seed {seed}"));
        Console.Out.WriteLine(yearIsDefault
            ? string.Create(inv, $"  tax year:              {year} (default: the latest year every default state has a withholding table for; --year to change)")
            : string.Create(inv, $"  tax year:              {year}"));
        Console.Out.WriteLine(string.Create(inv, $"  generate requests:     {build.Elapsed.TotalMilliseconds,10:F1} ms (not timed below)"));
        Console.Out.WriteLine(string.Create(inv, $"  warm-up run:           {warmUp.Elapsed.TotalMilliseconds,10:F1} ms"));
        Console.Out.WriteLine(string.Create(inv, $"  timed runs ({runs}):        min {timings[0],8:F1} ms, median {median,8:F1} ms, max {timings[^1],8:F1} ms"));
        Console.Out.WriteLine(string.Create(inv, $"  cpu time per run:      min {cpu[0],8:F1} ms, median {cpu[cpu.Count / 2],8:F1} ms"));
        Console.Out.WriteLine(string.Create(inv, $"  throughput (median):   {employees / (median / 1000d),10:F0} employees/s"));
        Console.Out.WriteLine(string.Create(inv, $"  gross-to-net ok:       {ok}; total gross {gross:F2}, total net {net:F2}"));
        foreach (var (code, n) in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Console.Out.WriteLine(string.Create(inv, $"  failed ({code}): {n}"));
        }
    }

    private static (int Ok, Dictionary<string, int> Failures, decimal Gross, decimal Net) Execute(IGrossToNetCalculator calculator, List<GrossToNetRequestDto> requests)
    {
        var ok = 0;
        var gross = 0m;
        var net = 0m;
        var failures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            var result = calculator.Calculate(request);
            if (result.IsSuccess)
            {
                ok++;
                gross += result.Value!.GrossPay;
                net += result.Value.NetPay;
            }
            else
            {
                failures[result.Error!.Code] = failures.GetValueOrDefault(result.Error.Code) + 1;
            }
        }

        return (ok, failures, gross, net);
    }

    private static List<GrossToNetRequestDto> Generate(int employees, int seed, IReadOnlyList<string> states, int year)
    {
#pragma warning disable CA5394 // A seeded generator is the point: the workload must repeat exactly, nothing here is security-sensitive.
        var random = new Random(seed);
        var payDate = new LocalDate(year, 3, 13);
        // The two workweeks end 6 and 13 days before the pay date, as in every year's run.
        var weekStarts = new[] { payDate.PlusDays(-19), payDate.PlusDays(-12) };
        var requests = new List<GrossToNetRequestDto>(employees);
        for (var e = 0; e < employees; e++)
        {
            var state = states[random.Next(states.Count)];
            var secondState = random.NextDouble() < 0.1 ? states[random.Next(states.Count)] : null;
            var resident = random.NextDouble() < 0.8 ? state : states[random.Next(states.Count)];
            var rate = random.Next(1500, 4501) / 100m;
            var bonusWeek = random.NextDouble() < 0.1 ? random.Next(25, 201) : 0;
            var timecards = new List<TimecardDto>(2);
            foreach (var start in weekStarts)
            {
                var entries = new List<TimeEntryDto>();
                var days = random.Next(5, 8);
                for (var d = 0; d < days; d++)
                {
                    var hours = DayLengths[random.Next(DayLengths.Length)];
                    var workState = secondState is not null && d == days - 1 ? secondState : null;
                    if (random.NextDouble() < 0.2 && hours > 2m)
                    {
                        entries.Add(new TimeEntryDto(start.PlusDays(d), hours - 2m, rate, workState));
                        entries.Add(new TimeEntryDto(start.PlusDays(d), 2m, rate + 1.50m, workState, "night"));
                    }
                    else
                    {
                        entries.Add(new TimeEntryDto(start.PlusDays(d), hours, rate, workState));
                    }
                }

                timecards.Add(new TimecardDto(state, start, entries, bonusWeek, random.NextDouble() < 0.5));
            }

            var status = (FederalFilingStatus)random.Next(3);
            var w4 = random.NextDouble() < 0.7
                ? new FederalW4Dto(W4FormVersion.Form2020OrLater, status, MultipleJobs: random.NextDouble() < 0.1, DependentsAmount: random.Next(3) * 2000m)
                : new FederalW4Dto(W4FormVersion.Pre2020, status == FederalFilingStatus.HeadOfHousehold ? FederalFilingStatus.Single : status, Allowances: random.Next(6));
            var ytd = random.Next(0, 220_000);
            requests.Add(new GrossToNetRequestDto(payDate, 26, resident, timecards, w4, [], new YearToDateDto(ytd, ytd)));
        }
#pragma warning restore CA5394

        return requests;
    }
}
