using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.SharedKernel;

namespace BackOffice.Scheduling.Solving.Nrp;

internal sealed class NrpBenchmark(RosterEngine engine) : INrpBenchmark
{
    public Result<NrpSolveReport> Solve(string instancePath, SolveOptions options, IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Seconds <= 0 || options.Workers < 1)
        {
            return new Error("nrp.options", "--seconds must be positive and --workers at least 1.");
        }

        var parameters = RosterEngine.Parameters(new EngineOptions(options), options.Seconds);
        if (!parameters.IsSuccess)
        {
            return parameters.Error!;
        }

        var parsed = NrpInstanceParser.ParseFile(instancePath);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var problem = parsed.Value!;
        var outcome = engine.Solve(problem, new EngineOptions(options), progress, cancellationToken);
        var assignments = outcome.Roster is { } roster
            ? roster.Assignments().Select(a => new NrpAssignment(problem.Employees[a.Employee].Id, a.Day, problem.Shifts[a.Shift].Id)).ToList()
            : [];
        return new NrpSolveReport(
            problem.Name,
            outcome.Status,
            outcome.Objective,
            outcome.Bound,
            outcome.Seconds,
            outcome.FirstFeasibleSeconds,
            outcome.BuildSeconds,
            assignments,
            outcome.Explanation,
            outcome.Evaluation?.Violations.Select(v => v.Message).ToList() ?? [],
            outcome.Model);
    }

    public Result<NrpEvaluation> Evaluate(string instancePath, string rosterPath)
    {
        var parsed = NrpInstanceParser.ParseFile(instancePath);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        if (!File.Exists(rosterPath))
        {
            return new Error("nrp.roster_not_found", $"Roster file '{rosterPath}' does not exist.");
        }

        using var reader = new StreamReader(rosterPath);
        var read = RosterCsv.Read(parsed.Value!, reader);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var evaluation = Evaluation.RosterEvaluator.Evaluate(parsed.Value!, read.Value.Roster, read.Value.Structural);
        return new NrpEvaluation(evaluation.Feasible, evaluation.Objective, evaluation.Violations.Select(v => v.Message).ToList());
    }

    public void WriteRoster(NrpSolveReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var a in report.Assignments)
        {
            writer.Write(a.EmployeeId);
            writer.Write(',');
            writer.Write(a.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(a.ShiftId);
            writer.Write('\n');
        }
    }

    public void WriteSyntheticInstance(SyntheticInstanceSpec spec, TextWriter writer) => SyntheticNrpInstance.Write(spec, writer);
}
