namespace BackOffice.Scheduling.Staffing.Queueing;

/// <summary>
/// The Palm / Erlang A queue M/M/N+M: Poisson arrivals λ, exponential handle times (rate μ = 1/AHT), N agents and
/// exponential patience (rate θ = 1/patience); a caller still waiting when patience runs out hangs up.
/// <para>
/// Closed forms from Mandelbaum &amp; Zeltyn, "The Palm/Erlang-A queue, with applications to call centers" (2007), and
/// Garnett, Mandelbaum &amp; Reiman, "Designing a call center with impatient customers", MSOM 4(3), 2002. With
/// x = Nμ/θ, y = λ/θ, E = Erlang B(N, λ/μ) and A(x, y) = M(x, y) where
/// M(c, z) = Σ_{j≥0} z^j / ∏_{k=1..j}(c + k) (the birth–death queue's tail sum):
/// </para>
/// <list type="bullet">
/// <item>P(wait) = A·E / (1 + (A − 1)·E)</item>
/// <item>P(abandon | wait) = 1/(ρA) + 1 − 1/ρ with ρ = y/x, written here as 1 − (x/(x+1))·M(x+1, y)/M(x, y)</item>
/// <item>answered within t = P(no wait) + P(wait)·(x/(x+1))·[M(x+1, y) − u^{x+1}·e^{y(1−u)}·M(x+1, y·u)] / M(x, y),
/// u = e^{−θt} (the incomplete-gamma expression γ(x+1, y) − γ(x+1, y·u) rewritten as series)</item>
/// </list>
/// All sums are carried in log space with rescaling, so nothing overflows at thousands of erlangs, and no factorial or
/// gamma function is evaluated. Service level is the share of all offered calls answered within t (callers who hang up
/// count as missed), which is how the worked example (14 agents: 0.917) is defined.
/// </summary>
internal static class ErlangA
{
    private const int SearchLimit = 1_000_000;

    public static QueueMetrics Evaluate(int agents, double callsPerSecond, double ahtSeconds, double patienceSeconds, double answerWithinSeconds)
        => Evaluate(agents, callsPerSecond, ahtSeconds, patienceSeconds, answerWithinSeconds, includeSpeedOfAnswer: true);

    /// <summary>
    /// The smallest N with SL(N) ≥ target and, when capped, carried load / N ≤ cap. Both tests are monotone in N, so the
    /// search gallops from the square-root-staffing guess a + √a (steps 1, 2, 4, …) to bracket the answer and then
    /// bisects; Erlang B values are carried upward once and reused, so each probe costs only its series.
    /// </summary>
    public static QueueMetrics Require(double callsPerSecond, double ahtSeconds, double patienceSeconds, double answerWithinSeconds, double serviceLevelTarget, double? maxOccupancy)
    {
        if (callsPerSecond <= 0)
        {
            return QueueMetrics.Idle(0);
        }

        var offeredLoad = callsPerSecond * ahtSeconds;
        var blocking = new BlockingTable(offeredLoad);
        bool Meets(int n)
        {
            var m = Evaluate(n, callsPerSecond, ahtSeconds, patienceSeconds, answerWithinSeconds, blocking[n], includeSpeedOfAnswer: false);
            return StaffingTolerance.MeetsServiceLevel(m.ServiceLevel, serviceLevelTarget)
                && StaffingTolerance.WithinOccupancyCap(m.Occupancy, maxOccupancy);
        }

        // With calls offered, no agents answer nothing: 0 always fails.
        var guess = Math.Max(1, (int)Math.Ceiling(offeredLoad + Math.Sqrt(offeredLoad)));
        int failing, meeting;
        if (Meets(guess))
        {
            meeting = guess;
            failing = 0;
            for (var step = 1; meeting - step > 0; step *= 2)
            {
                if (!Meets(meeting - step))
                {
                    failing = meeting - step;
                    break;
                }

                meeting -= step;
            }
        }
        else
        {
            failing = guess;
            meeting = -1;
            for (var step = 1; meeting < 0; step *= 2)
            {
                if (failing + step > SearchLimit)
                {
                    throw new InvalidOperationException($"No staffing below {SearchLimit} agents reaches the service level.");
                }

                if (Meets(failing + step))
                {
                    meeting = failing + step;
                }
                else
                {
                    failing += step;
                }
            }
        }

        while (meeting - failing > 1)
        {
            var middle = failing + ((meeting - failing) / 2);
            if (Meets(middle))
            {
                meeting = middle;
            }
            else
            {
                failing = middle;
            }
        }

        return Evaluate(meeting, callsPerSecond, ahtSeconds, patienceSeconds, answerWithinSeconds, blocking[meeting], includeSpeedOfAnswer: true);
    }

