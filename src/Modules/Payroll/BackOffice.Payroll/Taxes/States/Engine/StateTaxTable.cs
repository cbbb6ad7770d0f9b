using NodaTime;

namespace BackOffice.Payroll.Taxes.States.Engine;

/// <summary>How a state's method rounds the per-period amount.</summary>
internal enum WithholdingRounding
{
    /// <summary>To the cent, half away from zero.</summary>
    Cents,

    /// <summary>The publication directs rounding to the nearest whole dollar.</summary>
    WholeDollars,
}

/// <summary>
/// One filing status (or the only table of a state without statuses) in a state's annual percentage method.
/// Amounts are annual. A field a state does not use stays 0.
/// </summary>
/// <param name="Description">The status as the state's certificate words it.</param>
/// <param name="StandardDeduction">Annual standard deduction (or the deduction for 0–1 allowances where it depends on them).</param>
/// <param name="Brackets">Annual tax table.</param>
/// <param name="StandardDeductionTwoOrMoreAllowances">California Table 3: the deduction once two or more regular allowances are claimed; null = same as <see cref="StandardDeduction"/>.</param>
/// <param name="LowIncomeExemption">California Table 1: annual wages at or below this are not withheld on (0–1 allowances).</param>
/// <param name="LowIncomeExemptionTwoOrMoreAllowances">California Table 1 with two or more allowances; null = same.</param>
/// <param name="PersonalAllowance">Georgia: annual amount per personal allowance claimed for this status.</param>
/// <param name="BaseAllowance">Utah: annual base allowance credit for this status.</param>
/// <param name="BaseAllowancePhaseOutThreshold">Utah: wages above which the base allowance is reduced.</param>
internal sealed record FilingStatusTable(
    string Description,
    decimal StandardDeduction,
    BracketSchedule Brackets,
    decimal? StandardDeductionTwoOrMoreAllowances = null,
    decimal LowIncomeExemption = 0m,
    decimal? LowIncomeExemptionTwoOrMoreAllowances = null,
    decimal PersonalAllowance = 0m,
    decimal BaseAllowance = 0m,
    decimal BaseAllowancePhaseOutThreshold = 0m);

/// <summary>
/// A state's withholding table for part of a tax year, taken from the state's own publication.
/// Every calculator reads only these numbers, so a new year is a new table and nothing else.
/// </summary>
internal sealed record StateTaxTable
{
    /// <summary>Key used when a state's method has no filing status.</summary>
    public const string AnyStatus = "*";

    public required string State { get; init; }

    public required int TaxYear { get; init; }

    /// <summary>First pay date the table applies to (a mid-year revision is a second table of the same year).</summary>
    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>The publication, its revision and where the numbers are printed.</summary>
    public required string Source { get; init; }

    /// <summary>Status code → table. <see cref="AnyStatus"/> for states whose method has no status.</summary>
    public required IReadOnlyDictionary<string, FilingStatusTable> Statuses { get; init; }

    /// <summary>
    /// The status the state's form prescribes when the employee filed no certificate, used when a request's status is
    /// empty; null where a caller must always name one (the core's default certificate reaches those through the mapper).
    /// </summary>
    public string? NoCertificateStatus { get; init; }

    public WithholdingRounding Rounding { get; init; } = WithholdingRounding.Cents;

    /// <summary>Annual deduction per primary allowance/exemption.</summary>
    public decimal AllowanceDeduction { get; init; }

    /// <summary>Annual deduction per secondary allowance (dependents, age/blind, IL line 2, CA estimated deductions).</summary>
    public decimal AdditionalAllowanceDeduction { get; init; }

    /// <summary>Annual tax credit per primary allowance (California exemption allowance credit).</summary>
    public decimal AllowanceCredit { get; init; }

    /// <summary>Multiplier on the annual tax (Ohio's published adjustment factor); 1 elsewhere.</summary>
    public decimal AnnualTaxFactor { get; init; } = 1m;

    /// <summary>Largest difference the publication's rounding leaves between a printed base and the exact running sum (the self-check uses it).</summary>
    public decimal BaseTolerance { get; init; } = 0.01m;

    /// <summary>Numbers only one state's method uses, named as its publication names them.</summary>
    public IReadOnlyDictionary<string, decimal> Parameters { get; init; } = new Dictionary<string, decimal>();

    public decimal Parameter(string name) =>
        Parameters.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"{State} {TaxYear} table has no parameter '{name}'.");
}
