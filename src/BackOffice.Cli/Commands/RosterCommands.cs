using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BackOffice.Scheduling.Contracts.Solving;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace BackOffice.Cli.Commands;

/// <summary><c>backoffice roster bench</c>: the roster engine on a generated call-center week.</summary>
internal static class RosterCommands
{
    public static Command Create()
    {
        var command = new Command("roster", "Call-center weekly roster engine.");
        command.Subcommands.Add(BenchCommand());
        return command;
    }

    private static Command BenchCommand()
    {
        var agents = new Option<int>("--agents") { Description = "Agents in the generated week.", DefaultValueFactory = _ => 500 };
        var seconds = new Option<double>("--seconds") { Description = "Time limit, model building included.", DefaultValueFactory = _ => 60 };
        var workers = new Option<int>("--workers") { Description = "Solver threads.", DefaultValueFactory = _ => 2 };
        var seed = new Option<int>("--seed") { Description = "Scenario seed.", DefaultValueFactory = _ => 1 };
        var interval = new Option<int>("--interval") { Description = "Interval length in minutes (15 or 30).", DefaultValueFactory = _ => 15 };
        var log = NrpCommands.LogOption();
        var command = new Command("bench", "Generate an N-agent week (two-peak volume curve) and solve it; prints first-feasible time, under-cover against its bound, and peak memory.")
        {
            agents, seconds, workers, seed, interval, log,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(agents) < 1 || parse.GetValue(seconds) <= 0 || parse.GetValue(workers) < 1 || parse.GetValue(interval) is not (15 or 30))
            {
                return NrpCommands.Fail("--agents and --workers must be at least 1, --seconds positive and --interval 15 or 30.");
            }

            using var services = NrpCommands.Services();
            var monday = new LocalDate(2026, 1, 5);
            var week = services.GetRequiredService<ICallCenterScenarioGenerator>().GenerateWeek(parse.GetValue(agents), monday, parse.GetValue(seed), parse.GetValue(interval));
            var options = new SolveOptions { Seconds = parse.GetValue(seconds), Workers = parse.GetValue(workers), Log = parse.GetValue(log) };
            var timeline = new List<SolveProgress>();
            var progress = new NrpCommands.SynchronousProgress(timeline.Add);
            var result = services.GetRequiredService<IRosterSolver>().SolveWeek(week, options, progress);
            if (!result.IsSuccess)
            {
                return NrpCommands.Fail(result.Error!.Message);
            }

            var r = result.Value!;
            var required = week.Requirements.Sum(q => (long)q.Required);
            var gap = r.UnderCover is { } u && r.UnderCoverBound is { } b ? (b == 0 ? (u == 0 ? 0 : double.PositiveInfinity) : (u - b) * 100.0 / b) : (double?)null;
            using var process = Process.GetCurrentProcess();
            var inv = CultureInfo.InvariantCulture;
            Console.Out.WriteLine(string.Create(inv, $"call-center week: {parse.GetValue(agents)} agents, {parse.GetValue(interval)}-minute intervals, {options.Seconds:0.#} s, {options.Workers} workers, {Environment.ProcessorCount} cores, {SystemClock.Instance.GetCurrentInstant().InUtc().Date:yyyy-MM-dd}"));
            Console.Out.WriteLine(string.Create(inv, $"model: {r.Model.Employees} agents × {r.Model.Days} days × {r.Model.ShiftTypes} shift types = {r.Model.Variables:N0} variables, {r.Model.Constraints:N0} constraints"));
            Console.Out.WriteLine(string.Create(inv, $"status {r.Status}; first feasible roster at {NrpCommands.Format(r.FirstFeasibleSeconds)} s; total {r.Seconds:0.0} s"));
            Console.Out.WriteLine(string.Create(inv, $"required agent-intervals {required:N0}; under-cover {r.UnderCover?.ToString("N0", inv) ?? "–"} (bound {r.UnderCoverBound?.ToString("N0", inv) ?? "–"}, gap {(gap is { } g ? g.ToString("0.00", inv) + " %" : "–")}); over-cover {r.OverCover?.ToString("N0", inv) ?? "–"}; overtime {r.OvertimeMinutes?.ToString("N0", inv) ?? "–"} min"));
            Console.Out.WriteLine(string.Create(inv, $"objective {r.Objective?.ToString(inv) ?? "–"} (bound {r.Bound?.ToString(inv) ?? "–"}); shifts {r.Shifts.Count:N0}; hard violations {r.Violations.Count}"));
            Console.Out.WriteLine(string.Create(inv, $"peak memory (process peak working set) {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB"));
            foreach (var line in r.Explanation)
            {
                Console.Out.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
