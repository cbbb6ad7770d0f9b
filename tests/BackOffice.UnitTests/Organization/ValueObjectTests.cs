using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;

namespace BackOffice.UnitTests.Organization;

public sealed class ValueObjectTests
{
    [Theory]
    [InlineData("123-45-6789", "***-**-6789")]
    [InlineData("123456789", "***-**-6789")]
    [InlineData(" 078-05-1120 ", "***-**-1120")]
    public void SsnParse_WhenWellFormed_MasksAllButLastFour(string text, string masked)
    {
        var ssn = Ssn.Parse(text);

        ssn.IsSuccess.Should().BeTrue();
        ssn.Value!.Masked.Should().Be(masked);
        ssn.Value.ToString().Should().Be(masked, "ToString is what string interpolation and loggers print");
        $"{ssn.Value}".Should().NotContain("45");
    }

    // SSA, "Social Security Number Randomization" (ssa.gov/employer/randomization.html): area numbers 000, 666 and
    // 900-999, group 00 and serial 0000 are never assigned.
    [Theory]
    [InlineData("000-12-3456")]
    [InlineData("666-12-3456")]
    [InlineData("900-12-3456")]
    [InlineData("123-00-4567")]
    [InlineData("123-45-0000")]
    public void SsnParse_WhenNeverIssued_IsRejected(string text) =>
        Ssn.Parse(text).Error!.Code.Should().Be("ssn.not_issued");

