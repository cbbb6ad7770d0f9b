using BackOffice.Payroll.Common;
using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Taxes.Oracle;
using BackOffice.Payroll.Taxes.States;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Payroll.Taxes.MultiState;

internal sealed record MultiStateRequest(
    LocalDate PayDate,
    int PayPeriodsPerYear,
    decimal GrossWages,
    IReadOnlyList<StateWageAllocationDto> Allocations,
    string? ResidentState,
    IReadOnlyList<StateTaxElectionDto> Elections);

/// <summary>
/// The multi-state withholding policy (docs/payroll.md): each work state withholds on the wages allocated to it,
/// unless a reciprocity agreement with the resident state exempts them; the resident state, when it differs, withholds
/// on all wages less a credit for the work-state tax, each work state's credit capped at the resident tax on that
/// state's share of the wages. A state without a calculator is an error, never a silent zero.
/// An employee with no certificate on file for a state is withheld for as single with no allowances, the default most
/// states prescribe when no certificate is filed; the state's own codes for that come from its oracle mapper
/// (filing code 10, allowance 0). Where the mapper refuses (Arizona: every regression row is a generator artifact) or no
/// mapper is registered, the request carries an empty filing status, meaning "no certificate on file"; a state whose
/// form prescribes a default for that case names it in its table (Arizona A-4: 2.7% in 2020, 2.0% from 2023), others refuse.
/// </summary>
internal sealed class MultiStateWithholding(
    StateWithholdingRegistry registry,
    ReciprocityTable reciprocity,
    IEnumerable<IStateOracleMapper> mappers)
{
    public const string DefaultCertificateCode = "10";

    private readonly IStateOracleMapper? mapper = mappers.FirstOrDefault();

    public Result<IReadOnlyList<StateWithholdingLineDto>> Calculate(MultiStateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var resident = request.ResidentState;
        var lines = new List<StateWithholdingLineDto>();
        var creditable = new List<(decimal Wages, decimal Tax)>();

        foreach (var allocation in request.Allocations.Where(a => a.State != resident))
        {
            if (resident is not null && reciprocity.ExemptionCertificate(allocation.State, resident) is { } certificate)
            {
                lines.Add(new StateWithholdingLineDto(
                    allocation.State,
                    StateWithholdingBasis.ReciprocityExempt,
                    allocation.Wages,
                    0.00m,
                    0.00m,
                    reciprocity.Source,
                    $"Reciprocity ({certificate}): {allocation.State} wages are withheld for resident state {resident}."));
                continue;
            }

            var work = Withhold(request, allocation.State, allocation.Wages);
            if (!work.IsSuccess)
            {
                return work.Error!;
            }

            lines.Add(new StateWithholdingLineDto(allocation.State, StateWithholdingBasis.WorkState, allocation.Wages, work.Value!.Amount, 0.00m, work.Value.Source, null));
            creditable.Add((allocation.Wages, work.Value.Amount));
        }

        if (resident is null)
        {
            return lines;
        }

        var residentTax = Withhold(request, resident, request.GrossWages);
        if (!residentTax.IsSuccess)
        {
            return residentTax.Error!;
        }

        var onlyState = request.Allocations.All(a => a.State == resident);
        var credit = 0.00m;
        string? note = null;
        if (!onlyState && request.GrossWages > 0m)
        {
            if (reciprocity.ResidentStateGivesCredit(resident))
            {
                credit = Amounts.Cents(creditable.Sum(c => Math.Min(c.Tax, residentTax.Value!.Amount * c.Wages / request.GrossWages)));
                note = creditable.Count > 0 ? "Credit for work-state withholding, capped at this state's tax on those wages." : null;
            }
            else
            {
                note = $"{resident} gives no credit for other states' tax; full resident withholding.";
            }
        }

        lines.Add(new StateWithholdingLineDto(
            resident,
            onlyState ? StateWithholdingBasis.WorkState : StateWithholdingBasis.ResidentState,
            request.GrossWages,
            Math.Max(0.00m, residentTax.Value!.Amount - credit),
            credit,
            residentTax.Value.Source,
            note));
        return lines;
    }

    private Result<StateWithholdingResult> Withhold(MultiStateRequest request, string state, decimal wages)
    {
        var calculator = registry.Find(state);
        if (calculator is null)
        {
            var supported = registry.SupportedStates.Count == 0 ? "none" : string.Join(", ", registry.SupportedStates.Order(StringComparer.Ordinal));
            return new Error(PayrollErrorCodes.UnsupportedState, $"No state income-tax withholding calculator for {state} (supported: {supported}).");
        }

        var election = request.Elections.FirstOrDefault(e => string.Equals(e.State, state, StringComparison.OrdinalIgnoreCase))
            ?? DefaultElection(request, state, wages);
        var result = calculator.Calculate(new StateWithholdingRequest(
            state,
            request.PayDate,
            request.PayPeriodsPerYear,
            wages,
            election.FilingStatus,
            election.Allowances,
            election.AdditionalAllowances,
            election.AdditionalWithholding));
        return result.IsSuccess
            ? result
            : new Error(result.Error!.Code, $"{state}: {result.Error.Message}", result.Error.Kind);
    }

    private StateTaxElectionDto DefaultElection(MultiStateRequest request, string state, decimal wages)
    {
        var row = new WithholdingOracleRow(0, "US", state, request.PayDate, request.PayPeriodsPerYear, DefaultCertificateCode, 0, 2020, 0m, 0m, 0m, wages, null, null);
        var mapped = mapper?.Map(row);
        return mapped is { IsSuccess: true } ok
            ? new StateTaxElectionDto(state, ok.Value!.FilingStatus, ok.Value.Allowances, ok.Value.AdditionalAllowances)
            : new StateTaxElectionDto(state, string.Empty);
    }
}
