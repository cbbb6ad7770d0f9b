using System.Diagnostics;
using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Solving.Model;

namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// The best roster found so far by any of the searches running side by side, and the best proved bound.
/// Every improvement is relayed to the caller's progress stream.
/// </summary>
internal sealed class Incumbent(Stopwatch clock, IProgress<SolveProgress>? progress, bool reporting = true)
{
    private readonly Lock gate = new();
    private Roster? roster;
    private long objective = long.MaxValue;
    private long bound = long.MinValue;
    private int solutions;

    public double? FirstSeconds { get; private set; }

    public long? Bound
    {
        get
        {
            lock (gate)
            {
                return bound == long.MinValue ? null : bound;
            }
        }
    }

    /// <summary>True once the incumbent is proved optimal by the bound.</summary>
    public bool Closed
    {
        get
        {
            lock (gate)
            {
                return roster is not null && bound >= objective;
            }
        }
    }

    /// <summary>A copy of the best roster (safe to modify) and its objective.</summary>
    public (Roster? Roster, long Objective) Snapshot()
    {
        lock (gate)
        {
            return (roster?.Clone(), objective);
        }
    }

    /// <summary>Keeps <paramref name="candidate"/> if it is strictly better; the incumbent takes ownership of it.</summary>
    public bool Offer(Roster candidate, long value)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        SolveProgress? report = null;
        lock (gate)
        {
            if (value >= objective)
            {
                return false;
            }

            roster = candidate;
            objective = value;
            FirstSeconds ??= clock.Elapsed.TotalSeconds;
            if (reporting)
            {
                solutions++;
                report = new SolveProgress(clock.Elapsed.TotalSeconds, value, bound == long.MinValue ? null : bound, solutions);
            }
        }

        if (report is not null)
        {
            progress?.Report(report);
        }

        return true;
    }

    public void SetFirstSeconds(double? seconds) => FirstSeconds ??= seconds;

    public void RaiseBound(long value)
    {
        lock (gate)
        {
            bound = Math.Max(bound, value);
        }
    }
}
