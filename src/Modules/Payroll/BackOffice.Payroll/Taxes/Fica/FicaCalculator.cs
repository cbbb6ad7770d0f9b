using BackOffice.Payroll.Common;
using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Taxes.Federal;
using BackOffice.SharedKernel;

namespace BackOffice.Payroll.Taxes.Fica;

/// <param name="YearToDateSocialSecurityWages">Social security wages paid earlier in the calendar year.</param>
/// <param name="YearToDateMedicareWages">Medicare wages paid earlier in the calendar year.</param>
internal sealed record FicaRequest(int TaxYear, decimal Wages, decimal YearToDateSocialSecurityWages, decimal YearToDateMedicareWages);

/// <summary>
/// Social security 6.2% (employee and employer each) on wages up to the year's wage base, tracked with year-to-date
/// wages (IRC 3101(a), 3111(a), 3121(a)(1)); Medicare 1.45% each on all wages (3101(b)(1), 3111(b)); Additional Medicare
/// 0.9%, employee only, on the wages of the year that exceed $200,000 (3101(b)(2); the employer withholds it from the
/// pay period in which year-to-date wages pass $200,000 whatever the filing status, Pub 15 section 9). Each line is
/// rounded to cents, half away from zero.
/// </summary>
internal sealed class FicaCalculator(FederalTaxTables tables)
{
    public Result<FicaDto> Calculate(FicaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Wages < 0 || request.YearToDateSocialSecurityWages < 0 || request.YearToDateMedicareWages < 0)
        {
            return new Error(PayrollErrorCodes.InvalidRequest, "FICA wages and year-to-date wages cannot be negative.");
        }

        var yearResult = tables.For(request.TaxYear);
        if (!yearResult.IsSuccess)
        {
            return yearResult.Error!;
        }

        var fica = yearResult.Value!.Fica;
        var socialSecurityRoom = Math.Max(0m, fica.SocialSecurityWageBase - request.YearToDateSocialSecurityWages);
        var socialSecurityWages = Math.Min(request.Wages, socialSecurityRoom);
        var socialSecurity = Amounts.Cents(socialSecurityWages * fica.SocialSecurityRate);
        var medicare = Amounts.Cents(request.Wages * fica.MedicareRate);

        var overBefore = Math.Max(0m, request.YearToDateMedicareWages - fica.AdditionalMedicareThreshold);
        var overAfter = Math.Max(0m, request.YearToDateMedicareWages + request.Wages - fica.AdditionalMedicareThreshold);
        var additionalWages = overAfter - overBefore;

        return new FicaDto(
            Amounts.Cents(socialSecurityWages),
            socialSecurity,
            socialSecurity,
            Amounts.Cents(request.Wages),
            medicare,
            medicare,
            Amounts.Cents(additionalWages),
            Amounts.Cents(additionalWages * fica.AdditionalMedicareRate),
            fica.Source);
    }
}
