using System.Globalization;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Engine;

/// <summary>Stable error codes of state withholding; callers and the CLI match on <see cref="Error.Code"/>.</summary>
internal static class StateWithholdingErrors
{
    public const string NoTableCode = "state_withholding.no_table";
    public const string UnknownFilingStatusCode = "state_withholding.unknown_filing_status";
    public const string InvalidInputCode = "state_withholding.invalid_input";
    public const string UnsupportedStateCode = "state_withholding.unsupported_state";
    public const string OracleArtifactCode = "state_withholding.oracle_artifact";

    public static Error NoTable(string state, LocalDate payDate) =>
        Error.NotFound(
            NoTableCode,
            $"No {state} withholding table is on file for a pay date of {payDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} (no publication was transcribed for that year).");

    public static Error UnknownFilingStatus(string state, string status, IEnumerable<string> accepted) =>
        new(UnknownFilingStatusCode, $"{state} has no filing status '{status}'; accepted: {string.Join(", ", accepted)}.");

    public static Error InvalidInput(string message) => new(InvalidInputCode, message);

    public static Error UnsupportedState(string state) =>
        Error.NotFound(UnsupportedStateCode, $"State withholding for '{state}' is not supported.");
}
