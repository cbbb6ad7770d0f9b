using BackOffice.Payroll.Taxes.Fica;
using BackOffice.Payroll.Tests.Support;

namespace BackOffice.Payroll.Tests.Fica;

public sealed class FicaTests
{
    private readonly FicaCalculator calculator = PayrollServices.Get<FicaCalculator>();

    [Theory]
    // SSA contribution and benefit bases: 2020 $137,700; 2021 $142,800; 2025 $176,100; 2026 $184,500.
    // Year-to-date $1,000 short of the base plus $5,000 this period: only $1,000 is taxed at 6.2% = $62.00.
    [InlineData(2020, 136700)]
    [InlineData(2021, 141800)]
    [InlineData(2025, 175100)]
    [InlineData(2026, 183500)]
    public void Calculate_WhenThePeriodCrossesTheWageBase_TaxesOnlyWagesUpToTheBase(int year, decimal yearToDate)
    {
        var result = calculator.Calculate(new FicaRequest(year, 5000m, yearToDate, yearToDate)).Value!;

        result.SocialSecurityWages.Should().Be(1000.00m);
        result.SocialSecurityEmployee.Should().Be(62.00m);
        result.SocialSecurityEmployer.Should().Be(62.00m);
        result.MedicareEmployee.Should().Be(72.50m); // 1.45% of all $5,000, no wage base
        result.MedicareEmployer.Should().Be(72.50m);
    }

    [Fact]
    public void Calculate_WhenYearToDateIsAlreadyOverTheBase_NoSocialSecurity()
    {
        var result = calculator.Calculate(new FicaRequest(2026, 4000m, 190000m, 190000m)).Value!;

        result.SocialSecurityEmployee.Should().Be(0m);
        result.MedicareEmployee.Should().Be(58.00m);
    }

    [Fact]
    public void Calculate_WhenYearToDateCrosses200000_AdditionalMedicareOnTheExcessEmployeeOnly()
    {
        // IRC 3101(b)(2), Pub 15 section 9: 0.9% on wages over $200,000 in the year, employee only. $195,000 YTD + $10,000:
        // $5,000 over -> $45.00; Medicare stays 1.45% of $10,000 = $145.00 for each side.
        var result = calculator.Calculate(new FicaRequest(2025, 10000m, 195000m, 195000m)).Value!;

        result.AdditionalMedicareWages.Should().Be(5000.00m);
        result.AdditionalMedicareEmployee.Should().Be(45.00m);
        result.MedicareEmployee.Should().Be(145.00m);
        result.MedicareEmployer.Should().Be(145.00m);
    }

    [Fact]
    public void Calculate_WhenYearToDateIsBelow200000AfterThePeriod_NoAdditionalMedicare()
    {
        calculator.Calculate(new FicaRequest(2025, 10000m, 150000m, 150000m)).Value!.AdditionalMedicareEmployee.Should().Be(0m);
    }

    [Fact]
    public void Calculate_WhenAShareEndsOnHalfACent_RoundsAwayFromZero()
    {
        // $50.00 x 1.45% = $0.725 exactly -> $0.73 half away from zero (banker's rounding would give $0.72);
        // $50.00 x 6.2% = $3.10.
        var result = calculator.Calculate(new FicaRequest(2026, 50.00m, 0m, 0m)).Value!;

        result.SocialSecurityEmployee.Should().Be(3.10m);
        result.MedicareEmployee.Should().Be(0.73m);
    }
}
