using BackOffice.Scheduling.Staffing.Queueing;

namespace BackOffice.Scheduling.Tests.Staffing;

public sealed class ErlangATests
{
    // Issue 3's traffic: 100 calls per 30 minutes, AHT 180 s, answer within 20 s.
    private const double CallsPerSecond = 100 / 1800.0;
    private const double Aht = 180;
    private const double Threshold = 20;

    [Fact]
    public void Evaluate_WhenPatienceIs300SecondsAnd14Agents_MatchesIssueWorkedExample()
    {
        var metrics = ErlangA.Evaluate(14, CallsPerSecond, Aht, 300, Threshold);

        // Issue 3: Erlang A with patience 300 s and 14 agents gives P(wait) ≈ 0.1453, P(abandon) ≈ 0.0140, SL ≈ 0.917.
        metrics.ProbabilityOfWaiting.Should().BeApproximately(0.1453, 0.00005);
        metrics.ProbabilityOfAbandon.Should().BeApproximately(0.0140, 0.00005);
        metrics.ServiceLevel.Should().BeApproximately(0.917, 0.0005);
    }

    [Fact]
    public void Evaluate_WhenPatienceIs300SecondsAnd14Agents_AverageSpeedOfAnswerMatchesNumericalIntegration()
    {
        var metrics = ErlangA.Evaluate(14, CallsPerSecond, Aht, 300, Threshold);

        // Independent check: RK4 integration of the tagged caller's Kolmogorov equations over the truncated
        // birth–death chain (method in docs/forecasting.md, "How the Erlang A code was verified"): answered callers
        // wait 3.878 s on average.
        metrics.AverageSpeedOfAnswerSeconds.Should().BeApproximately(3.878, 0.001);
    }

    [Fact]
    public void Require_WhenPatienceIs300Seconds_FindsThirteenAgentsForEightyInTwenty()
    {
        var metrics = ErlangA.Require(CallsPerSecond, Aht, 300, Threshold, 0.8, maxOccupancy: null);

        // Same independent integration: 13 agents answer 0.858 of calls within 20 s, 12 agents only 0.772.
        metrics.Agents.Should().Be(13);
        metrics.ServiceLevel.Should().BeApproximately(0.858, 0.0005);
    }

    [Fact]
    public void Evaluate_WhenPatienceIsNearlyInfinite_ConvergesToErlangC()
    {
        // θ → 0 turns M/M/N+M into M/M/N. CRAN ErlangC 0.1.0 README for 14 agents: wait_probability 0.1741319,
        // service_level 0.88835, average_speed_of_answer 7.8359 s.
        var metrics = ErlangA.Evaluate(14, CallsPerSecond, Aht, 1e9, Threshold);

        metrics.ProbabilityOfWaiting.Should().BeApproximately(0.1741319, 1e-5);
        metrics.ServiceLevel.Should().BeApproximately(0.88835, 1e-5);
        metrics.AverageSpeedOfAnswerSeconds.Should().BeApproximately(7.8359, 1e-3);
        metrics.ProbabilityOfAbandon.Should().BeApproximately(0, 1e-5);
    }

    [Fact]
    public void Evaluate_WhenPatienceIsNearlyZero_ConvergesToErlangBLoss()
    {
        // θ → ∞: whoever would wait hangs up at once, which is the M/M/N/N loss system, so P(wait) and P(abandon)
        // tend to Erlang B's blocking (A^N/N!) / Σ_k A^k/k!, evaluated here straight from its definition.
        const int agents = 14;
        const double load = 10;
        double term = 1, sum = 1;
        for (var k = 1; k <= agents; k++)
        {
            term *= load / k;
            sum += term;
        }

        var blocking = term / sum;
        var metrics = ErlangA.Evaluate(agents, CallsPerSecond, Aht, 1e-4, Threshold);

        metrics.ProbabilityOfWaiting.Should().BeApproximately(blocking, 1e-5);
        metrics.ProbabilityOfAbandon.Should().BeApproximately(blocking, 1e-5);
        metrics.ServiceLevel.Should().BeApproximately(1 - blocking, 1e-5);
    }

    [Fact]
    public void Evaluate_WhenOverloaded_StaysStableAndAbandonsAtLeastTheExcess()
    {
        // 10 erlangs on 8 agents: Erlang C has no steady state, Erlang A does. Flow balance: agents can carry at most
        // 8 erlangs, so at least 1 − 8/10 = 20 % of callers must abandon, and occupancy cannot exceed 1.
        var metrics = ErlangA.Evaluate(8, CallsPerSecond, Aht, 300, Threshold);

        metrics.ProbabilityOfAbandon.Should().BeGreaterThanOrEqualTo(0.2);
        metrics.Occupancy.Should().BeLessThanOrEqualTo(1);
        metrics.ServiceLevel.Should().BeInRange(0, 1);
        double.IsFinite(metrics.AverageSpeedOfAnswerSeconds).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_WhenTwoThousandErlangs_IsFiniteAndWaitsLessThanErlangC()
    {
        // 2,000 erlangs at AHT 180 s, patience 300 s, 2,040 agents. Abandonment can only shorten the queue, so
        // P(wait) is below Erlang C's (Halfin–Whitt puts that near 0.27); everything must stay a finite probability.
        var lambda = 2000 / Aht;
        var erlangA = ErlangA.Evaluate(2040, lambda, Aht, 300, Threshold);
        var erlangC = ErlangC.Evaluate(2040, 2000, Aht, Threshold);

        erlangA.ProbabilityOfWaiting.Should().BeInRange(0, erlangC.ProbabilityOfWaiting);
        erlangA.ProbabilityOfAbandon.Should().BeInRange(0, 0.05);
        erlangA.ServiceLevel.Should().BeInRange(0, 1);
        double.IsFinite(erlangA.AverageSpeedOfAnswerSeconds).Should().BeTrue();
    }

    [Fact]
    public void Require_WhenTwoThousandErlangs_ReturnsTheFirstStaffingMeetingTarget()
    {
        var lambda = 2000 / Aht;
        var metrics = ErlangA.Require(lambda, Aht, 300, Threshold, 0.8, maxOccupancy: 0.95);

        metrics.ServiceLevel.Should().BeGreaterThanOrEqualTo(0.8);
        metrics.Occupancy.Should().BeLessThanOrEqualTo(0.95);
        var fewer = ErlangA.Evaluate(metrics.Agents - 1, lambda, Aht, 300, Threshold);
        (fewer.ServiceLevel < 0.8 || fewer.Occupancy > 0.95).Should().BeTrue();
    }

    [Fact]
    public void LogTailSum_WhenArgumentsAreSmall_MatchesDirectSeries()
    {
        // M(c, z) = Σ z^j / ∏(c+k): for c = 2, z = 1 the terms are 1, 1/3, 1/12, 1/60, 1/360, … (sum 1.436563656918…,
        // which is 2·(e − 2) since M(2, z) = 2(e^z − 1 − z)/z²).
        Math.Exp(ErlangA.LogTailSum(2, 1)).Should().BeApproximately(2 * (Math.E - 2), 1e-12);
    }
}
