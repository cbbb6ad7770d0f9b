using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BackOffice.Scheduling;
using BackOffice.Scheduling.Contracts.Staffing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.Cli.Commands;

/// <summary>
/// <c>backoffice erlang</c>: the stable staffing contract of issue 3, and <c>backoffice erlang bench</c>.
/// Options are read as text and checked here, so that every bad input (missing, malformed or out of range) ends with a
/// readable message and exit code 2 rather than the parser's generic error and exit code 1.
/// </summary>
internal static class ErlangCommands
{
    public static Command Create()
    {
        var calls = StaffingCli.Option("--calls", "Offered calls in the interval (decimals allowed: forecasts are fractional).");
        var aht = StaffingCli.Option("--aht", "Average handle time in seconds (decimals allowed).");
        var interval = StaffingCli.Option("--interval", "Interval length in minutes, e.g. 15 or 30.");
        var serviceLevel = StaffingCli.Option("--service-level", "Service-level target as a fraction, e.g. 0.8 for 80 %.");
        var answerWithin = StaffingCli.Option("--answer-within", "Service-level threshold in seconds, e.g. 20.");
        var maxOccupancy = StaffingCli.Option("--max-occupancy", "Optional occupancy cap as a fraction, e.g. 0.85 (no cap when omitted).");
        var shrinkage = StaffingCli.Option("--shrinkage", "Optional shrinkage as a fraction, e.g. 0.30 (0 when omitted).");
        var patience = StaffingCli.Option("--patience", "Optional mean caller patience in seconds: switches to Erlang A and adds probabilityOfAbandon.");
        var agents = StaffingCli.Option("--agents", "Optional: evaluate this many agents instead of searching for the smallest that meets the target.");

        var command = new Command("erlang", "Agents needed for one interval (Erlang C, or Erlang A with --patience). Prints one JSON object.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        foreach (var option in new[] { calls, aht, interval, serviceLevel, answerWithin, maxOccupancy, shrinkage, patience, agents })
        {
            command.Options.Add(option);
        }

        command.Subcommands.Add(CreateBench());
        command.SetAction(parse => StaffingCli.Run(parse, () =>
        {
            var query = new StaffingQuery(
                StaffingCli.Number(parse, calls, required: true, min: 0)!.Value,
                StaffingCli.Number(parse, aht, required: true, min: 0, minExclusive: true)!.Value,
                Duration.FromSeconds(StaffingCli.Number(parse, interval, required: true, min: 0, minExclusive: true)!.Value * 60),
                StaffingCli.Fraction(parse, serviceLevel, required: true, allowOne: false)!.Value,
                StaffingCli.Number(parse, answerWithin, required: true, min: 0)!.Value,
                StaffingCli.Fraction(parse, maxOccupancy, required: false, allowOne: true),
                StaffingCli.Decimal(parse, shrinkage) ?? 0m,
                StaffingCli.Number(parse, patience, required: false, min: 0, minExclusive: true),
                StaffingCli.Integer(parse, agents));

            var calculator = StaffingCli.Services().GetRequiredService<IStaffingCalculator>();
            var result = calculator.Calculate(query);
            if (!result.IsSuccess)
            {
                throw new StaffingInputException(result.Error!.Message);
            }

            Console.Out.WriteLine(ToJson(result.Value!));
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// The issue's JSON contract: exactly these keys, in this order. Probabilities and occupancy to 3 decimals and ASA to
    /// 1, as in the issue's example; under Erlang A the probabilities of waiting and abandoning get 4 decimals, the
    /// precision the issue states them in (an abandonment rate of 1.40 % would otherwise print as 0.014 → 1 %).
    /// </summary>
    internal static string ToJson(StaffingResult result)
    {
        var probabilityDecimals = result.Model == StaffingModel.ErlangA ? 4 : 3;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("agents", result.Agents);
            json.WriteNumber("scheduledAgents", result.ScheduledAgents);
            json.WriteNumber("serviceLevel", Math.Round(result.ServiceLevel, 3, MidpointRounding.AwayFromZero));
            json.WriteNumber("probabilityOfWaiting", Math.Round(result.ProbabilityOfWaiting, probabilityDecimals, MidpointRounding.AwayFromZero));
            json.WriteNumber("averageSpeedOfAnswer", Math.Round(result.AverageSpeedOfAnswerSeconds, 1, MidpointRounding.AwayFromZero));
            json.WriteNumber("occupancy", Math.Round(result.Occupancy, 3, MidpointRounding.AwayFromZero));
            if (result.ProbabilityOfAbandon is { } abandon)
            {
                json.WriteNumber("probabilityOfAbandon", Math.Round(abandon, probabilityDecimals, MidpointRounding.AwayFromZero));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Command CreateBench()
    {
        var runs = StaffingCli.Option("--runs", "Timed repetitions of the whole week (median reported); default 9.");
        var queues = StaffingCli.Option("--queues", "Queues in the week; default 20.");
        var dailyCalls = StaffingCli.Option("--daily-calls", "Average weekday calls of the first queue (others are scaled 0.3–1.6×); default 2400.");
        var command = new Command("bench", "Times staffing requirements for queues × 7 days × 96 fifteen-minute intervals, and one interval at 2,000 erlangs.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(runs);
        command.Options.Add(queues);
        command.Options.Add(dailyCalls);
        command.SetAction(parse => StaffingCli.Run(parse, () =>
        {
            var runCount = StaffingCli.Integer(parse, runs) ?? 9;
            var queueCount = StaffingCli.Integer(parse, queues) ?? 20;
            if (runCount is < 1 or > 1000 || queueCount is < 1 or > 500)
            {
                throw new StaffingInputException("--runs must be 1–1000 and --queues 1–500.");
            }

            var calls = StaffingCli.Number(parse, dailyCalls, required: false, min: 0, minExclusive: true) ?? 2400;
            Bench(runCount, queueCount, calls);
            return 0;
        }));
        return command;
    }

    private static void Bench(int runs, int queueCount, double dailyCalls)
    {
        var services = StaffingCli.Services();
        var calculator = services.GetRequiredService<IStaffingCalculator>();
        var forecaster = services.GetRequiredService<IForecaster>();
        var generator = services.GetRequiredService<ISyntheticVolumeGenerator>();

        // Realistic inputs: eight weeks of synthetic 15-minute ACD history per queue, forecast one week ahead.
        var firstMonday = new LocalDate(2026, 1, 5);
        var history = generator.Generate(new SyntheticHistoryOptions(42, firstMonday, 8, 15, queueCount, MeanDailyCalls: dailyCalls));
        var forecasts = history
            .GroupBy(r => r.Queue)
            .Select(q => forecaster.Forecast(new ForecastRequest(q.Key, [.. q], firstMonday.PlusWeeks(8), 1)).Value!)
            .ToList();
        var intervals = forecasts.Sum(f => f.Intervals.Count);
        var loads = forecasts.SelectMany(f => f.Intervals).Select(i => i.OfferedCalls * i.AhtSeconds / 900).ToList();
        var erlangC = forecasts.Select(f => new QueueStaffingSettings(f.Queue, 0.8, 20, 0.85, 0.30m)).ToList();
        var erlangA = erlangC.Select(s => s with { PatienceSeconds = 300 }).ToList();

        var week = Median(runs, () =>
        {
            for (var q = 0; q < forecasts.Count; q++)
            {
                _ = calculator.Requirements(forecasts[q], erlangC[q]);
            }
        });
        var weekA = Median(runs, () =>
        {
            for (var q = 0; q < forecasts.Count; q++)
            {
                _ = calculator.Requirements(forecasts[q], erlangA[q]);
            }
        });

        // 20,000 calls per 30 minutes at AHT 180 s = 2,000 erlangs.
        var big = new StaffingQuery(20_000, 180, Duration.FromMinutes(30), 0.8, 20);
        var bigResult = calculator.Calculate(big).Value!;
        const int repetitions = 200;
        var bigC = Median(runs, () =>
        {
            for (var i = 0; i < repetitions; i++)
            {
                _ = calculator.Calculate(big);
            }
        }) / repetitions;
        var bigA = Median(runs, () =>
        {
            for (var i = 0; i < 20; i++)
            {
                _ = calculator.Calculate(big with { PatienceSeconds = 300 });
            }
        }) / 20;

        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(inv, $"Staffing requirements benchmark ({Environment.ProcessorCount} logical cores visible, single-threaded, .NET {Environment.Version})"));
        Console.Out.WriteLine(string.Create(inv, $"  week: {queueCount} queues x 7 days x 96 fifteen-minute intervals = {intervals:N0} intervals, mean load {loads.Average():0.0} erlangs, max {loads.Max():0.0}"));
        Console.Out.WriteLine(string.Create(inv, $"  Erlang C (80/20, max occupancy 0.85, shrinkage 0.30): median {week.TotalMilliseconds:0.00} ms over {runs} runs = {week.TotalMilliseconds * 1000 / intervals:0.00} us/interval (target < 50 ms)"));
        Console.Out.WriteLine(string.Create(inv, $"  Erlang A (same, patience 300 s):                      median {weekA.TotalMilliseconds:0.00} ms over {runs} runs = {weekA.TotalMilliseconds * 1000 / intervals:0.00} us/interval"));
        Console.Out.WriteLine(string.Create(inv, $"  one interval at 2,000 erlangs, agent search: Erlang C {bigC.TotalMicroseconds:0.0} us ({bigResult.Agents} agents, SL {bigResult.ServiceLevel:0.000}), Erlang A {bigA.TotalMicroseconds:0.0} us"));
    }

    /// <summary>Median wall time of <paramref name="runs"/> timed runs after two warm-up runs (JIT, caches).</summary>
    private static TimeSpan Median(int runs, Action work)
    {
        work();
        work();
        var times = new List<TimeSpan>(runs);
        for (var r = 0; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            work();
            times.Add(watch.Elapsed);
        }

        times.Sort();
        return runs % 2 == 1 ? times[runs / 2] : (times[(runs / 2) - 1] + times[runs / 2]) / 2;
    }
}

/// <summary>A user's input problem: reported on stderr with exit code 2.</summary>
internal sealed class StaffingInputException(string message) : Exception(message);

/// <summary>Option reading and error handling shared by the staffing and forecast commands.</summary>
internal static class StaffingCli
{
    public static Option<string?> Option(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    public static IServiceProvider Services() => new ServiceCollection().AddSchedulingModule().BuildServiceProvider();

    public static int Run(ParseResult parse, Func<int> action)
    {
        try
        {
            if (parse.UnmatchedTokens.Count > 0)
            {
                throw new StaffingInputException($"Unknown argument(s): {string.Join(' ', parse.UnmatchedTokens)}. See --help.");
            }

            return action();
        }
        catch (StaffingInputException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 2;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 2;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 2;
        }
    }

    public static string? Text(ParseResult parse, Option<string?> option, bool required)
    {
        var text = parse.GetValue(option);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required || parse.GetResult(option) is not null)
            {
                throw new StaffingInputException($"{option.Name} needs a value.");
            }

            return null;
        }

        return text.Trim();
    }

    public static double? Number(ParseResult parse, Option<string?> option, bool required, double min, bool minExclusive = false)
    {
        var text = Text(parse, option, required);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new StaffingInputException($"{option.Name} must be a number (use '.' for decimals), not '{text}'.");
        }

        if (value < min || (minExclusive && value == min))
        {
            throw new StaffingInputException(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be {(minExclusive ? "more than" : "at least")} {min}, not {text}."));
        }

        return value;
    }

    public static double? Fraction(ParseResult parse, Option<string?> option, bool required, bool allowOne)
    {
        var value = Number(parse, option, required, 0, minExclusive: true);
        if (value is > 1 || (value is 1 && !allowOne))
        {
            throw new StaffingInputException($"{option.Name} is a fraction {(allowOne ? "up to 1" : "below 1")}: write 0.8 for 80 %.");
        }

        return value;
    }

    public static decimal? Decimal(ParseResult parse, Option<string?> option)
    {
        var text = Text(parse, option, required: false);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0m || value >= 1m)
        {
            throw new StaffingInputException($"{option.Name} is a fraction from 0 up to (not including) 1, e.g. 0.30 for 30 %, not '{text}'.");
        }

        return value;
    }

    public static int? Integer(ParseResult parse, Option<string?> option)
    {
        var text = Text(parse, option, required: false);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new StaffingInputException($"{option.Name} must be a whole number of 0 or more, not '{text}'.");
        }

        return value;
    }
}
