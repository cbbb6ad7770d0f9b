using Google.OrTools.LinearSolver;

namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// The same model written to one of OR-Tools' bundled MIP backends (SCIP, HiGHS, CBC), used to measure
/// them against CP-SAT on identical formulations. Enforcement literals are not supported (explain mode is CP-SAT only).
/// </summary>
internal sealed class MipSink : IModelSink, IDisposable
{
    private const long Infinite = long.MaxValue / 8;
    private readonly List<Variable> variables = [];

    public MipSink(string backend)
    {
        Solver = Solver.CreateSolver(backend) ?? throw new InvalidOperationException($"The MIP backend '{backend}' is not available in this OR-Tools build.");
        Solver.SuppressOutput();
        if (backend == "HIGHS")
        {
            // HiGHS prints its banner on stdout unless told not to, which would break the CLI's JSON-only stdout.
            Solver.SetSolverSpecificParametersAsString("output_flag=false");
        }
    }

    public Solver Solver { get; }

    public IReadOnlyList<Variable> Variables => variables;

    public int NewBool()
    {
        variables.Add(Solver.MakeBoolVar(string.Empty));
        return variables.Count - 1;
    }

    public int NewInt(long lowerBound, long upperBound)
    {
        variables.Add(Solver.MakeIntVar(lowerBound, upperBound, string.Empty));
        return variables.Count - 1;
    }

    public void AddLinear(ReadOnlySpan<int> vars, ReadOnlySpan<long> coeffs, long lower, long upper, int? enforcement = null)
    {
        if (enforcement is not null)
        {
            throw new NotSupportedException("Enforcement literals are only used in explain mode, which runs on CP-SAT.");
        }

        var constraint = Solver.MakeConstraint(Bound(lower), Bound(upper), string.Empty);
        for (var i = 0; i < vars.Length; i++)
        {
            constraint.SetCoefficient(variables[vars[i]], constraint.GetCoefficient(variables[vars[i]]) + coeffs[i]);
        }
    }

    public void AddAtMostOne(ReadOnlySpan<int> literals, int? enforcement = null) => AddLiteralSum(literals, double.NegativeInfinity, 1, enforcement);

    public void AddBoolOr(ReadOnlySpan<int> literals, int? enforcement = null) => AddLiteralSum(literals, 1, double.PositiveInfinity, enforcement);

    public void SetObjective(IReadOnlyDictionary<int, long> coefficients, long offset)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        var objective = Solver.Objective();
        foreach (var (variable, coefficient) in coefficients)
        {
            objective.SetCoefficient(variables[variable], coefficient);
        }

        objective.SetOffset(offset);
        objective.SetMinimization();
    }

    public void Dispose() => Solver.Dispose();

    private static double Bound(long value) => value >= Infinite ? double.PositiveInfinity : value <= -Infinite ? double.NegativeInfinity : value;

    private void AddLiteralSum(ReadOnlySpan<int> literals, double lower, double upper, int? enforcement)
    {
        if (enforcement is not null)
        {
            throw new NotSupportedException("Enforcement literals are only used in explain mode, which runs on CP-SAT.");
        }

        // ¬x is (1 − x): each negated literal moves 1 to the bounds.
        var negated = 0;
        foreach (var literal in literals)
        {
            negated += Literal.IsNegated(literal) ? 1 : 0;
        }

        var constraint = Solver.MakeConstraint(lower - negated, upper - negated, string.Empty);
        foreach (var literal in literals)
        {
            var variable = variables[Literal.VariableOf(literal)];
            constraint.SetCoefficient(variable, constraint.GetCoefficient(variable) + (Literal.IsNegated(literal) ? -1 : 1));
        }
    }
}
