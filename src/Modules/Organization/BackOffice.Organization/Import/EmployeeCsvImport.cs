using System.Globalization;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Onboarding;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Organization.Import;

/// <summary>
/// Imports <c>employees.csv</c> (columns in docs/organization.md). Every row is validated before anything is written;
/// one bad row and nothing is imported. Errors read <c>line N: column: message</c>, lines numbered as in the file.
/// </summary>
internal sealed class EmployeeCsvImport(OrganizationDbContext db, EmployeeOnboarding onboarding) : IEmployeeImport
{
    public const int MaxRows = 5_000;
    public const int MaxBytes = 10 * 1024 * 1024;

    public async Task<EmployeeImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var sites = await db.Sites.ToDictionaryAsync(s => s.Code, StringComparer.OrdinalIgnoreCase, cancellationToken).ConfigureAwait(false);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Name, StringComparer.OrdinalIgnoreCase, cancellationToken).ConfigureAwait(false);

        var errors = new List<ImportRowError>();
        var rows = new List<NewEmployee>();
        // CsvHelper reads synchronously, which a request body does not allow; the file is small, so buffer it first.
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await csv.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return new EmployeeImportResult([], [new ImportRowError(1, "(file)", $"The file is larger than {MaxBytes / (1024 * 1024)} MB; split it.")]);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        using (var reader = new StreamReader(buffer, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            ReadRows(reader, sites, teams, rows, errors);
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new ImportRowError(2, "(file)", "The file has a header but no employees."));
        }

        // Rows that parsed still go through the batch checks (duplicates, existing employees and logins, aggregate
        // rules), so one report lists every problem in the file rather than the first layer of them.
        var batch = await onboarding.PrepareAsync(rows, cancellationToken).ConfigureAwait(false);
        errors.AddRange(batch.Errors.Select(e => new ImportRowError(e.Line, ColumnOf(e.Field), e.Error.Message)));
        if (errors.Count > 0)
        {
            return new EmployeeImportResult([], Sorted(errors));
        }

        Result<IReadOnlyList<Employee>> committed;
        try
        {
            committed = await onboarding.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Someone added one of these numbers or e-mails between validation and commit; the unique indexes caught it.
            return new EmployeeImportResult([], [new ImportRowError(1, "(file)", "Another change added one of these employees meanwhile; nothing was imported. Import the file again to see which row.")]);
        }

        return committed.IsSuccess
            ? new EmployeeImportResult([.. committed.Value!.Select(e => e.Id.Value)], [])
            : new EmployeeImportResult([], [new ImportRowError(LineOf(committed.Error!, batch), Columns.Email, committed.Error!.Message)]);
    }

    private static IReadOnlyList<ImportRowError> Sorted(IEnumerable<ImportRowError> errors) =>
        [.. errors.OrderBy(e => e.Line).ThenBy(e => Columns.Order(e.Column))];

    private static void ReadRows(TextReader reader, Dictionary<string, Site> sites, Dictionary<string, Team> teams, List<NewEmployee> rows, List<ImportRowError> errors)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            HeaderValidated = null,
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            errors.Add(new ImportRowError(1, "(header)", "The file is empty: it needs a header line naming the columns."));
            return;
        }

        var header = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (!Columns.CheckHeader(header, errors))
        {
            return;
        }

        var index = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var records = 0;
        while (csv.Read())
        {
            // A quoted field may span lines; report the line the record starts on, as a spreadsheet user sees it.
            var raw = csv.Parser.RawRecord.TrimEnd('\r', '\n');
            var line = csv.Parser.RawRow - raw.Count(c => c == '\n');
            // Spreadsheets export rows of empty cells (",,,,") below the data; they are not employees.
            if (Enumerable.Range(0, csv.Parser.Count).All(i => string.IsNullOrEmpty(csv.Parser[i])))
            {
                continue;
            }

            if (++records > MaxRows)
            {
                errors.Add(new ImportRowError(line, "(file)", $"At most {MaxRows} employees per file; split the file."));
                return;
            }

            if (csv.Parser.Count != header.Length)
            {
                errors.Add(new ImportRowError(line, "(row)", $"The row has {csv.Parser.Count} fields; the header has {header.Length}."));
                continue;
            }

            string? Get(string column) => index.TryGetValue(column, out var i) && csv.Parser[i] is { Length: > 0 } value ? value : null;
            var row = new CsvRow(line, Get, errors);
            var parsed = row.Parse(sites, teams);
            if (parsed is not null)
            {
                rows.Add(parsed);
            }
        }
    }

    private static string ColumnOf(OnboardingField field) => field switch
    {
        OnboardingField.EmployeeNumber => Columns.EmployeeNumber,
        OnboardingField.Email => Columns.Email,
        OnboardingField.Team => Columns.Team,
        OnboardingField.PayRate => Columns.PayRate,
        _ => Columns.Email,
    };

    private static int LineOf(Error error, PreparedBatch batch) =>
        batch.Employees.FirstOrDefault(e => error.Message.Contains(e.Employee.Email, StringComparison.OrdinalIgnoreCase))?.Input.Line ?? 1;

    /// <summary>One data row: each column parsed into its value object, every failure recorded against its column.</summary>
    private sealed class CsvRow(int line, Func<string, string?> get, List<ImportRowError> errors)
    {
        private bool failed;

        public NewEmployee? Parse(Dictionary<string, Site> sites, Dictionary<string, Team> teams)
        {
            var number = Take(Columns.EmployeeNumber, EmployeeNumber.Parse(get(Columns.EmployeeNumber)));
            var first = Take(Columns.FirstName, PersonName.Parse(get(Columns.FirstName), "first_name"));
            var last = Take(Columns.LastName, PersonName.Parse(get(Columns.LastName), "last_name"));
            var email = Take(Columns.Email, EmailAddress.Parse(get(Columns.Email)));
            var hireDate = Take(Columns.HireDate, ParseDate(get(Columns.HireDate)));
            var site = Take(Columns.SiteCode, Lookup(sites, get(Columns.SiteCode), "site.unknown", "site"));
            var teamName = get(Columns.Team);
            var team = teamName is null ? null : Take(Columns.Team, Lookup(teams, teamName, "team.unknown", "team"));
            var homeState = Take(Columns.HomeState, UsStates.Parse(get(Columns.HomeState)));
            var payTypeResult = ParsePayType(get(Columns.PayType));
            var payType = Take(Columns.PayType, payTypeResult);
            var payRateResult = ParseDecimal(get(Columns.PayRate));
            var payRate = Take(Columns.PayRate, payTypeResult.IsSuccess ? payRateResult.Then(v => PayAmount.Parse(v, payType)) : payRateResult);
            var skills = Take(Columns.Skills, Skills.Parse(get(Columns.Skills)?.Split(Skills.Separator)));
            var role = Take(Columns.Role, ParseRole(get(Columns.Role)));
            var contract = ParseContract();
            var tax = ParseTaxSetup();
            var ssnText = get(Columns.Ssn);
            var ssn = ssnText is null ? null : Take(Columns.Ssn, Ssn.Parse(ssnText));
            var bank = ParseBank();

            return failed
                ? null
                : new NewEmployee(line, number, first, last, email, hireDate, site!, team, homeState!, payType, payRate, skills!, role!, contract, tax, ssn, bank);
        }

        private T? Take<T>(string column, Result<T> result)
        {
            if (result.IsSuccess)
            {
                return result.Value;
            }

            failed = true;
            errors.Add(new ImportRowError(line, column, result.Error!.Message));
            return default;
        }

        private Result<T> Optional<T>(string column, Func<string, Result<T>> parse, Result<T> fallback)
        {
            var text = get(column);
            return text is null ? fallback : parse(text);
        }

        private WorkContract? ParseContract()
        {
            if (get(Columns.MinWeeklyHours) is null && get(Columns.MaxWeeklyHours) is null && get(Columns.MaxConsecutiveDays) is null)
            {
                return null;
            }

            static Result<int> Hours(string text) => ParseDecimal(text).Then(h => WorkContract.MinutesFromHours(h, "contract.hours_invalid"));
            var min = Optional(Columns.MinWeeklyHours, Hours, 0);
            var max = Optional(Columns.MaxWeeklyHours, Hours, RequiredWith<int>("a contract column"));
            var days = Optional(Columns.MaxConsecutiveDays, ParseInt, RequiredWith<int>("a contract column"));
            Take(Columns.MinWeeklyHours, min);
            Take(Columns.MaxWeeklyHours, max);
            Take(Columns.MaxConsecutiveDays, days);
            if (!min.IsSuccess || !max.IsSuccess || !days.IsSuccess)
            {
                return null;
            }

            var contract = WorkContract.Create(min.Value, max.Value, days.Value);
            var column = contract.Error?.Code switch
            {
                "contract.min_weekly_invalid" => Columns.MinWeeklyHours,
                "contract.max_consecutive_days_invalid" => Columns.MaxConsecutiveDays,
                _ => Columns.MaxWeeklyHours,
            };
            return Take(column, contract);
        }

        private TaxSetup? ParseTaxSetup()
        {
            var status = get(Columns.FederalFilingStatus);
            var others = Columns.TaxDetails.Where(c => get(c) is not null).ToList();
            if (status is null)
            {
                if (others.Count > 0)
                {
                    Take(Columns.FederalFilingStatus, RequiredWith<int>(string.Join(", ", others)));
                }

                return null;
            }

            Result<decimal> Dollars(string column, string code, string what) =>
                Optional(column, text => ParseDecimal(text).Then(v => Domain.Dollars.Parse(v, code, what)), 0m);
            var filing = ParseFilingStatus(status);
            var multipleJobs = Optional(Columns.W4MultipleJobs, ParseBool, false);
            var dependents = Dollars(Columns.W4Dependents, "tax.dependents_invalid", "The Step 3 dependents amount");
            var otherIncome = Dollars(Columns.W4OtherIncome, "tax.other_income_invalid", "The Step 4(a) other income");
            var deductions = Dollars(Columns.W4Deductions, "tax.deductions_invalid", "The Step 4(b) deductions");
            var extra = Dollars(Columns.W4ExtraWithholding, "tax.extra_withholding_invalid", "The Step 4(c) extra withholding");
            var exempt = Optional(Columns.W4Exempt, ParseBool, false);
            var allowances = Optional(Columns.StateAllowances, ParseInt, 0);
            var stateExtra = Dollars(Columns.StateExtraWithholding, "tax.state_extra_withholding_invalid", "The state extra withholding");
            var ok = new[]
            {
                Take(Columns.FederalFilingStatus, filing.Then(_ => Result<bool>.Success(true))),
                Take(Columns.W4MultipleJobs, multipleJobs.Then(_ => Result<bool>.Success(true))),
                Take(Columns.W4Dependents, dependents.Then(_ => Result<bool>.Success(true))),
                Take(Columns.W4OtherIncome, otherIncome.Then(_ => Result<bool>.Success(true))),
                Take(Columns.W4Deductions, deductions.Then(_ => Result<bool>.Success(true))),
                Take(Columns.W4ExtraWithholding, extra.Then(_ => Result<bool>.Success(true))),
                Take(Columns.W4Exempt, exempt.Then(_ => Result<bool>.Success(true))),
                Take(Columns.StateAllowances, allowances.Then(_ => Result<bool>.Success(true))),
                Take(Columns.StateExtraWithholding, stateExtra.Then(_ => Result<bool>.Success(true))),
            };
            if (ok.Any(o => !o))
            {
                return null;
            }

            var tax = TaxSetup.Create(filing.Value, multipleJobs.Value, dependents.Value, otherIncome.Value, deductions.Value, extra.Value, exempt.Value, allowances.Value, stateExtra.Value);
            return Take(tax.Error?.Code == "tax.state_allowances_invalid" ? Columns.StateAllowances : Columns.FederalFilingStatus, tax);
        }

        private BankAccount? ParseBank()
        {
            var routingText = get(Columns.BankRouting);
            var accountText = get(Columns.BankAccount);
            if (routingText is null && accountText is null)
            {
                if (get(Columns.BankAccountType) is not null)
                {
                    Take(Columns.BankAccount, RequiredWith<int>(Columns.BankAccountType));
                }

                return null;
            }

            var routing = Take(Columns.BankRouting, routingText is null ? RequiredWith<string>(Columns.BankAccount) : BankAccount.ParseRouting(routingText));
            var account = Take(Columns.BankAccount, accountText is null ? RequiredWith<string>(Columns.BankRouting) : BankAccount.ParseAccount(accountText));
            var type = Take(Columns.BankAccountType, Optional(Columns.BankAccountType, t => ParseEnum<BankAccountType>(t, "bank.account_type_invalid", "checking or savings"), BankAccountType.Checking));
            return routing is null || account is null ? null : BankAccount.Parse(routing, account, type).Value;
        }

        private static Result<T> RequiredWith<T>(string what) => new Error("import.required", $"Required when {what} is filled.");
    }

    private static Result<LocalDate> ParseDate(string? text)
    {
        if (text is null)
        {
            return new Error("import.required", "Required.");
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : new Error("import.date_invalid", $"'{text}' is not a date written yyyy-MM-dd.");
    }

    private static Result<T> Lookup<T>(Dictionary<string, T> known, string? key, string code, string what)
        where T : class
    {
        if (key is null)
        {
            return new Error("import.required", "Required.");
        }

        return known.TryGetValue(key, out var value) ? value : new Error(code, $"No {what} '{key}' exists.");
    }

    private static Result<PayType> ParsePayType(string? text) =>
        text is null ? new Error("import.required", "Required.") : ParseEnum<PayType>(text, "pay_type.invalid", "hourly or salaried");

    private static Result<string> ParseRole(string? text)
    {
        if (text is null)
        {
            return Roles.Agent;
        }

        var role = Roles.All.FirstOrDefault(r => string.Equals(r, text, StringComparison.OrdinalIgnoreCase));
        return role is not null ? role : new Error("role.invalid", $"'{text}' is not a role: use one of {string.Join(", ", Roles.All)}.");
    }

    private static Result<FederalFilingStatus> ParseFilingStatus(string text) =>
        text.ToLowerInvariant() switch
        {
            "single" or "married_separately" => FederalFilingStatus.SingleOrMarriedFilingSeparately,
            "married_jointly" => FederalFilingStatus.MarriedFilingJointly,
            "head_of_household" => FederalFilingStatus.HeadOfHousehold,
            _ => ParseEnum<FederalFilingStatus>(text, "tax.filing_status_invalid", "single, married_jointly or head_of_household"),
        };

    private static Result<T> ParseEnum<T>(string text, string code, string allowed)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.All(char.IsAsciiDigit)
            ? value
            : new Error(code, $"'{text}' is not allowed: use {allowed}.");

    private static Result<decimal> ParseDecimal(string? text)
    {
        if (text is null)
        {
            return new Error("import.required", "Required.");
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : new Error("import.number_invalid", $"'{text}' is not a number (use a dot for decimals, no $ or thousands separators).");
    }

    private static Result<int> ParseInt(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : new Error("import.number_invalid", $"'{text}' is not a whole number.");

    private static Result<bool> ParseBool(string text) =>
        text.ToLowerInvariant() switch
        {
            "false" or "no" or "n" or "0" => false,
            "true" or "yes" or "y" or "1" or "x" => true,
            _ => new Error("import.bool_invalid", $"'{text}' is not yes or no."),
        };
}
