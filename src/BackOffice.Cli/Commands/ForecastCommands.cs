using System.CommandLine;
using System.Globalization;
using BackOffice.Scheduling.Contracts.Staffing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Cli.Commands;

/// <summary>
/// <c>backoffice forecast</c>: validate an ACD volume file, backtest the forecast, write synthetic history, and compute
/// interval requirements from history end to end.
/// </summary>
internal static class ForecastCommands
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public static Command Create()
    {
        var command = new Command("forecast", "Volume history, forecasts, backtests and interval staffing requirements.");
        command.Subcommands.Add(CreateValidate());
        command.Subcommands.Add(CreateBacktest());
        command.Subcommands.Add(CreateSynthetic());
        command.Subcommands.Add(CreateRequirements());
        return command;
    }

    private static Command CreateValidate()
    {
        var history = StaffingCli.Option("--history", "ACD CSV file: queue,interval_start,offered,handled,aht_seconds.");
        var command = NewCommand("validate", "Checks an ACD volume file and lists every problem with its line number (exit 2 when any).", history);
        command.SetAction(parse => StaffingCli.Run(parse, () =>
        {
            var result = Read(StaffingCli.Text(parse, history, required: true)!);
            foreach (var queue in result.IntervalMinutesByQueue.OrderBy(q => q.Key, StringComparer.Ordinal))
            {
                var rows = result.Records.Where(r => r.Queue == queue.Key).ToList();
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queue.Key}: {rows.Count} rows, {queue.Value}-minute intervals, {rows.Sum(r => r.Offered):N0} calls offered"));
            }

            return ReportErrors(result) ? 2 : 0;
        }));
        return command;
    }

    private static Command CreateBacktest()
    {
        var history = StaffingCli.Option("--history", "ACD CSV file to backtest on.");
        var synthetic = new Option<bool>("--synthetic") { Description = "Use seeded synthetic ACD history instead of a file." };
        var holdout = StaffingCli.Option("--holdout-weeks", "Weeks held back at the end of the history (1–6); default 2.");
        var queue = StaffingCli.Option("--queue", "Only this queue (default: every queue in the history).");
        var exceptions = StaffingCli.Option("--exceptions", "Comma-separated holiday/exception dates (yyyy-MM-dd) to leave out.");
        var seed = StaffingCli.Option("--seed", "Synthetic history seed; default 42.");
        var weeks = StaffingCli.Option("--weeks", "Synthetic history length in weeks; default 12.");
        var queues = StaffingCli.Option("--queues", "Synthetic queues; default 3.");
        var command = NewCommand("backtest", "Holds back the last weeks, forecasts them from the rest and prints MAPE and weighted MAPE per queue.",
            history, holdout, queue, exceptions, seed, weeks, queues);
        command.Options.Add(synthetic);
        command.SetAction(parse => StaffingCli.Run(parse, () =>
        {
            var services = StaffingCli.Services();
            var records = parse.GetValue(synthetic)
                ? services.GetRequiredService<ISyntheticVolumeGenerator>().Generate(new SyntheticHistoryOptions(
                    StaffingCli.Integer(parse, seed) ?? 42,
                    new LocalDate(2026, 1, 5),
                    Positive(StaffingCli.Integer(parse, weeks) ?? 12, "--weeks"),
                    15,
                    Positive(StaffingCli.Integer(parse, queues) ?? 3, "--queues")))
                : ReadValid(StaffingCli.Text(parse, history, required: true)!);
            var holdoutWeeks = StaffingCli.Integer(parse, holdout) ?? 2;
            if (holdoutWeeks is < 1 or > 6)
            {
                throw new StaffingInputException("--holdout-weeks must be 1–6.");
            }

            var exceptionDays = Dates(StaffingCli.Text(parse, exceptions, required: false), "--exceptions");
            var only = StaffingCli.Text(parse, queue, required: false);
            var names = records.Select(r => r.Queue).Distinct().Where(q => only is null || q == only).Order(StringComparer.Ordinal).ToList();
            if (names.Count == 0)
            {
                throw new StaffingInputException(only is null ? "The history is empty." : $"Queue '{only}' is not in the history.");
            }

            var forecaster = services.GetRequiredService<IForecaster>();
            var options = ForecastOptions.Default;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Forecast backtest: same weekday & interval, last {options.LookbackWeeks} usable weeks weighted {options.RecencyDecay}^age, weekly trend over {options.TrendWeeks} weeks (cap ±{options.MaxWeeklyTrend:P0}), {holdoutWeeks} week(s) held back"));
            Console.Out.WriteLine($"{"queue",-14} {"held back",-23} {"intervals",9} {"with calls",10} {"MAPE",7} {"WMAPE",7} {"daily MAPE",10} {"AHT WMAPE",9} {"naive WMAPE",11}");

            // Seasonal naive baseline (same interval last week, no trend): what the method has to beat.
            var naive = new ForecastOptions(LookbackWeeks: 1, RecencyDecay: 1, ApplyTrend: false);
            double absoluteError = 0, naiveError = 0, actual = 0;
            foreach (var name in names)
            {
                var queueRecords = records.Where(r => r.Queue == name).ToList();
                var report = forecaster.Backtest(new BacktestRequest(name, queueRecords, holdoutWeeks, exceptionDays));
                if (!report.IsSuccess)
                {
                    throw new StaffingInputException($"{name}: {report.Error!.Message}");
                }

                var r = report.Value!;
                var baseline = forecaster.Backtest(new BacktestRequest(name, queueRecords, holdoutWeeks, exceptionDays, naive)).Value!;
                var heldBackCalls = queueRecords.Where(x => x.IntervalStart.Date >= r.HoldoutStart && !exceptionDays.Contains(x.IntervalStart.Date)).Sum(x => (double)x.Offered);
                absoluteError += r.WeightedMape * heldBackCalls;
                naiveError += baseline.WeightedMape * heldBackCalls;
                actual += heldBackCalls;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-14} {DatePattern.Format(r.HoldoutStart)}..{DatePattern.Format(r.HoldoutEnd),-11} {r.IntervalsScored,9} {r.IntervalsWithCalls,10} {r.Mape,7:P1} {r.WeightedMape,7:P1} {r.DailyMape,10:P1} {r.AhtWeightedMape,9:P1} {baseline.WeightedMape,11:P1}"));
            }

            if (names.Count > 1 && actual > 0)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all queues: WMAPE {absoluteError / actual:P1} (naive {naiveError / actual:P1}) over {actual:N0} held-back calls"));
            }

            return 0;
        }));
        return command;
    }

    private static Command CreateSynthetic()
    {
        var output = StaffingCli.Option("--out", "CSV file to write.");
        var seed = StaffingCli.Option("--seed", "Seed; default 42.");
        var weeks = StaffingCli.Option("--weeks", "Weeks of history; default 12.");
        var queues = StaffingCli.Option("--queues", "Queues; default 3.");
        var interval = StaffingCli.Option("--interval", "Interval minutes, 15 or 30; default 15.");
        var start = StaffingCli.Option("--start", "First day (a Monday), yyyy-MM-dd; default 2026-01-05.");
        var zone = StaffingCli.Option("--zone", "TZDB zone of the site; default America/Chicago.");
        var command = NewCommand("synthetic", "Writes seeded, realistic synthetic ACD history (two daily peaks, weekday pattern, trend, noise) as CSV.",
            output, seed, weeks, queues, interval, start, zone);
        command.SetAction(parse => StaffingCli.Run(parse, () =>
        {
            var path = StaffingCli.Text(parse, output, required: true)!;
            var minutes = StaffingCli.Integer(parse, interval) ?? 15;
            if (minutes is not (15 or 30))
            {
                throw new StaffingInputException("--interval must be 15 or 30.");
            }

            var zoneId = StaffingCli.Text(parse, zone, required: false) ?? "America/Chicago";
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is null)
            {
                throw new StaffingInputException($"--zone '{zoneId}' is not a TZDB zone id such as America/Chicago.");
            }

            var options = new SyntheticHistoryOptions(
                StaffingCli.Integer(parse, seed) ?? 42,
                Date(StaffingCli.Text(parse, start, required: false), "--start") ?? new LocalDate(2026, 1, 5),
                Positive(StaffingCli.Integer(parse, weeks) ?? 12, "--weeks"),
                minutes,
                Positive(StaffingCli.Integer(parse, queues) ?? 3, "--queues"),
                zoneId);
            var services = StaffingCli.Services();
            var records = services.GetRequiredService<ISyntheticVolumeGenerator>().Generate(options);
            using (var writer = new StreamWriter(path))
            {
                services.GetRequiredService<IVolumeHistoryCsv>().Write(writer, records);
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {records.Count:N0} rows for {options.Queues} queue(s), {options.Weeks} week(s) to {path}"));
            return 0;
        }));
        return command;
    }

    private static Command CreateRequirements()
    {
        var history = StaffingCli.Option("--history", "ACD CSV file to forecast from.");
        var queue = StaffingCli.Option("--queue", "Queue to plan.");
        var start = StaffingCli.Option("--start", "First forecast day, yyyy-MM-dd (default: the day after the history ends).");
        var weeks = StaffingCli.Option("--weeks", "Forecast weeks, 1–6; default 1.");
        var serviceLevel = StaffingCli.Option("--service-level", "Service-level target as a fraction, e.g. 0.8.");
        var answerWithin = StaffingCli.Option("--answer-within", "Service-level threshold in seconds, e.g. 20.");
        var maxOccupancy = StaffingCli.Option("--max-occupancy", "Optional occupancy cap, e.g. 0.85.");
        var shrinkage = StaffingCli.Option("--shrinkage", "Optional shrinkage, e.g. 0.30.");
        var patience = StaffingCli.Option("--patience", "Optional mean patience in seconds (Erlang A).");
        var exceptions = StaffingCli.Option("--exceptions", "Comma-separated exception dates (yyyy-MM-dd) to leave out of the history.");
        var command = NewCommand("requirements", "Forecasts a queue from its history and prints interval requirements as CSV.",
            history, queue, start, weeks, serviceLevel, answerWithin, maxOccupancy, shrinkage, patience, exceptions);
        command.SetAction(parse => StaffingCli.Run(parse, () =>
        {
            var records = ReadValid(StaffingCli.Text(parse, history, required: true)!);
            var name = StaffingCli.Text(parse, queue, required: true)!;
            var settings = new QueueStaffingSettings(
                name,
                StaffingCli.Fraction(parse, serviceLevel, required: true, allowOne: false)!.Value,
                StaffingCli.Number(parse, answerWithin, required: true, min: 0)!.Value,
                StaffingCli.Fraction(parse, maxOccupancy, required: false, allowOne: true),
                StaffingCli.Decimal(parse, shrinkage) ?? 0m,
                PatienceSeconds: StaffingCli.Number(parse, patience, required: false, min: 0, minExclusive: true));
            var queueRecords = records.Where(r => r.Queue == name).ToList();
            if (queueRecords.Count == 0)
            {
                throw new StaffingInputException($"Queue '{name}' is not in the history.");
            }

            var first = Date(StaffingCli.Text(parse, start, required: false), "--start") ?? queueRecords.Max(r => r.IntervalStart.Date).PlusDays(1);
            var services = StaffingCli.Services();
            var forecast = services.GetRequiredService<IForecaster>().Forecast(new ForecastRequest(
                name, queueRecords, first, StaffingCli.Integer(parse, weeks) ?? 1, Dates(StaffingCli.Text(parse, exceptions, required: false), "--exceptions")));
            if (!forecast.IsSuccess)
            {
                throw new StaffingInputException(forecast.Error!.Message);
            }

            var requirements = services.GetRequiredService<IStaffingCalculator>().Requirements(forecast.Value!, settings);
            if (!requirements.IsSuccess)
            {
                throw new StaffingInputException(requirements.Error!.Message);
            }

            var inv = CultureInfo.InvariantCulture;
            Console.Out.WriteLine("date,start,offered,aht_seconds,raw_agents,scheduled_agents,service_level,probability_of_waiting,asa_seconds,occupancy,probability_of_abandon");
            foreach (var r in requirements.Value!.Intervals)
            {
                Console.Out.WriteLine(string.Create(inv,
                    $"{DatePattern.Format(r.Date)},{r.Start:HH:mm},{r.OfferedCalls:0.00},{r.AhtSeconds:0.0},{r.RawAgents},{r.ScheduledAgents},{r.ServiceLevel:0.000},{r.ProbabilityOfWaiting:0.000},{r.AverageSpeedOfAnswerSeconds:0.0},{r.Occupancy:0.000},{r.ProbabilityOfAbandon:0.0000}"));
            }

            return 0;
        }));
        return command;
    }

    private static Command NewCommand(string name, string description, params Option<string?>[] options)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        return command;
    }

    private static VolumeImportResult Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new StaffingInputException($"History file '{path}' does not exist.");
        }

        using var reader = new StreamReader(path);
        return StaffingCli.Services().GetRequiredService<IVolumeHistoryCsv>().Parse(reader);
    }

    private static IReadOnlyList<VolumeRecord> ReadValid(string path)
    {
        var result = Read(path);
        if (ReportErrors(result))
        {
            throw new StaffingInputException($"{path} was not imported: {result.Errors.Count} problem(s) listed above.");
        }

        return result.Records;
    }

    private static bool ReportErrors(VolumeImportResult result)
    {
        foreach (var error in result.Errors.Take(200))
        {
            Console.Error.WriteLine(error.ToString());
        }

        if (result.Errors.Count > 200)
        {
            Console.Error.WriteLine($"... and {result.Errors.Count - 200} more");
        }

        return !result.IsValid;
    }

    private static int Positive(int value, string name) =>
        value is >= 1 and <= 520 ? value : throw new StaffingInputException($"{name} must be 1–520.");

    private static LocalDate? Date(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = DatePattern.Parse(text);
        return parsed.Success ? parsed.Value : throw new StaffingInputException($"{name} '{text}' is not a date like 2026-03-02.");
    }

    private static HashSet<LocalDate> Dates(string? text, string name) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Date(t, name)!.Value)];
}
