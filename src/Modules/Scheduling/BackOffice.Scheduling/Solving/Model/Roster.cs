namespace BackOffice.Scheduling.Solving.Model;

/// <summary>Who works which shift on which day: <c>this[e, d]</c> is a shift index or <see cref="Off"/>.</summary>
internal sealed class Roster
{
    public const int Off = -1;

    private readonly int[,] cells;

    public Roster(int employees, int days)
    {
        cells = new int[employees, days];
        for (var e = 0; e < employees; e++)
        {
            for (var d = 0; d < days; d++)
            {
                cells[e, d] = Off;
            }
        }
    }

    public int Employees => cells.GetLength(0);

    public int Days => cells.GetLength(1);

    public int this[int employee, int day]
    {
        get => cells[employee, day];
        set => cells[employee, day] = value;
    }

    public Roster Clone()
    {
        var copy = new Roster(Employees, Days);
        Array.Copy(cells, copy.cells, cells.Length);
        return copy;
    }

    public bool Works(int employee, int day) => cells[employee, day] != Off;

    public IEnumerable<(int Employee, int Day, int Shift)> Assignments()
    {
        for (var e = 0; e < Employees; e++)
        {
            for (var d = 0; d < Days; d++)
            {
                if (cells[e, d] != Off)
                {
                    yield return (e, d, cells[e, d]);
                }
            }
        }
    }
}
