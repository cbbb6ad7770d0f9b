using System.CommandLine;
using BackOffice.Cli.Commands;

var root = new RootCommand("BackOffice command line: database, demo data, staffing, rostering and payroll batch commands.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
