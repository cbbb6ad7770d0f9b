namespace BackOffice.Payroll.Contracts;

/// <summary>Stable error codes returned in <c>Result</c> failures; hosts and scripts may match on them, so never rename.</summary>
public static class PayrollErrorCodes
{
    public const string InvalidState = "payroll.state.invalid";
    public const string UnsupportedState = "payroll.state.unsupported";
    public const string StateCalculationFailed = "payroll.state.calculation_failed";
    public const string TimecardInvalid = "payroll.timecard.invalid";
    public const string EntryOutsideWorkweek = "payroll.timecard.entry_outside_workweek";
    public const string DayOver24Hours = "payroll.timecard.day_over_24_hours";
    public const string UnsupportedTaxYear = "payroll.tax_year.unsupported";
    public const string InvalidPayFrequency = "payroll.pay_frequency.invalid";
    public const string InvalidW4 = "payroll.w4.invalid";
    public const string InvalidRequest = "payroll.request.invalid";
    public const string OracleFileInvalid = "payroll.oracle.file_invalid";
}
