using System.Security.Claims;
using BackOffice.Organization.Access;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Organization.Http;

internal static class EmployeeMapping
{
    /// <summary>
    /// The employee as <paramref name="user"/> may see them. Pay, tax and the masked SSN/bank account are shown to the
    /// employee themselves and to Admin and PayrollAdmin; a supervisor or scheduler sees who and where, not what they earn.
    /// </summary>
    public static EmployeeDto ToDto(this Employee employee, Site site, ClaimsPrincipal user, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(site);
        var payData = EmployeeAccess.SeesPayData(user, employee.Id);
        var today = clock.GetCurrentInstant().InZone(site.TimeZone).Date;
        return new EmployeeDto(
            employee.Id.Value,
            employee.Version,
            employee.EmployeeNumber,
            employee.FirstName,
            employee.LastName,
            employee.Email,
            employee.HireDate,
            employee.SiteId.Value,
            site.State,
            employee.TeamId?.Value,
            employee.HomeState,
            payData ? (employee.RateOn(today) ?? employee.PayRates.MinBy(r => r.EffectiveFrom))?.ToDto() : null,
            employee.Contract?.ToDto(),
            employee.Skills,
            payData ? employee.TaxSetup?.ToDto() : null,
            payData ? employee.SsnMasked : null,
            payData && employee.BankAccountMasked is { } masked && employee.BankAccountType is { } type ? new BankAccountDto(masked, type) : null,
            employee.Checklist);
    }

    public static EmployeeId ToEmployeeId(this Guid id) => new(id);
}
