namespace BackOffice.Scheduling.Staffing.Queueing;

/// <summary>
/// Erlang B blocking probability by the standard recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)).
/// Every intermediate value stays in (0, 1], so it never overflows where A^N / N! would (171! is already infinite in
/// a double), and it costs O(N) — a few microseconds at 2,000 erlangs.
/// </summary>
internal static class ErlangB
{
    public static double Blocking(int servers, double offeredLoad)
    {
        var b = 1.0;
        for (var k = 1; k <= servers; k++)
        {
            b = Step(b, k, offeredLoad);
        }

        return b;
    }

    /// <summary>B(k) from B(k−1), for callers that walk k upward and test each staffing level on the way.</summary>
    public static double Step(double previous, int k, double offeredLoad)
    {
        var x = offeredLoad * previous;
        return x / (k + x);
    }
}
