using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BackOffice.Scheduling;
using BackOffice.Scheduling.Contracts.Solving;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Cli.Commands;

/// <summary>
/// <c>backoffice nrp solve|evaluate|bench|generate</c>: the roster engine on Curtois–Qu benchmark instances.
/// <c>solve</c> and <c>evaluate</c> are a stable contract used by external checks: one JSON object on stdout,
/// roster CSV <c>EmployeeID,Day,ShiftID</c> without a header.
/// </summary>
internal static class NrpCommands
{
    /// <summary>
    /// Best objective values of the published comparison (ORProjects/NRP ComputationalResults, as listed in
    /// ../shared/benchmarks/nrp/README.md). 1–7 and 9–12 are proven or agreed optima; 8 is the table's best.
    /// </summary>
    private static readonly Dictionary<int, long> ReferenceValues = new()
    {
        [1] = 607, [2] = 828, [3] = 1001, [4] = 1716, [5] = 1143, [6] = 1950,
        [7] = 1056, [8] = 1308, [9] = 439, [10] = 4631, [11] = 3443, [12] = 4040,
    };

    public static Command Create()
    {
        var command = new Command("nrp", "Roster engine on Curtois–Qu shift scheduling benchmark instances.");
        command.Subcommands.Add(SolveCommand());
        command.Subcommands.Add(EvaluateCommand());
        command.Subcommands.Add(BenchCommand());
        command.Subcommands.Add(GenerateCommand());
        return command;
    }

    private static Command SolveCommand()
    {
        var instance = new Option<string>("--instance") { Description = "Instance file (Curtois–Qu text format).", Required = true };
        var seconds = new Option<double>("--seconds") { Description = "Time limit for the whole call, model building included.", DefaultValueFactory = _ => 60 };
        var workers = new Option<int>("--workers") { Description = "Solver threads.", DefaultValueFactory = _ => 2 };
        var output = new Option<string?>("--out") { Description = "Write the roster here: EmployeeID,Day,ShiftID per line, no header." };
        var backend = BackendOption();
        var progress = new Option<bool>("--progress") { Description = "Print each improving roster's objective and bound on stderr." };
        var parameters = ParametersOption();
        var log = LogOption();
        var noLns = NoLnsOption();
        var noCg = NoCgOption();
        var command = new Command("solve", "Solve an instance; prints {\"instance\",\"objective\",\"bound\",\"status\",\"seconds\"} as JSON.")
        {
            instance, seconds, workers, output, backend, progress, parameters, log, noLns, noCg,
        };
        command.SetAction(parse =>
        {
            if (!TryBackend(parse.GetValue(backend), out var chosen))
            {
                return Fail($"Unknown backend '{parse.GetValue(backend)}': use cp-sat, scip, highs or cbc.");
            }

            var benchmark = Services().GetRequiredService<INrpBenchmark>();
            var reporter = parse.GetValue(progress)
                ? new SynchronousProgress(p => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{p.Seconds,7:0.00}s] objective {p.Objective} bound {p.Bound}")))
                : null;
            var options = new SolveOptions
            {
                Seconds = parse.GetValue(seconds), Workers = parse.GetValue(workers), Backend = chosen,
                CpSatParameters = parse.GetValue(parameters), Log = parse.GetValue(log), NoNeighbourhoodSearch = parse.GetValue(noLns), NoColumnGeneration = parse.GetValue(noCg),
            };
            var result = benchmark.Solve(parse.GetValue(instance)!, options, reporter);
            if (!result.IsSuccess)
            {
                return Fail(result.Error!.Message);
            }

            var report = result.Value!;
            if (parse.GetValue(output) is { } path)
            {
                using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
                benchmark.WriteRoster(report, writer);
            }

            foreach (var line in report.Explanation.Concat(report.Violations))
            {
                Console.Error.WriteLine(line);
            }

            Console.Out.WriteLine(Json(w =>
            {
                w.WriteString("instance", report.Instance);
                WriteNullable(w, "objective", report.Objective);
                WriteNullable(w, "bound", report.Bound);
                w.WriteString("status", report.Status.ToString());
                w.WriteNumber("seconds", Math.Round(report.Seconds, 2, MidpointRounding.AwayFromZero));
            }));
            return 0;
        });
        return command;
    }

