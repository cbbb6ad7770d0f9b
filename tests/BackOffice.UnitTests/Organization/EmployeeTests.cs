using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.DataProtection;
using NodaTime;

namespace BackOffice.UnitTests.Organization;

public sealed class EmployeeTests
{
    private static readonly Site Dallas = Site.Create("DAL", "Dallas", "America/Chicago", "2200 Ross Ave", "Dallas", "TX", "75201");
    private static readonly Site Fresno = Site.Create("FAT", "Fresno", "America/Los_Angeles", "2300 Tulare St", "Fresno", "CA", "93721");

    [Fact]
    public void Onboard_WhenValid_StartsRateHistoryOnHireDate()
    {
        var employee = new EmployeeBuilder().HiredOn(2024, 1, 15).Paid(PayType.Hourly, 18.50m).Build();

        employee.PayRates.Should().ContainSingle();
        employee.RateOn(new LocalDate(2024, 1, 15))!.Amount.Should().Be(18.50m);
        employee.RateOn(new LocalDate(2024, 1, 14)).Should().BeNull("nobody is paid before they are hired");
    }

    [Fact]
    public void ChangePayRate_WhenLaterDate_KeepsEarlierRateForEarlierDates()
    {
        var employee = new EmployeeBuilder().HiredOn(2024, 1, 15).Paid(PayType.Hourly, 18.50m).Build();

        employee.ChangePayRate(new LocalDate(2025, 1, 15), PayType.Hourly, 19.25m).IsSuccess.Should().BeTrue();
        employee.ChangePayRate(new LocalDate(2025, 7, 1), PayType.Salaried, 52_000m).IsSuccess.Should().BeTrue();

        // Effective dating: a rate applies from its first day until the day before the next one starts.
        employee.RateOn(new LocalDate(2025, 1, 14))!.Amount.Should().Be(18.50m);
        employee.RateOn(new LocalDate(2025, 1, 15))!.Amount.Should().Be(19.25m);
        employee.RateOn(new LocalDate(2025, 6, 30))!.Amount.Should().Be(19.25m);
        employee.RateOn(new LocalDate(2025, 7, 1))!.PayType.Should().Be(PayType.Salaried);
        employee.RateOn(new LocalDate(2030, 1, 1))!.Amount.Should().Be(52_000m);
        employee.PayRates.Should().HaveCount(3);
    }

    [Fact]
    public void ChangePayRate_WhenBackDatedBetweenEntries_InsertsWithoutTouchingOthers()
    {
        var employee = new EmployeeBuilder().HiredOn(2024, 1, 15).Paid(PayType.Hourly, 18.50m).Build();
        employee.ChangePayRate(new LocalDate(2025, 1, 15), PayType.Hourly, 19.25m);

        employee.ChangePayRate(new LocalDate(2024, 7, 1), PayType.Hourly, 18.90m).IsSuccess.Should().BeTrue();

        employee.RateOn(new LocalDate(2024, 6, 30))!.Amount.Should().Be(18.50m);
        employee.RateOn(new LocalDate(2024, 7, 1))!.Amount.Should().Be(18.90m);
        employee.RateOn(new LocalDate(2025, 1, 15))!.Amount.Should().Be(19.25m);
    }

    [Fact]
    public void ChangePayRate_WhenSameDayAsExistingEntry_IsRefusedAndHistoryUnchanged()
    {
        var employee = new EmployeeBuilder().HiredOn(2024, 1, 15).Paid(PayType.Hourly, 18.50m).Build();

        var result = employee.ChangePayRate(new LocalDate(2024, 1, 15), PayType.Hourly, 25m);

        result.Error!.Code.Should().Be("pay_rate.exists");
        result.Error.Kind.Should().Be(ErrorKind.Conflict);
        employee.PayRates.Should().ContainSingle().Which.Amount.Should().Be(18.50m);
    }

    [Fact]
    public void ChangePayRate_WhenBeforeHireDate_IsRefused()
    {
        var employee = new EmployeeBuilder().HiredOn(2024, 1, 15).Build();

        employee.ChangePayRate(new LocalDate(2024, 1, 14), PayType.Hourly, 20m).Error!.Code.Should().Be("pay_rate.before_hire");
    }

    // FLSA, 29 U.S.C. § 206(a)(1)(C): $7.25 an hour from 24 July 2009.
    [Theory]
    [InlineData(7.24, 2024, "pay_rate.below_federal_minimum")]
    [InlineData(7.25, 2024, null)]
    [InlineData(6.55, 2009, null)]
    public void ChangePayRate_WhenHourly_AppliesFederalMinimumFromItsEffectiveDate(double amount, int year, string? error)
    {
        var employee = new EmployeeBuilder().HiredOn(2009, 1, 1).Build();
        var effective = year == 2009 ? new LocalDate(2009, 7, 23) : new LocalDate(year, 3, 1);

        var result = employee.ChangePayRate(effective, PayType.Hourly, (decimal)amount);

        (result.Error?.Code).Should().Be(error);
    }

