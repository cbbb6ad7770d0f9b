using BackOffice.Infrastructure.Auditing;
using BackOffice.Organization.Contracts;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Organization.Domain;

/// <summary>
/// One entry of an employee's pay history, in force from <see cref="EffectiveFrom"/> until the next entry.
/// Entries are only ever added, so a retro pay run finds the rate that applied then.
/// </summary>
internal sealed class PayRate : IAuditable
{
    private PayRate()
    {
    }

    public Guid Id { get; private set; }
    public EmployeeId EmployeeId { get; private set; }
    public LocalDate EffectiveFrom { get; private set; }
    public PayType PayType { get; private set; }
    public decimal Amount { get; private set; }

    internal static PayRate Create(EmployeeId employeeId, LocalDate effectiveFrom, PayType payType, decimal amount) =>
        new() { Id = Guid.CreateVersion7(), EmployeeId = employeeId, EffectiveFrom = effectiveFrom, PayType = payType, Amount = amount };

    public PayRateDto ToDto() => new(EffectiveFrom, PayType, Dollars.Normalize(Amount));
}
