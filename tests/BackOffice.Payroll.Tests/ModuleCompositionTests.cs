using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Taxes.MultiState;
using BackOffice.Payroll.Tests.Support;

namespace BackOffice.Payroll.Tests;

public sealed class ModuleCompositionTests
{
    [Fact]
    public void AddPayrollModule_WhenComposed_ResolvesEveryPublicContract()
    {
        PayrollServices.Get<IOvertimeCalculator>().Should().NotBeNull();
        PayrollServices.Get<IGrossToNetCalculator>().Should().NotBeNull();
        PayrollServices.Get<IWithholdingCheck>().Should().NotBeNull();
    }

    [Theory]
    // Pennsylvania Form REV-419: residents of IN, MD, NJ, OH, VA and WV may claim exemption from PA withholding.
    [InlineData("PA", "IN", true)]
    [InlineData("PA", "MD", true)]
    [InlineData("PA", "NJ", true)]
    [InlineData("PA", "OH", true)]
    [InlineData("PA", "VA", true)]
    [InlineData("PA", "WV", true)]
    [InlineData("PA", "NY", false)]
    // Agreements are directional: Arizona exempts California residents (Form WEC), California does not exempt Arizonans.
    [InlineData("AZ", "CA", true)]
    [InlineData("CA", "AZ", false)]
    public void ExemptionCertificate_WhenLookedUp_FollowsThePublishedAgreements(string workState, string residentState, bool exempt)
    {
        var table = PayrollServices.Get<ReciprocityTable>();

        (table.ExemptionCertificate(workState, residentState) is not null).Should().Be(exempt);
    }
}
