using BackOffice.Payroll.Common;
using BackOffice.Payroll.Contracts;

namespace BackOffice.Payroll.Taxes.Federal;

/// <summary>One row of a Pub 15-T percentage-method table: at least <see cref="AtLeast"/>, withhold <see cref="Base"/> plus <see cref="Rate"/> of the excess.</summary>
internal sealed record PercentageRow(decimal AtLeast, decimal Base, decimal Rate);

internal sealed record FicaYear(
    string Source,
    decimal SocialSecurityRate,
    decimal SocialSecurityWageBase,
    decimal MedicareRate,
    decimal AdditionalMedicareRate,
    decimal AdditionalMedicareThreshold);

internal sealed record FilingStatusTables(
    IReadOnlyList<PercentageRow> MarriedFilingJointly,
    IReadOnlyList<PercentageRow> Single,
    IReadOnlyList<PercentageRow> HeadOfHousehold)
{
    public IReadOnlyList<PercentageRow> For(FederalFilingStatus status) => status switch
    {
        FederalFilingStatus.MarriedFilingJointly => MarriedFilingJointly,
        FederalFilingStatus.HeadOfHousehold => HeadOfHousehold,
        _ => Single,
    };

    public IEnumerable<(string Name, IReadOnlyList<PercentageRow> Rows)> All()
    {
        yield return (nameof(MarriedFilingJointly), MarriedFilingJointly);
        yield return (nameof(Single), Single);
        yield return (nameof(HeadOfHousehold), HeadOfHousehold);
    }
}

internal sealed record Line1gAmount(decimal MarriedFilingJointly, decimal Other);

/// <summary>A tax year's federal withholding and FICA figures, read from <c>Taxes/Federal/Data/federal-YYYY.json</c>.</summary>
internal sealed record FederalTaxYear(
    int TaxYear,
    string Source,
    IReadOnlyList<string> Notes,
    decimal Pre2020AllowanceAmount,
    Line1gAmount Line1gAmount,
    FilingStatusTables Standard,
    FilingStatusTables Step2Checkbox,
    FicaYear Fica);

/// <summary>All embedded federal tax years, by year; a year without a file is reported, never guessed.</summary>
internal sealed class FederalTaxTables
{
    private readonly Dictionary<int, FederalTaxYear> byYear;

    public FederalTaxTables()
        : this(EmbeddedData.LoadAll<FederalTaxYear>("Taxes.Federal.Data", "federal-"))
    {
    }

    public FederalTaxTables(IEnumerable<FederalTaxYear> years) => byYear = years.ToDictionary(y => y.TaxYear);

    public IReadOnlyCollection<int> TaxYears => byYear.Keys;

    public IEnumerable<FederalTaxYear> All => byYear.Values.OrderBy(y => y.TaxYear);

    public SharedKernel.Result<FederalTaxYear> For(int year) =>
        byYear.TryGetValue(year, out var data)
            ? data
            : new SharedKernel.Error(
                PayrollErrorCodes.UnsupportedTaxYear,
                $"No federal tables for tax year {year}; on file: {string.Join(", ", byYear.Keys.Order())}.");
}
