using System.CommandLine;

namespace BackOffice.Cli.Commands;

/// <summary>Every top-level command group. Each group lives in its own file so modules can add commands independently.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return DbCommands.Create();
        yield return DbCommands.CreateSeedDemo();
        yield return ErlangCommands.Create();
        yield return ForecastCommands.Create();
        yield return PayrollCommands.Create();
        yield return NrpCommands.Create();
        yield return RosterCommands.Create();
    }
}
