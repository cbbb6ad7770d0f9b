namespace BackOffice.Payroll.Taxes.States.Engine;

/// <summary>One row of a state's annual percentage-method table: on taxable income over <see cref="Over"/>, <see cref="Base"/> plus <see cref="Rate"/> of the excess.</summary>
/// <param name="Base">The cumulative tax printed in the publication at <see cref="Over"/>; kept as published so a test can check it against the rows below it.</param>
internal sealed record Bracket(decimal Over, decimal Base, decimal Rate);

/// <summary>An annual bracket table, ordered by <see cref="Bracket.Over"/>.</summary>
internal sealed class BracketSchedule
{
    public BracketSchedule(IReadOnlyList<Bracket> brackets)
    {
        if (brackets.Count == 0 || brackets[0].Over != 0m)
        {
            throw new ArgumentException("A bracket table starts at 0.", nameof(brackets));
        }

        for (var i = 1; i < brackets.Count; i++)
        {
            if (brackets[i].Over <= brackets[i - 1].Over)
            {
                throw new ArgumentException("Brackets must be strictly increasing.", nameof(brackets));
            }
        }

        Brackets = brackets;
    }

    public IReadOnlyList<Bracket> Brackets { get; }

    /// <summary>A single rate on every dollar (the flat-rate states).</summary>
    public static BracketSchedule Flat(decimal rate) => new([new Bracket(0m, 0m, rate)]);

    public static BracketSchedule Of(params (decimal Over, decimal Base, decimal Rate)[] rows) =>
        new([.. rows.Select(r => new Bracket(r.Over, r.Base, r.Rate))]);

    /// <summary>Tax on <paramref name="taxable"/> using the published base of the bracket it falls in (publications define the tax this way, not as a running sum).</summary>
    public decimal TaxOn(decimal taxable)
    {
        if (taxable <= 0m)
        {
            return 0m;
        }

        var bracket = Brackets[0];
        foreach (var candidate in Brackets)
        {
            // "Over X": an amount equal to X still belongs to the bracket below.
            if (taxable > candidate.Over)
            {
                bracket = candidate;
            }
        }

        return bracket.Base + ((taxable - bracket.Over) * bracket.Rate);
    }

    /// <summary>
    /// The base each bracket should carry: the previous bracket's printed base plus the previous rate on the span between them.
    /// Checked step by step (not as one running sum) because publications round every printed base.
    /// </summary>
    public IEnumerable<(Bracket Bracket, decimal ExpectedBase)> CumulativeBases()
    {
        yield return (Brackets[0], 0m);
        for (var i = 1; i < Brackets.Count; i++)
        {
            var previous = Brackets[i - 1];
            yield return (Brackets[i], previous.Base + ((Brackets[i].Over - previous.Over) * previous.Rate));
        }
    }
}
