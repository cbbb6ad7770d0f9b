using System.Globalization;
using BackOffice.Payroll.Taxes.States.Data;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Taxes.States.Calculators;

/// <summary>Arizona: the A-4 elected percentage of gross wages. Request: <c>FilingStatus</c> = elected percentage ("2.7") or "0", empty for no A-4 on file (the form's default rate); allowances unused.</summary>
internal sealed class ArizonaWithholding() : AnnualizedStateCalculator("AZ", ArizonaTables.All)
{
    protected override string NormalizeStatus(string filingStatus) =>
        decimal.TryParse(filingStatus.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent)
            ? ArizonaTables.ElectionKey(percent)
            : filingStatus;
}
