using BackOffice.Organization.Contracts;

namespace BackOffice.Organization.Domain;

/// <summary>
/// What payroll and scheduling still need before the employee can be paid and rostered. Computed from the data
/// each time, so an item disappears the moment the data is entered, by whichever path.
/// </summary>
internal static class OnboardingChecklist
{
    public const string SsnItem = "ssn";
    public const string TaxSetupItem = "tax_setup";
    public const string BankAccountItem = "bank_account";
    public const string ScheduleContractItem = "schedule_contract";

    public static OnboardingChecklistDto For(Employee employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        ChecklistItemDto[] items =
        [
            new(SsnItem, "Social Security number (for W-2 and tax filings)", employee.SsnLast4 is not null),
            new(TaxSetupItem, "Tax setup: federal W-4 and state withholding", employee.TaxSetup is not null),
            new(BankAccountItem, "Bank account for direct deposit", employee.BankAccountLast4 is not null),
            new(ScheduleContractItem, "Schedule contract: weekly hours and consecutive days", employee.Contract is not null),
        ];
        return new OnboardingChecklistDto(items.All(i => i.Done), items);
    }
}