    private static QueueMetrics Evaluate(int agents, double lambda, double ahtSeconds, double patienceSeconds, double answerWithinSeconds, bool includeSpeedOfAnswer)
        => Evaluate(agents, lambda, ahtSeconds, patienceSeconds, answerWithinSeconds, ErlangB.Blocking(agents, lambda * ahtSeconds), includeSpeedOfAnswer);

    private static QueueMetrics Evaluate(int agents, double lambda, double ahtSeconds, double patienceSeconds, double answerWithinSeconds, double blocking, bool includeSpeedOfAnswer)
    {
        var offeredLoad = lambda * ahtSeconds;
        if (lambda <= 0)
        {
            return QueueMetrics.Idle(agents);
        }

        if (agents <= 0)
        {
            // Nobody answers: every caller waits and eventually abandons.
            return new QueueMetrics(0, 0, 1, double.PositiveInfinity, 0, 1);
        }

        var theta = 1 / patienceSeconds;
        var x = agents * patienceSeconds / ahtSeconds;
        var y = lambda * patienceSeconds;
        if (blocking <= 0)
        {
            // Erlang B underflows only when waiting is astronomically unlikely.
            return new QueueMetrics(agents, 1, 0, 0, offeredLoad / agents, 0);
        }

        var logM1 = LogTailSum(x + 1, y);
        var logA = LogOnePlusExp(Math.Log(y) - Math.Log(x + 1) + logM1);
        var probabilityOfWaiting = 1 / (1 + Math.Exp(double.LogP1(-blocking) - logA - Math.Log(blocking)));

        // P(answered | waited) = (x/(x+1))·M(x+1, y)/M(x, y).
        var answeredGivenWait = Math.Exp(logM1 - logA) * x / (x + 1);
        var probabilityOfAbandon = probabilityOfWaiting * (1 - answeredGivenWait);

        var logU = -theta * answerWithinSeconds;
        var u = Math.Exp(logU);
        var logLate = ((x + 1) * logU) + (y * (1 - u)) + LogTailSum(x + 1, y * u);
        var answeredWithinGivenWait = answeredGivenWait * (1 - Math.Exp(logLate - logM1));
        var serviceLevel = 1 - probabilityOfWaiting + (probabilityOfWaiting * answeredWithinGivenWait);

        var speedOfAnswer = includeSpeedOfAnswer
            ? probabilityOfWaiting * MeanQueueTimeOfAnsweredCallers(x, y, theta) / (1 - probabilityOfAbandon)
            : double.NaN;
        var occupancy = offeredLoad * (1 - probabilityOfAbandon) / agents;
        return new QueueMetrics(agents, serviceLevel, probabilityOfWaiting, speedOfAnswer, occupancy, probabilityOfAbandon);
    }

    /// <summary>
    /// E[wait · 1{answered} | waited]. A caller who finds j others queued moves up at rates θ(x+k), k = j+1 … 1 while
    /// abandoning at θ: answered with probability x/(x+j+1) after Σ_{k=1..j+1} 1/(θ(x+k)) on average, and j is
    /// distributed ∝ y^j / ∏_{k=1..j}(x+k).
    /// </summary>
    private static double MeanQueueTimeOfAnsweredCallers(double x, double y, double theta)
    {
        double weight = 1, weights = 0, weightedTime = 0, harmonic = 0;
        for (var j = 0; ; j++)
        {
            harmonic += 1 / (theta * (x + j + 1));
            weights += weight;
            weightedTime += weight * harmonic * x / (x + j + 1);
            var next = weight * y / (x + j + 1);
            if (next > 1e200)
            {
                weights /= next;
                weightedTime /= next;
                next = 1;
            }

            if (j + 1 > y - x && next < weights * 1e-17)
            {
                return weightedTime / weights;
            }

            weight = next;
        }
    }

    /// <summary>ln M(c, z) = ln Σ_{j≥0} z^j / ∏_{k=1..j}(c + k), with the running sum rescaled before it can overflow.</summary>
    internal static double LogTailSum(double c, double z)
    {
        if (z <= 0)
        {
            return 0;
        }

        double term = 1, sum = 0, logScale = 0;
        for (var j = 1; ; j++)
        {
            sum += term;
            term *= z / (c + j);
            if (term > 1e200)
            {
                logScale += Math.Log(term);
                sum /= term;
                term = 1;
            }

            if (j > z - c && term < sum * 1e-17)
            {
                return logScale + Math.Log(sum);
            }
        }
    }

    /// <summary>Erlang B values B(0..n), extended on demand by the recursion.</summary>
    private sealed class BlockingTable(double offeredLoad)
    {
        private readonly List<double> _values = [1.0];

        public double this[int servers]
        {
            get
            {
                for (var k = _values.Count; k <= servers; k++)
                {
                    _values.Add(ErlangB.Step(_values[k - 1], k, offeredLoad));
                }

                return _values[servers];
            }
        }
    }

    private static double LogOnePlusExp(double s) => s > 0 ? s + double.LogP1(Math.Exp(-s)) : double.LogP1(Math.Exp(s));
}
