namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// Where <see cref="RosterModelBuilder"/> writes its variables and constraints. Literals follow CP-SAT's
/// convention: a variable index <c>v</c>, or <c>-v - 1</c> for its negation. One builder feeds CP-SAT and
/// the MIP backends, so the formulations compared in docs/roster-engine.md are exactly the same.
/// </summary>
internal interface IModelSink
{
    int NewBool();

    int NewInt(long lowerBound, long upperBound);

    /// <summary>lower ≤ Σ coeffs·vars ≤ upper, only when <paramref name="enforcement"/> (a literal) holds, if given.</summary>
    void AddLinear(ReadOnlySpan<int> vars, ReadOnlySpan<long> coeffs, long lower, long upper, int? enforcement = null);

    void AddAtMostOne(ReadOnlySpan<int> literals, int? enforcement = null);

    void AddBoolOr(ReadOnlySpan<int> literals, int? enforcement = null);

    void SetObjective(IReadOnlyDictionary<int, long> coefficients, long offset);
}

internal static class Literal
{
    public static int Not(int literal) => -literal - 1;

    public static bool IsNegated(int literal) => literal < 0;

    public static int VariableOf(int literal) => literal < 0 ? -literal - 1 : literal;
}
