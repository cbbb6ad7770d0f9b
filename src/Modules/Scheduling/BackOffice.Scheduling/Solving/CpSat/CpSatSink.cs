using Google.OrTools.Sat;

namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// Writes straight into the <see cref="CpModelProto"/>: no LinearExpr objects and no variable names,
/// because building the model, not solving it, is what dominates on the year-long instances.
/// </summary>
internal sealed class CpSatSink : IModelSink
{
    public CpSatSink() => Model = new CpModel();

    public CpModel Model { get; }

    private CpModelProto Proto => Model.Model;

    public int NewBool() => NewInt(0, 1);

    public int NewInt(long lowerBound, long upperBound)
    {
        var variable = new IntegerVariableProto();
        variable.Domain.Add(lowerBound);
        variable.Domain.Add(upperBound);
        Proto.Variables.Add(variable);
        return Proto.Variables.Count - 1;
    }

    public void AddLinear(ReadOnlySpan<int> vars, ReadOnlySpan<long> coeffs, long lower, long upper, int? enforcement = null)
    {
        var linear = new LinearConstraintProto();
        for (var i = 0; i < vars.Length; i++)
        {
            linear.Vars.Add(vars[i]);
            linear.Coeffs.Add(coeffs[i]);
        }

        linear.Domain.Add(lower);
        linear.Domain.Add(upper);
        var constraint = new ConstraintProto { Linear = linear };
        if (enforcement is { } e)
        {
            constraint.EnforcementLiteral.Add(e);
        }

        Proto.Constraints.Add(constraint);
    }

    public void AddAtMostOne(ReadOnlySpan<int> literals, int? enforcement = null)
    {
        if (enforcement is { } e)
        {
            // CP-SAT does not accept enforcement on at_most_one; state it as a linear constraint over literals.
            AddLinearOverLiterals(literals, 0, 1, e);
            return;
        }

        var argument = new BoolArgumentProto();
        foreach (var literal in literals)
        {
            argument.Literals.Add(literal);
        }

        Proto.Constraints.Add(new ConstraintProto { AtMostOne = argument });
    }

    public void AddBoolOr(ReadOnlySpan<int> literals, int? enforcement = null)
    {
        var argument = new BoolArgumentProto();
        foreach (var literal in literals)
        {
            argument.Literals.Add(literal);
        }

        var constraint = new ConstraintProto { BoolOr = argument };
        if (enforcement is { } e)
        {
            constraint.EnforcementLiteral.Add(e);
        }

        Proto.Constraints.Add(constraint);
    }

    public void SetObjective(IReadOnlyDictionary<int, long> coefficients, long offset)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        var objective = new CpObjectiveProto { Offset = offset };
        foreach (var (variable, coefficient) in coefficients.OrderBy(p => p.Key))
        {
            if (coefficient != 0)
            {
                objective.Vars.Add(variable);
                objective.Coeffs.Add(coefficient);
            }
        }

        Proto.Objective = objective;
    }

    public void AddHint(IReadOnlyList<(int Variable, long Value)> hint)
    {
        var assignment = new PartialVariableAssignment();
        foreach (var (variable, value) in hint)
        {
            assignment.Vars.Add(variable);
            assignment.Values.Add(value);
        }

        Proto.SolutionHint = assignment;
    }

    public void AddAssumptions(IEnumerable<int> literals) => Proto.Assumptions.AddRange(literals);

    private void AddLinearOverLiterals(ReadOnlySpan<int> literals, long lower, long upper, int enforcement)
    {
        // Σ literals with ¬x written as (1 - x): move the constants to the bounds.
        var vars = new int[literals.Length];
        var coeffs = new long[literals.Length];
        long constant = 0;
        for (var i = 0; i < literals.Length; i++)
        {
            vars[i] = Literal.VariableOf(literals[i]);
            coeffs[i] = Literal.IsNegated(literals[i]) ? -1 : 1;
            constant += Literal.IsNegated(literals[i]) ? 1 : 0;
        }

        AddLinear(vars, coeffs, lower - constant, upper - constant, enforcement);
    }
}
