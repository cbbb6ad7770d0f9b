namespace BackOffice.Scheduling.Solving.ColumnGeneration;

/// <summary>
/// The master LP's latest solution, reduced to what a neighbourhood search can use: for each employee, the
/// row with the largest weight and that weight. Employees whose roster row differs from it, or whose LP
/// weight is split between rows, are where the LP sees room to improve (the idea of RINS).
/// </summary>
internal sealed class LpGuide
{
    private readonly Lock gate = new();
    private int[][]? rows;
    private double[]? weights;

    public void Publish(int[][] dominantRows, double[] dominantWeights)
    {
        lock (gate)
        {
            rows = dominantRows;
            weights = dominantWeights;
        }
    }

    public (int[][]? Rows, double[]? Weights) Snapshot()
    {
        lock (gate)
        {
            return (rows, weights);
        }
    }
}
