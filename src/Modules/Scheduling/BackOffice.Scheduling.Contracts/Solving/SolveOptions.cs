namespace BackOffice.Scheduling.Contracts.Solving;

/// <summary>How long and with how many threads to search. <see cref="Seconds"/> bounds the whole call, model building included.</summary>
public sealed record SolveOptions
{
    public double Seconds { get; init; } = 60;

    public int Workers { get; init; } = 2;

    /// <summary>CP-SAT is the product default; the MIP backends exist for the measurements in docs/roster-engine.md.</summary>
    public SolverBackend Backend { get; init; } = SolverBackend.CpSat;

    /// <summary>Seed for CP-SAT's randomized search, so a run can be repeated.</summary>
    public int RandomSeed { get; init; }

    /// <summary>Extra CP-SAT parameters in protobuf text format (e.g. <c>linearization_level:2</c>), for measurements.</summary>
    public string? CpSatParameters { get; init; }

    /// <summary>Turn off the row LNS that runs beside CP-SAT when there are two or more workers (for measurements).</summary>
    public bool NoNeighbourhoodSearch { get; init; }

    /// <summary>Turn off the column generation that runs beside the LNS on short horizons (for measurements).</summary>
    public bool NoColumnGeneration { get; init; }

    /// <summary>Echo the backend's own search log to stderr.</summary>
    public bool Log { get; init; }
}

public enum SolverBackend
{
    CpSat,
    Scip,
    Highs,
    Cbc,
}

/// <summary>The outcome class of a solve.</summary>
public enum RosterSolveStatus
{
    /// <summary>The best roster was proved optimal.</summary>
    Optimal,

    /// <summary>A roster was found; the time limit ended the search before optimality was proved.</summary>
    Feasible,

    /// <summary>No roster satisfies the hard rules; an explanation is attached.</summary>
    Infeasible,

    /// <summary>No roster was found within the time limit, and infeasibility was not proved either.</summary>
    TimedOut,

    /// <summary>The model was rejected (a bug or contradictory input data).</summary>
    ModelInvalid,
}

/// <summary>One improving roster found during the search, for a live progress display.</summary>
/// <param name="Seconds">Since the start of the call.</param>
/// <param name="Objective">Objective of the roster just found.</param>
/// <param name="Bound">Best proved lower bound at that moment, when the backend gives one.</param>
/// <param name="Solutions">How many improving rosters have been found so far.</param>
public sealed record SolveProgress(double Seconds, long Objective, long? Bound, int Solutions);
