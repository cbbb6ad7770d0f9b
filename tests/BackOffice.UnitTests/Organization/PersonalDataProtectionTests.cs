using System.Security.Cryptography;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using Microsoft.AspNetCore.DataProtection;

namespace BackOffice.UnitTests.Organization;

public sealed class PersonalDataProtectionTests
{
    [Fact]
    public void SetSsn_WhenStored_IsCiphertextThatRoundTrips()
    {
        var provider = new EphemeralDataProtectionProvider();
        var protector = new PersonalDataProtector(provider);
        var employee = new EmployeeBuilder().Build();

        employee.SetSsn(Ssn.Parse("219-09-9999").Value!, protector);

        employee.SsnProtected.Should().NotBeNullOrEmpty();
        employee.SsnProtected.Should().NotContain("219").And.NotContain("9999").And.NotContain("219099999");
        employee.SsnLast4.Should().Be("9999");
        employee.RevealSsn(protector).Value!.Reveal().Should().Be("219-09-9999");
    }

    [Fact]
    public void SetSsn_WhenSameNumberStoredTwice_GivesDifferentCiphertexts()
    {
        // Data Protection uses a fresh IV per payload, so equal SSNs cannot be spotted by comparing columns.
        var protector = new PersonalDataProtector(new EphemeralDataProtectionProvider());
        var first = new EmployeeBuilder().Build();
        var second = new EmployeeBuilder().WithNumber("E2").WithEmail("e2@example.com").Build();

        first.SetSsn(Ssn.Parse("219-09-9999").Value!, protector);
        second.SetSsn(Ssn.Parse("219-09-9999").Value!, protector);

        first.SsnProtected.Should().NotBe(second.SsnProtected);
    }

    [Fact]
    public void SetBankAccount_WhenStored_IsCiphertextThatRoundTrips()
    {
        var protector = new PersonalDataProtector(new EphemeralDataProtectionProvider());
        var employee = new EmployeeBuilder().Build();

        employee.SetBankAccount(BankAccount.Parse("043000096", "5550001234", BankAccountType.Savings).Value!, protector);

        employee.BankAccountProtected.Should().NotContain("5550001234").And.NotContain("043000096");
        var account = employee.RevealBankAccount(protector)!;
        account.RoutingNumber.Should().Be("043000096");
        account.AccountNumber.Should().Be("5550001234");
        account.Type.Should().Be(BankAccountType.Savings);
    }

    [Fact]
    public void Unprotect_WhenProtectorHasAnotherPurpose_Fails()
    {
        var provider = new EphemeralDataProtectionProvider();
        var employee = new EmployeeBuilder().Build();
        employee.SetSsn(Ssn.Parse("219-09-9999").Value!, new PersonalDataProtector(provider));

        var other = provider.CreateProtector("BackOffice.SomethingElse");

        var act = () => other.Unprotect(employee.SsnProtected!);
        act.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void Unprotect_WhenKeyRingIsAnotherOne_Fails()
    {
        var employee = new EmployeeBuilder().Build();
        employee.SetSsn(Ssn.Parse("219-09-9999").Value!, new PersonalDataProtector(new EphemeralDataProtectionProvider()));

        var act = () => employee.RevealSsn(new PersonalDataProtector(new EphemeralDataProtectionProvider()));

        act.Should().Throw<CryptographicException>("a copied database without the key ring reveals nothing");
    }
}