    [Theory]
    [InlineData(PayType.Hourly, 1850)]
    [InlineData(PayType.Hourly, 0)]
    [InlineData(PayType.Hourly, 18.12345)]
    public void ChangePayRate_WhenImplausibleAmount_IsRefused(PayType payType, double amount)
    {
        var employee = new EmployeeBuilder().Build();

        employee.ChangePayRate(new LocalDate(2025, 1, 1), payType, (decimal)amount).Error!.Code.Should().Be("pay_rate.amount_invalid");
    }

    [Fact]
    public void Onboard_WhenTeamWorksAtAnotherSite_IsRefused()
    {
        var supervisor = new EmployeeBuilder().WithNumber("S1").At(Fresno).Build();
        var fresnoTeam = Team.Create("Fresno Billing", Fresno, supervisor);

        var result = new EmployeeBuilder().At(Dallas, fresnoTeam).TryBuild();

        result.Error!.Code.Should().Be("employee.team_at_other_site");
    }

    [Fact]
    public void UpdateProfile_WhenJoiningTheTeamTheySupervise_IsRefused()
    {
        var supervisor = new EmployeeBuilder().WithNumber("S1").At(Dallas).Build();
        var team = Team.Create("Dallas Billing", Dallas, supervisor);

        var result = supervisor.UpdateProfile(PersonName.Parse("Jane", "first_name").Value, PersonName.Parse("Doe", "last_name").Value, Dallas, team, "TX", []);

        result.Error!.Code.Should().Be("employee.supervises_team");
        supervisor.TeamId.Should().BeNull();
    }

    [Fact]
    public void AssignSupervisor_WhenCandidateIsTeamMember_IsRefused()
    {
        var supervisor = new EmployeeBuilder().WithNumber("S1").At(Dallas).Build();
        var team = Team.Create("Dallas Billing", Dallas, supervisor);
        var member = new EmployeeBuilder().WithNumber("A1").WithEmail("a1@example.com").At(Dallas, team).Build();

        team.AssignSupervisor(member).Error!.Code.Should().Be("team.supervisor_is_member");
        team.SupervisorId.Should().Be(supervisor.Id);
    }

    [Fact]
    public void Checklist_WhenNewlyOnboarded_ListsSsnTaxBankAndContract()
    {
        var employee = new EmployeeBuilder().Build();

        var checklist = employee.Checklist;

        checklist.IsComplete.Should().BeFalse();
        checklist.Items.Where(i => !i.Done).Select(i => i.Code).Should().BeEquivalentTo("ssn", "tax_setup", "bank_account", "schedule_contract");
    }

    [Fact]
    public void Checklist_WhenEachItemIsEntered_ShrinksToComplete()
    {
        var employee = new EmployeeBuilder().Build();
        var protector = new PersonalDataProtector(new EphemeralDataProtectionProvider());

        employee.SetContract(new WorkContract(1920, 2400, 5));
        employee.Checklist.Items.Where(i => !i.Done).Select(i => i.Code).Should().BeEquivalentTo("ssn", "tax_setup", "bank_account");
        employee.SetTaxSetup(TaxSetup.Create(FederalFilingStatus.SingleOrMarriedFilingSeparately, false, 0m, 0m, 0m, 0m, false, 1, 0m).Value!);
        employee.SetSsn(Ssn.Parse("123-45-6789").Value!, protector);
        employee.Checklist.Items.Where(i => !i.Done).Select(i => i.Code).Should().Equal("bank_account");
        employee.SetBankAccount(BankAccount.Parse("011000015", "123456789", BankAccountType.Checking).Value!, protector);

        employee.Checklist.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void ToString_WhenPersonalDataIsSet_ShowsNoneOfIt()
    {
        var employee = new EmployeeBuilder().WithNumber("E42").Build();
        var protector = new PersonalDataProtector(new EphemeralDataProtectionProvider());
        employee.SetSsn(Ssn.Parse("123-45-6789").Value!, protector);
        employee.SetBankAccount(BankAccount.Parse("011000015", "9876543210", BankAccountType.Savings).Value!, protector);

        var text = employee.ToString();

        text.Should().Contain("E42");
        text.Should().NotContain("6789").And.NotContain("3210").And.NotContain("jane");
        employee.SsnMasked.Should().Be("***-**-6789");
        employee.BankAccountMasked.Should().Be("****3210");
    }
}
