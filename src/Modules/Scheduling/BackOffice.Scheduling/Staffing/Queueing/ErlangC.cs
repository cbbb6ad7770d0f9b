namespace BackOffice.Scheduling.Staffing.Queueing;

/// <summary>
/// The M/M/N queue (Erlang C): Poisson arrivals, exponential handle times, N agents, callers never abandon.
/// With offered load a = λ·AHT and Erlang B blocking B = B(N, a):
/// <list type="bullet">
/// <item>P(wait) = C = N·B / (N − a·(1 − B))</item>
/// <item>SL(t) = 1 − C·exp(−(N − a)·t / AHT)</item>
/// <item>ASA = C·AHT / (N − a)</item>
/// <item>occupancy = a / N</item>
/// </list>
/// Defined only for N &gt; a; below that the queue grows without bound.
/// </summary>
internal static class ErlangC
{
    // Staffing searches stop here; no real queue needs a million agents in one interval.
    private const int SearchLimit = 1_000_000;

    public static QueueMetrics Evaluate(int agents, double offeredLoad, double ahtSeconds, double answerWithinSeconds)
    {
        if (offeredLoad <= 0)
        {
            return QueueMetrics.Idle(agents);
        }

        if (agents <= offeredLoad)
        {
            return QueueMetrics.Unstable(agents);
        }

        return FromBlocking(agents, offeredLoad, ahtSeconds, answerWithinSeconds, ErlangB.Blocking(agents, offeredLoad));
    }

    /// <summary>
    /// The smallest N with SL(N) ≥ target and, when a cap is given, a / N ≤ cap. The Erlang B recursion is carried
    /// upward once, so the whole search costs O(N).
    /// </summary>
    public static QueueMetrics Require(double offeredLoad, double ahtSeconds, double answerWithinSeconds, double serviceLevelTarget, double? maxOccupancy)
    {
        if (offeredLoad <= 0)
        {
            return QueueMetrics.Idle(0);
        }

        var firstStable = (int)Math.Floor(offeredLoad) + 1;
        var blocking = 1.0;
        for (var k = 1; k < firstStable; k++)
        {
            blocking = ErlangB.Step(blocking, k, offeredLoad);
        }

        for (var n = firstStable; n < SearchLimit; n++)
        {
            blocking = ErlangB.Step(blocking, n, offeredLoad);
            if (!StaffingTolerance.WithinOccupancyCap(offeredLoad / n, maxOccupancy))
            {
                continue;
            }

            var metrics = FromBlocking(n, offeredLoad, ahtSeconds, answerWithinSeconds, blocking);
            if (StaffingTolerance.MeetsServiceLevel(metrics.ServiceLevel, serviceLevelTarget))
            {
                return metrics;
            }
        }

        throw new InvalidOperationException($"No staffing below {SearchLimit} agents reaches the service level for {offeredLoad} erlangs.");
    }

    private static QueueMetrics FromBlocking(int agents, double offeredLoad, double ahtSeconds, double answerWithinSeconds, double blocking)
    {
        var surplus = agents - offeredLoad;
        var probabilityOfWaiting = agents * blocking / (agents - offeredLoad * (1 - blocking));
        var serviceLevel = 1 - probabilityOfWaiting * Math.Exp(-surplus * answerWithinSeconds / ahtSeconds);
        var asa = probabilityOfWaiting * ahtSeconds / surplus;
        return new QueueMetrics(agents, serviceLevel, probabilityOfWaiting, asa, offeredLoad / agents, null);
    }
}