    private static Command EvaluateCommand()
    {
        var instance = new Option<string>("--instance") { Description = "Instance file.", Required = true };
        var roster = new Option<string>("--roster") { Description = "Roster CSV: EmployeeID,Day,ShiftID per line, no header.", Required = true };
        var command = new Command("evaluate", "Evaluate a roster; prints {\"feasible\",\"objective\",\"violations\"} as JSON.") { instance, roster };
        command.SetAction(parse =>
        {
            var result = Services().GetRequiredService<INrpBenchmark>().Evaluate(parse.GetValue(instance)!, parse.GetValue(roster)!);
            if (!result.IsSuccess)
            {
                return Fail(result.Error!.Message);
            }

            var evaluation = result.Value!;
            Console.Out.WriteLine(Json(w =>
            {
                w.WriteBoolean("feasible", evaluation.Feasible);
                w.WriteNumber("objective", evaluation.Objective);
                w.WriteStartArray("violations");
                foreach (var violation in evaluation.Violations)
                {
                    w.WriteStringValue(violation);
                }

                w.WriteEndArray();
            }));
            return 0;
        });
        return command;
    }

    private static Command BenchCommand()
    {
        var seconds = new Option<double>("--seconds") { Description = "Time limit per instance.", DefaultValueFactory = _ => 60 };
        var workers = new Option<int>("--workers") { Description = "Solver threads.", DefaultValueFactory = _ => 2 };
        var instances = new Option<string>("--instances") { Description = "Instance numbers, e.g. 1-12 or 1,3,5.", DefaultValueFactory = _ => "1-12" };
        var directory = new Option<string?>("--dir") { Description = "Folder holding InstanceN.txt (default: ../shared/benchmarks/nrp next to the repository)." };
        var files = new Option<string[]>("--file") { Description = "Extra instance files to run (e.g. a generated large instance).", AllowMultipleArgumentsPerToken = true };
        var backend = BackendOption();
        var parameters = ParametersOption();
        var noLns = NoLnsOption();
        var noCg = NoCgOption();
        var command = new Command("bench", "Solve benchmark instances and print objective, gap to the reference, time to first feasible and peak memory.")
        {
            seconds, workers, instances, directory, files, backend, parameters, noLns, noCg,
        };
        command.SetAction(parse =>
        {
            if (!TryBackend(parse.GetValue(backend), out var chosen))
            {
                return Fail($"Unknown backend '{parse.GetValue(backend)}'.");
            }

            var paths = new List<(string Path, long? Reference)>();
            var extra = parse.GetValue(files) ?? [];
            if (extra.Length == 0 || parse.GetResult(instances) is { Implicit: false })
            {
                if (!TryRange(parse.GetValue(instances)!, out var numbers))
                {
                    return Fail("--instances must look like 1-12 or 1,3,5.");
                }

                var folder = parse.GetValue(directory) ?? FindSharedNrp();
                if (folder is null || !Directory.Exists(folder))
                {
                    return Fail("Benchmark folder not found: pass --dir.");
                }

                paths.AddRange(numbers.Select(n => (Path.Combine(folder, $"Instance{n}.txt"), ReferenceValues.TryGetValue(n, out var r) ? (long?)r : null)));
            }

            paths.AddRange(extra.Select(f => (f, (long?)null)));
            var benchmark = Services().GetRequiredService<INrpBenchmark>();
            var options = new SolveOptions
            {
                Seconds = parse.GetValue(seconds), Workers = parse.GetValue(workers), Backend = chosen, CpSatParameters = parse.GetValue(parameters), NoNeighbourhoodSearch = parse.GetValue(noLns), NoColumnGeneration = parse.GetValue(noCg),
            };
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"backend {chosen}, {options.Seconds:0.#} s per instance, {options.Workers} workers, {Environment.ProcessorCount} cores, {NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date:yyyy-MM-dd}"));
            Console.Out.WriteLine("| Instance | staff×days×types | vars / constraints | build s | first feasible s | objective | bound | reference | gap | status | total s |");
            Console.Out.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
            var reached = 0;
            foreach (var (path, reference) in paths)
            {
                var result = benchmark.Solve(path, options);
                if (!result.IsSuccess)
                {
                    return Fail(result.Error!.Message);
                }

                var r = result.Value!;
                if (r.Violations.Count > 0)
                {
                    Console.Error.WriteLine($"{r.Instance}: the evaluator found hard violations: {string.Join("; ", r.Violations)}");
                }

                var gap = r.Objective is { } o && reference is { } refValue ? (o - refValue) * 100.0 / refValue : (double?)null;
                reached += gap is <= 0 ? 1 : 0;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Instance} | {r.Model.Employees}×{r.Model.Days}×{r.Model.ShiftTypes} | {r.Model.Variables:N0} / {r.Model.Constraints:N0} | {r.BuildSeconds:0.00} | {Format(r.FirstFeasibleSeconds)} | {(r.Objective?.ToString(CultureInfo.InvariantCulture) ?? "–")} | {(r.Bound?.ToString(CultureInfo.InvariantCulture) ?? "–")} | {(reference?.ToString(CultureInfo.InvariantCulture) ?? "–")} | {(gap is { } g ? g.ToString("0.00", CultureInfo.InvariantCulture) + " %" : "–")} | {r.Status} | {r.Seconds:0.0} |"));
            }

