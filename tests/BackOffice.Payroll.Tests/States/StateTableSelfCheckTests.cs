using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// Every bracket's printed base must equal the running sum of the brackets below it (within the publication's own rounding).
/// A transcription slip in a base, or a wrong top bracket, shows up here before it reaches a paycheck.
/// </summary>
public sealed class StateTableSelfCheckTests
{
    public static TheoryData<string> TableNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _, _) in AllSchedules())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void BracketBases_WhenSummedFromLowerBrackets_MatchPublishedBases(string tableName)
    {
        var (_, schedule, tolerance) = AllSchedules().Single(s => s.Name == tableName);

        foreach (var (bracket, expectedBase) in schedule.CumulativeBases())
        {
            Math.Abs(bracket.Base - expectedBase).Should().BeLessThanOrEqualTo(
                tolerance, $"{tableName}: the base at {bracket.Over} should be the running sum {expectedBase}");
        }
    }

    [Fact]
    public void CumulativeBases_WhenABaseWasMistyped_ExposeTheBadBracket()
    {
        // NJ rate table C as one public transcription prints it: $295,300 at $500,000 instead of
        // $6,430 + ($500,000 - $150,000) x 6.6% = $29,530 (NJ-WT rate table C).
        var mistyped = BracketSchedule.Of(
            (0m, 0m, 0.015m), (20000m, 300m, 0.023m), (40000m, 760m, 0.028m), (50000m, 1040m, 0.035m),
            (60000m, 1390m, 0.056m), (150000m, 6430m, 0.066m), (500000m, 295300m, 0.099m));

        var bad = mistyped.CumulativeBases().Where(b => Math.Abs(b.Bracket.Base - b.ExpectedBase) > 0.01m).ToList();

        bad.Should().ContainSingle().Which.ExpectedBase.Should().Be(29530m);
    }

    [Fact]
    public void CumulativeBases_WhenTheTopBracketStartsAtTheWrongIncome_ExposeIt()
    {
        // CA 2026 single, Method B annual table, with the 14.63% bracket moved from $1,000,000 to $1,100,000 but its base left
        // as published ($114,220.27): the running sum then disagrees, which is how a wrong top bracket is caught.
        var wrongTop = BracketSchedule.Of(
            (0m, 0m, 0.011m), (11079m, 121.87m, 0.022m), (26264m, 455.94m, 0.044m), (41452m, 1124.21m, 0.066m),
            (57542m, 2186.15m, 0.088m), (72724m, 3522.17m, 0.1023m), (371479m, 34084.81m, 0.1133m),
            (445771m, 42502.09m, 0.1243m), (742953m, 79441.81m, 0.1353m), (1100000m, 114220.27m, 0.1463m));

        var bad = wrongTop.CumulativeBases().Where(b => Math.Abs(b.Bracket.Base - b.ExpectedBase) > 0.01m).ToList();

        bad.Should().ContainSingle().Which.Bracket.Over.Should().Be(1100000m);
    }

    private static IEnumerable<(string Name, BracketSchedule Schedule, decimal Tolerance)> AllSchedules() =>
        from calculator in StateWithholdingRegistration.CreateCalculators().OfType<AnnualizedStateCalculator>()
        from table in calculator.Tables
        from status in table.Statuses
        where status.Value.Brackets.Brackets.Count > 1
        select ($"{table.State} {table.TaxYear} {table.EffectiveFrom:uuuu-MM-dd} {status.Key}", status.Value.Brackets, table.BaseTolerance);
}
