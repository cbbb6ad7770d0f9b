namespace BackOffice.Scheduling.Staffing.Queueing;

/// <summary>
/// Steady-state figures of one staffing level. <see cref="ServiceLevel"/> is the share of all offered calls answered
/// within the threshold; <see cref="AverageSpeedOfAnswerSeconds"/> the mean wait of answered calls;
/// <see cref="ProbabilityOfAbandon"/> is set by Erlang A only.
/// </summary>
internal readonly record struct QueueMetrics(
    int Agents,
    double ServiceLevel,
    double ProbabilityOfWaiting,
    double AverageSpeedOfAnswerSeconds,
    double Occupancy,
    double? ProbabilityOfAbandon)
{
    public bool IsStable => !double.IsPositiveInfinity(AverageSpeedOfAnswerSeconds);

    public static QueueMetrics Idle(int agents) => new(agents, 1, 0, 0, 0, null);

    public static QueueMetrics Unstable(int agents) => new(agents, 0, 1, double.PositiveInfinity, 1, null);
}

/// <summary>
/// Targets are compared with a tiny tolerance so that a value that meets the target exactly in real arithmetic
/// (10 erlangs on 12.5 agents at an 0.8 cap) is not rejected because of the last bit of a double.
/// </summary>
internal static class StaffingTolerance
{
    private const double Epsilon = 1e-12;

    public static bool MeetsServiceLevel(double serviceLevel, double target) => serviceLevel >= target - Epsilon;

    public static bool WithinOccupancyCap(double occupancy, double? cap) => cap is null || occupancy <= cap.Value + Epsilon;
}