            using var process = Process.GetCurrentProcess();
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reference reached on {reached} of {paths.Count(p => p.Reference is not null)}; peak memory (process peak working set) {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB"));
            return 0;
        });
        return command;
    }

    private static Command GenerateCommand()
    {
        var days = new Option<int>("--days") { Description = "Horizon in days (from a Monday).", DefaultValueFactory = _ => 364 };
        var staff = new Option<int>("--staff") { Description = "Employees.", DefaultValueFactory = _ => 150 };
        var shifts = new Option<int>("--shift-types") { Description = "Shift types.", DefaultValueFactory = _ => 32 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "File to write.", Required = true };
        var command = new Command("generate", "Write a synthetic instance in the Curtois–Qu format (for scale tests).") { days, staff, shifts, seed, output };
        command.SetAction(parse =>
        {
            var spec = new SyntheticInstanceSpec(parse.GetValue(days), parse.GetValue(staff), parse.GetValue(shifts), parse.GetValue(seed));
            if (spec.Days < 7 || spec.Staff < 1 || spec.ShiftTypes < 1)
            {
                return Fail("Need at least 7 days, 1 employee and 1 shift type.");
            }

            using var writer = new StreamWriter(parse.GetValue(output)!, append: false, new UTF8Encoding(false));
            Services().GetRequiredService<INrpBenchmark>().WriteSyntheticInstance(spec, writer);
            return 0;
        });
        return command;
    }

    internal static Option<string> BackendOption() =>
        new("--backend") { Description = "cp-sat (default), or a bundled MIP backend: scip, highs, cbc.", DefaultValueFactory = _ => "cp-sat" };

    internal static Option<string?> ParametersOption() =>
        new("--cp-sat-params") { Description = "Extra CP-SAT parameters in protobuf text format, for measurements (e.g. \"linearization_level:2\")." };

    internal static Option<bool> NoLnsOption() =>
        new("--no-lns") { Description = "CP-SAT alone, without the row LNS beside it (for measurements)." };

    internal static Option<bool> NoCgOption() =>
        new("--no-cg") { Description = "Without the column generation beside the LNS (for measurements)." };

    internal static Option<bool> LogOption() => new("--log") { Description = "Echo the solver's search log to stderr." };

    internal static bool TryBackend(string? text, out SolverBackend backend)
    {
        backend = text?.ToUpperInvariant() switch
        {
            "CP-SAT" or "CPSAT" => SolverBackend.CpSat,
            "SCIP" => SolverBackend.Scip,
            "HIGHS" => SolverBackend.Highs,
            "CBC" => SolverBackend.Cbc,
            _ => (SolverBackend)(-1),
        };
        return Enum.IsDefined(backend);
    }

    internal static ServiceProvider Services() => new ServiceCollection().AddSchedulingModule().BuildServiceProvider();

    internal static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    internal static string Format(double? seconds) => seconds is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static bool TryRange(string text, out List<int> numbers)
    {
        numbers = [];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-');
            if (bounds.Length is < 1 or > 2
                || !int.TryParse(bounds[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(bounds[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var to)
                || from < 1 || to < from)
            {
                return false;
            }

            numbers.AddRange(Enumerable.Range(from, to - from + 1));
        }

        return numbers.Count > 0;
    }

    private static string? FindSharedNrp()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "benchmarks", "nrp");
            if (File.Exists(Path.Combine(dir.FullName, "BackOffice.sln")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static string Json(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reports on the solver's thread right away (Progress&lt;T&gt; would post to the thread pool and print late).</summary>
    internal sealed class SynchronousProgress(Action<SolveProgress> report) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => report(value);
    }
}
