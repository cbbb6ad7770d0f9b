using BackOffice.SharedKernel;

namespace BackOffice.Payroll.Taxes.States.Engine;

/// <summary>
/// The shape most state percentage methods share: annualize the period's wages, subtract the standard deduction and
/// allowance deductions, apply the annual table, subtract credits, de-annualize and round. A state whose method differs
/// overrides one step; its numbers always come from its <see cref="StateTaxTable"/>s.
/// </summary>
internal abstract class AnnualizedStateCalculator : IStateWithholdingCalculator
{
    private readonly StateTaxTable[] tables;

    protected AnnualizedStateCalculator(string state, IEnumerable<StateTaxTable> tables)
    {
        State = state;
        this.tables = [.. tables.OrderBy(t => t.EffectiveFrom)];
        if (this.tables.Any(t => !string.Equals(t.State, state, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"Every table given to the {state} calculator must be a {state} table.", nameof(tables));
        }

        TaxYears = [.. this.tables.Select(t => t.TaxYear).Distinct()];
    }

    public string State { get; }

    public IReadOnlyCollection<int> TaxYears { get; }

    public IReadOnlyList<StateTaxTable> Tables => tables;

    public Result<StateWithholdingResult> Calculate(StateWithholdingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PayPeriodsPerYear <= 0)
        {
            return StateWithholdingErrors.InvalidInput("Pay periods per year must be positive.");
        }

        if (request.TaxableWages < 0m || request.Allowances < 0 || request.AdditionalAllowances < 0 || request.AdditionalWithholding < 0m)
        {
            return StateWithholdingErrors.InvalidInput("Wages, allowances and additional withholding cannot be negative.");
        }

        // A table only covers its own tax year: a 2024 pay date never silently borrows the 2021 table.
        var table = tables.LastOrDefault(t => t.TaxYear == request.PayDate.Year && t.EffectiveFrom <= request.PayDate);
        if (table is null)
        {
            return StateWithholdingErrors.NoTable(State, request.PayDate);
        }

        // An empty status means no certificate on file; the table, not the caller, knows the form's default for that year.
        var filed = string.IsNullOrWhiteSpace(request.FilingStatus) && table.NoCertificateStatus is { } fallback ? fallback : request.FilingStatus;
        var statusKey = table.Statuses.ContainsKey(StateTaxTable.AnyStatus) ? StateTaxTable.AnyStatus : NormalizeStatus(filed);
        if (!table.Statuses.TryGetValue(statusKey, out var status))
        {
            return StateWithholdingErrors.UnknownFilingStatus(State, request.FilingStatus, table.Statuses.Keys);
        }

        var context = new WithholdingContext(request, table, status, request.TaxableWages * request.PayPeriodsPerYear);
        var annualTax = AnnualTax(context);
        var periodTax = Math.Max(0m, annualTax) / request.PayPeriodsPerYear;
        var rounded = table.Rounding == WithholdingRounding.WholeDollars
            ? Math.Round(periodTax, 0, MidpointRounding.AwayFromZero)
            : Math.Round(periodTax, 2, MidpointRounding.AwayFromZero);

        return new StateWithholdingResult(State, rounded + request.AdditionalWithholding, table.Source);
    }

    /// <summary>Annual tax before de-annualizing; the default is the shared shape described on the class.</summary>
    protected virtual decimal AnnualTax(WithholdingContext context)
    {
        if (IsBelowLowIncomeExemption(context))
        {
            return 0m;
        }

        var taxable = Math.Max(0m, context.AnnualWages - Deductions(context));
        var tax = context.Status.Brackets.TaxOn(taxable) - Credits(context, taxable);
        return Math.Max(0m, tax) * context.Table.AnnualTaxFactor;
    }

    protected virtual bool IsBelowLowIncomeExemption(WithholdingContext context) => false;

    protected virtual decimal Deductions(WithholdingContext context) =>
        context.Status.StandardDeduction
        + (context.Request.Allowances * context.Table.AllowanceDeduction)
        + (context.Request.AdditionalAllowances * context.Table.AdditionalAllowanceDeduction);

    protected virtual decimal Credits(WithholdingContext context, decimal taxableIncome) =>
        context.Request.Allowances * context.Table.AllowanceCredit;

    protected virtual string NormalizeStatus(string filingStatus) => filingStatus.Trim().ToUpperInvariant();
}

/// <summary>What one calculation step needs: the request, the table in force and the employee's status row.</summary>
internal sealed record WithholdingContext(StateWithholdingRequest Request, StateTaxTable Table, FilingStatusTable Status, decimal AnnualWages);
