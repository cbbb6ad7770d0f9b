using BackOffice.Organization.Contracts;

namespace BackOffice.Organization.Import;

/// <summary>The columns of <c>employees.csv</c>. Names are lower-case snake case; order does not matter.</summary>
internal static class Columns
{
    public const string EmployeeNumber = "employee_number";
    public const string FirstName = "first_name";
    public const string LastName = "last_name";
    public const string Email = "email";
    public const string HireDate = "hire_date";
    public const string SiteCode = "site_code";
    public const string Team = "team";
    public const string HomeState = "home_state";
    public const string PayType = "pay_type";
    public const string PayRate = "pay_rate";
    public const string MinWeeklyHours = "min_weekly_hours";
    public const string MaxWeeklyHours = "max_weekly_hours";
    public const string MaxConsecutiveDays = "max_consecutive_days";
    public const string Skills = "skills";
    public const string Role = "role";
    public const string FederalFilingStatus = "federal_filing_status";
    public const string W4MultipleJobs = "w4_multiple_jobs";
    public const string W4Dependents = "w4_dependents_amount";
    public const string W4OtherIncome = "w4_other_income";
    public const string W4Deductions = "w4_deductions";
    public const string W4ExtraWithholding = "w4_extra_withholding";
    public const string W4Exempt = "w4_exempt";
    public const string StateAllowances = "state_allowances";
    public const string StateExtraWithholding = "state_extra_withholding";
    public const string Ssn = "ssn";
    public const string BankRouting = "bank_routing";
    public const string BankAccount = "bank_account";
    public const string BankAccountType = "bank_account_type";

    public static readonly IReadOnlyList<string> Required = [EmployeeNumber, FirstName, LastName, Email, HireDate, SiteCode, HomeState, PayType, PayRate];

    public static readonly IReadOnlyList<string> TaxDetails = [W4MultipleJobs, W4Dependents, W4OtherIncome, W4Deductions, W4ExtraWithholding, W4Exempt, StateAllowances, StateExtraWithholding];

    public static readonly IReadOnlyList<string> All =
    [
        .. Required, Team, MinWeeklyHours, MaxWeeklyHours, MaxConsecutiveDays, Skills, Role,
        FederalFilingStatus, .. TaxDetails, Ssn, BankRouting, BankAccount, BankAccountType,
    ];

    private static readonly Dictionary<string, int> Position = All.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    public static int Order(string column) => Position.TryGetValue(column, out var i) ? i : -1;

    /// <summary>A missing required column, an unknown one (usually a typo) or a repeated one stops the import at the header.</summary>
    public static bool CheckHeader(IReadOnlyList<string> header, List<ImportRowError> errors)
    {
        var before = errors.Count;
        foreach (var missing in Required.Where(r => !header.Contains(r, StringComparer.Ordinal)))
        {
            errors.Add(new ImportRowError(1, missing, "This required column is missing from the header."));
        }

        foreach (var unknown in header.Where(h => !Position.ContainsKey(h)).Distinct(StringComparer.Ordinal))
        {
            errors.Add(new ImportRowError(1, unknown.Length == 0 ? "(empty)" : unknown, "Unknown column (see docs/organization.md for the column names)."));
        }

        foreach (var repeated in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1 && Position.ContainsKey(g.Key)))
        {
            errors.Add(new ImportRowError(1, repeated.Key, "This column appears more than once."));
        }

        return errors.Count == before;
    }
}
