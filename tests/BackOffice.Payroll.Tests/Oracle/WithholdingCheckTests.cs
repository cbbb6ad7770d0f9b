using System.Globalization;
using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Tests.Support;
using CsvHelper;
using CsvHelper.Configuration;

namespace BackOffice.Payroll.Tests.Oracle;

public sealed class WithholdingCheckTests
{
    private const string Header = "\"country\",\"province\",\"date\",\"pay_periods\",\"filing_status\",\"allowance\",\"federal_form_w4_version\",\"federal_claim_dependents\",\"federal_other_income\",\"federal_other_deductions\",\"gross_income\",\"federal_deduction\",\"provincial_deduction\"";

    [Fact]
    public void Run_WhenGivenFederalOnlyAndStateRows_AppendsComputedColumnsAndNotesUnsupportedStates()
    {
        // Rows 2 and 3196 of us-withholding-2020.csv. With no state calculator registered (this module alone), the CA row
        // keeps computed_state empty and explains why; the 00 row is federal-only (state 0.00).
        var input = Header + "\n"
            + "\"US\",\"00\",\"01/01/20\",\"26\",\"10\",\"0\",\"2019\",\"0\",\"0\",\"0\",\"192\",\"4.58\",\"0.00\"\n"
            + "\"US\",\"CA\",\"01/01/20\",\"26\",\"10\",\"0\",\"2020\",\"0\",\"0\",\"0\",\"192\",\"0.00\",\"0.00\"\n";

        var (summary, output) = Run(input, PayrollServices.GetWithStates<IWithholdingCheck>([]));

        summary.Should().Be(new WithholdingCheckSummaryDto(2, 2, 1, 1, 1));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be(Header + ",\"computed_federal\",\"computed_state\",\"note\"");
        lines[1].Should().Be("\"US\",\"00\",\"01/01/20\",\"26\",\"10\",\"0\",\"2019\",\"0\",\"0\",\"0\",\"192\",\"4.58\",\"0.00\",\"4.58\",\"0.00\",\"\"");
        lines[2].Should().StartWith("\"US\",\"CA\",\"01/01/20\",\"26\",\"10\",\"0\",\"2020\",\"0\",\"0\",\"0\",\"192\",\"0.00\",\"0.00\",\"0.00\",\"\",\"state: payroll.state.unsupported");
    }

    [Fact]
    public void Run_WhenAStateCalculatorAndMapperAreRegistered_FillsComputedStateFromThem()
    {
        // Row 3197 of us-withholding-2020.csv run through a 1% test-double calculator: $384 x 1% = $3.84.
        var input = Header + "\n\"US\",\"CA\",\"01/01/20\",\"26\",\"10\",\"0\",\"2020\",\"0\",\"0\",\"0\",\"384\",\"0.00\",\"0.00\"\n";
        var check = PayrollServices.GetWithStates<IWithholdingCheck>([new FlatRateStateCalculator("CA", 0.01m)], new PassThroughOracleMapper());

        var (summary, output) = Run(input, check);

        summary.StateComputed.Should().Be(1);
        summary.StateExact.Should().Be(0, "the oracle says 0.00, the test double 3.84");
        output.Split('\n')[1].Should().EndWith(",\"3.84\",\"\"");
    }

    [Fact]
    public void Run_WhenTheStateIsSupportedButNoMapperIsRegistered_NotesTheMissingMapper()
    {
        var input = Header + "\n\"US\",\"CA\",\"01/01/20\",\"26\",\"10\",\"0\",\"2020\",\"0\",\"0\",\"0\",\"384\",\"0.00\",\"0.00\"\n";
        var check = PayrollServices.GetWithStates<IWithholdingCheck>([new FlatRateStateCalculator("CA", 0.01m)]);

        var (summary, output) = Run(input, check);

        summary.StateNotes.Should().Be(1);
        output.Should().Contain("no state oracle mapper");
    }

    [Fact]
    public void Run_WhenTheHeaderIsNotTheOracleLayout_FailsWithAStableCode()
    {
        var check = PayrollServices.Get<IWithholdingCheck>();

        var result = check.Run(new StringReader("\"a\",\"b\"\n\"1\",\"2\"\n"), new StringWriter());

        result.Error!.Code.Should().Be(PayrollErrorCodes.OracleFileInvalid);
    }

    [Fact]
    public void Run_WhenANumberCannotBeRead_ReportsTheLine()
    {
        var input = Header + "\n\"US\",\"00\",\"01/01/20\",\"26\",\"10\",\"x\",\"2019\",\"0\",\"0\",\"0\",\"192\",\"4.58\",\"0.00\"\n";

        var result = PayrollServices.Get<IWithholdingCheck>().Run(new StringReader(input), new StringWriter());

        result.Error!.Code.Should().Be(PayrollErrorCodes.OracleFileInvalid);
        result.Error.Message.Should().Contain("Line 2");
    }

    [ReferenceFact]
    public void Run_WhenGivenTheWholeOracleFile_EveryRowComesBackWithFederalWithinOneCentAndAStateOrANote()
    {
        using var input = new StreamReader(ReferenceData.Require("payroll", "us-withholding-2020.csv"));
        var output = new StringWriter();

        var summary = PayrollServices.Get<IWithholdingCheck>().Run(input, output).Value!;

        summary.Rows.Should().Be(13370);
        summary.FederalWithinOneCent.Should().Be(13370);
        (summary.StateComputed + summary.StateNotes).Should().Be(13370, "no row may be silently skipped");

        using var csv = new CsvReader(new StringReader(output.ToString()), new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var rows = 0;
        while (csv.Read())
        {
            rows++;
            var state = csv.GetField("computed_state");
            var note = csv.GetField("note");
            (string.IsNullOrEmpty(state) ^ string.IsNullOrEmpty(note)).Should().BeTrue($"row {rows} has either a state amount or a note");
            if (csv.GetField("province") == "00")
            {
                state.Should().Be("0.00");
            }
        }

        rows.Should().Be(13370);
    }

    private static (WithholdingCheckSummaryDto Summary, string Output) Run(string input, IWithholdingCheck check)
    {
        var output = new StringWriter();
        var result = check.Run(new StringReader(input), output);
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return (result.Value!, output.ToString());
    }
}
