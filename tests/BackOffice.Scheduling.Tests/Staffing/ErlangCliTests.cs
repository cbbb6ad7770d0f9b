using System.Diagnostics;

namespace BackOffice.Scheduling.Tests.Staffing;

/// <summary>
/// The `backoffice erlang` command is a stable contract used by external checks (issue 3), so it is exercised as a
/// real process: exact JSON text on stdout, readable error on stderr and exit code 2 on bad input.
/// </summary>
public sealed class ErlangCliTests
{
    private const string IssueArguments = "erlang --calls 100 --aht 180 --interval 30 --service-level 0.8 --answer-within 20";

    [Fact]
    public void Erlang_WhenIssueExample_PrintsTheDocumentedJsonExactly()
    {
        var (exit, output, _) = Run(IssueArguments + " --max-occupancy 0.85 --shrinkage 0.30");

        // Issue 3, section 5: the exact example output.
        exit.Should().Be(0);
        output.Trim().Should().Be("{\"agents\":14,\"scheduledAgents\":20,\"serviceLevel\":0.888,\"probabilityOfWaiting\":0.174,\"averageSpeedOfAnswer\":7.8,\"occupancy\":0.714}");
    }

    [Fact]
    public void Erlang_WhenPatienceAndAgentsGiven_AddsProbabilityOfAbandon()
    {
        var (exit, output, _) = Run(IssueArguments + " --patience 300 --agents 14");

        // Issue 3: P(wait) ≈ 0.1453, P(abandon) ≈ 0.0140, SL ≈ 0.917; `agents` is then N. ASA 3.878 s comes from the
        // independent RK4 check (docs/forecasting.md §4); occupancy is the carried load 10·(1 − 0.01398)/14 = 0.704.
        exit.Should().Be(0);
        output.Trim().Should().Be("{\"agents\":14,\"scheduledAgents\":14,\"serviceLevel\":0.917,\"probabilityOfWaiting\":0.1453,\"averageSpeedOfAnswer\":3.9,\"occupancy\":0.704,\"probabilityOfAbandon\":0.014}");
    }

    [Fact]
    public void Erlang_WhenOccupancyCappedAt70Percent_Gives15And22()
    {
        var (_, output, _) = Run(IssueArguments + " --max-occupancy 0.70 --shrinkage 0.30");

        // Issue 3: 15 agents, 22 scheduled, SL ≈ 0.941.
        output.Should().StartWith("{\"agents\":15,\"scheduledAgents\":22,\"serviceLevel\":0.941,");
    }

    [Theory]
    [InlineData("erlang --calls abc --aht 180 --interval 30 --service-level 0.8 --answer-within 20", "--calls")]
    [InlineData("erlang --aht 180 --interval 30 --service-level 0.8 --answer-within 20", "--calls")]
    [InlineData(IssueArguments + " --shrinkage 1.2", "--shrinkage")]
    [InlineData(IssueArguments + " --agents 9", "9 agents")]
    [InlineData(IssueArguments + " --bogus 1", "--bogus")]
    public void Erlang_WhenInputIsBad_ExplainsOnStderrAndExitsWith2(string arguments, string mentioned)
    {
        var (exit, output, error) = Run(arguments);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("error: ").And.Contain(mentioned).And.NotContain("   at ");
    }

    private static (int Exit, string Output, string Error) Run(string arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "backoffice.dll"));
        foreach (var argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("backoffice " + arguments);
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
