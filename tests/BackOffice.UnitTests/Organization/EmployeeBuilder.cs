using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using NodaTime;

namespace BackOffice.UnitTests.Organization;

/// <summary>A valid hourly agent at a Dallas site unless told otherwise.</summary>
internal sealed class EmployeeBuilder
{
    private static readonly Site DefaultSite = Site.Create("DAL", "Dallas", "America/Chicago", "2200 Ross Ave", "Dallas", "TX", "75201");

    private string number = "E1001";
    private string email = "jane.doe@example.com";
    private LocalDate hireDate = new(2024, 1, 15);
    private Site site = DefaultSite;
    private Team? team;
    private PayType payType = PayType.Hourly;
    private decimal rate = 18.50m;
    private string[] skills = ["billing"];

    public EmployeeBuilder WithNumber(string value)
    {
        number = value;
        return this;
    }

    public EmployeeBuilder WithEmail(string value)
    {
        email = value;
        return this;
    }

    public EmployeeBuilder HiredOn(int year, int month, int day)
    {
        hireDate = new LocalDate(year, month, day);
        return this;
    }

    public EmployeeBuilder At(Site value, Team? inTeam = null)
    {
        site = value;
        team = inTeam;
        return this;
    }

    public EmployeeBuilder Paid(PayType type, decimal amount)
    {
        payType = type;
        rate = amount;
        return this;
    }

    public EmployeeBuilder WithSkills(params string[] values)
    {
        skills = values;
        return this;
    }

    public BackOffice.SharedKernel.Result<Employee> TryBuild() =>
        Employee.Onboard(
            EmployeeNumber.Parse(number).Value,
            PersonName.Parse("Jane", "first_name").Value,
            PersonName.Parse("Doe", "last_name").Value,
            EmailAddress.Parse(email).Value,
            hireDate,
            site,
            team,
            "TX",
            payType,
            rate,
            Skills.Parse(skills).Value!);

    public Employee Build()
    {
        var result = TryBuild();
        return result.IsSuccess ? result.Value! : throw new InvalidOperationException(result.Error!.Message);
    }
}
