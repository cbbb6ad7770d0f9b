using System.CommandLine;

namespace BackOffice.Cli.Commands;

/// <summary>Every top-level command group. Each group lives in its own file so modules can add commands independently.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return NrpCommands.Create();
        yield return RosterCommands.Create();
    }
}