    [Theory]
    [InlineData("12-345-6789")]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("abc-de-fghi")]
    [InlineData("")]
    [InlineData(null)]
    public void SsnParse_WhenMalformed_IsRejected(string? text) =>
        Ssn.Parse(text).Error!.Code.Should().Be("ssn.format");

    // Published routing numbers (Federal Reserve E-Payments Routing Directory): Federal Reserve Bank of Boston 011000015,
    // JPMorgan Chase (New York) 021000021, Bank of America (Texas) 111000025, PNC (Pittsburgh) 043000096.
    [Theory]
    [InlineData("011000015")]
    [InlineData("021000021")]
    [InlineData("111000025")]
    [InlineData("043000096")]
    public void ParseRouting_WhenPublishedRoutingNumber_PassesCheckDigit(string routing) =>
        BankAccount.ParseRouting(routing).IsSuccess.Should().BeTrue();

    // One digit changed from 011000015: 3(0+0+0) + 7(1+0+1) + (1+0+6) = 21, not a multiple of 10.
    [Fact]
    public void ParseRouting_WhenOneDigitChanged_FailsCheckDigit() =>
        BankAccount.ParseRouting("011000016").Error!.Code.Should().Be("bank.routing_check_digit");

    [Theory]
    [InlineData("123")]
    [InlineData("123456789012345678")]
    [InlineData("12AB5678")]
    public void ParseAccount_WhenOutsideNachaField_IsRejected(string account) =>
        BankAccount.ParseAccount(account).Error!.Code.Should().Be("bank.account_format");

    [Fact]
    public void BankAccount_WhenPrinted_ShowsOnlyLastFour()
    {
        var account = BankAccount.Parse("011000015", "000123455678", BankAccountType.Checking).Value!;

        account.ToString().Should().Be("****5678");
        account.Last4.Should().Be("5678");
    }

    [Theory]
    [InlineData("Jane.Doe@Example.COM", "jane.doe@example.com")]
    [InlineData(" a.b@c.io ", "a.b@c.io")]
    public void EmailParse_WhenValid_IsStoredLowerCase(string text, string stored) =>
        EmailAddress.Parse(text).Value.Value.Should().Be(stored);

    [Theory]
    [InlineData("Jane <jane@example.com>")]
    [InlineData("jane@localhost")]
    [InlineData("jane.example.com")]
    [InlineData("")]
    public void EmailParse_WhenNotABareAddress_IsRejected(string text) =>
        EmailAddress.Parse(text).IsSuccess.Should().BeFalse();

    // USPS Publication 28, Appendix B: 50 states plus the District of Columbia.
    [Fact]
    public void UsStates_Always_HasFiftyStatesAndDc() => UsStates.Count.Should().Be(51);

    [Theory]
    [InlineData("tx", "TX")]
    [InlineData("DC", "DC")]
    [InlineData("pa", "PA")]
    public void UsStatesParse_WhenUspsCode_Normalizes(string text, string code) =>
        UsStates.Parse(text).Value.Should().Be(code);

    [Theory]
    [InlineData("PR")]
    [InlineData("Texas")]
    [InlineData("XX")]
    public void UsStatesParse_WhenNotAStateCode_IsRejected(string text) =>
        UsStates.Parse(text).IsSuccess.Should().BeFalse();

    // IANA tz database zone names; "America/Dallas" does not exist (Dallas is in America/Chicago).
    [Theory]
    [InlineData("America/Chicago", true)]
    [InlineData("America/Los_Angeles", true)]
    [InlineData("America/New_York", true)]
    [InlineData("America/Dallas", false)]
    [InlineData("", false)]
    public void TimeZoneIdsParse_WhenGiven_AcceptsOnlyTzdbZones(string id, bool valid) =>
        TimeZoneIds.Parse(id).IsSuccess.Should().Be(valid);

    [Fact]
    public void SkillsParse_WhenMixedCaseAndDuplicates_ReturnsSortedDistinctSlugs() =>
        Skills.Parse(["Sales", "billing", " sales ", "tech-support"]).Value.Should().Equal("billing", "sales", "tech-support");

    [Fact]
    public void SkillsParse_WhenNotASlug_IsRejected() =>
        Skills.Parse(["tech support"]).Error!.Code.Should().Be("employee.skill_invalid");

    // 37.5 hours × 60 = 2,250 minutes exactly; 37.51 hours would be 2,250.6 minutes, not whole.
    [Theory]
    [InlineData("37.5", 2250, true)]
    [InlineData("40", 2400, true)]
    [InlineData("37.51", 0, false)]
    [InlineData("169", 0, false)]
    public void MinutesFromHours_WhenGiven_KeepsWholeMinutesOnly(string hours, int minutes, bool valid)
    {
        var result = WorkContract.MinutesFromHours(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), "x");

        result.IsSuccess.Should().Be(valid);
        if (valid)
        {
            result.Value.Should().Be(minutes);
        }
    }

    [Theory]
    [InlineData(1920, 2400, 5, null)]
    [InlineData(0, 2400, 6, null)]
    [InlineData(2400, 1920, 5, "contract.min_weekly_invalid")]
    [InlineData(0, 0, 5, "contract.max_weekly_invalid")]
    [InlineData(0, 10081, 5, "contract.max_weekly_invalid")]
    [InlineData(0, 2400, 0, "contract.max_consecutive_days_invalid")]
    [InlineData(0, 2400, 15, "contract.max_consecutive_days_invalid")]
    public void WorkContractCreate_WhenGiven_EnforcesBounds(int min, int max, int days, string? error)
    {
        var result = WorkContract.Create(min, max, days);

        if (error is null)
        {
            result.Value.Should().Be(new WorkContract(min, max, days));
        }
        else
        {
            result.Error!.Code.Should().Be(error);
        }
    }

    [Theory]
    [InlineData(-1, 0, "tax.dependents_invalid")]
    [InlineData(0.001, 0, "tax.dependents_invalid")]
    [InlineData(4000, 100, "tax.state_allowances_invalid")]
    public void TaxSetupCreate_WhenAmountsOutOfRange_IsRejected(double dependents, int allowances, string code) =>
        TaxSetup.Create(FederalFilingStatus.MarriedFilingJointly, false, (decimal)dependents, 0m, 0m, 0m, false, allowances, 0m).Error!.Code.Should().Be(code);

    [Fact]
    public void TaxSetupCreate_WhenNoFilingStatus_IsRejected() =>
        TaxSetup.Create(null, false, 0m, 0m, 0m, 0m, false, 0, 0m).Error!.Code.Should().Be("tax.filing_status_required");

    [Fact]
    public void Normalize_WhenDatabaseAddsScale_PrintsLikeTheInput()
    {
        // numeric(18,6) hands back 19.710000 for 19.71; the JSON should read 19.71 on every provider.
        var fromDatabase = 19.710000m;

        var normalized = Dollars.Normalize(fromDatabase);

        normalized.Should().Be(19.71m);
        normalized.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("19.71");
        Dollars.Normalize(52000.000000m).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("52000");
    }
}
