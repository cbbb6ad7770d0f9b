using BackOffice.Payroll.Common;
using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Earnings;
using BackOffice.Payroll.Taxes.Federal;
using BackOffice.Payroll.Taxes.Fica;
using BackOffice.Payroll.Taxes.MultiState;
using BackOffice.SharedKernel;

namespace BackOffice.Payroll.GrossToNet;

/// <summary>
/// One employee, one pay period: overtime per workweek, gross, allocation of gross to work states by hours, federal
/// withholding (Pub 15-T Worksheet 1A), FICA with year-to-date wages, state withholding by the multi-state policy, net.
/// There are no pre-tax deductions yet (a later issue), so every tax is figured on gross.
/// </summary>
internal sealed class GrossToNetCalculator(
    OvertimeEngine overtime,
    FederalWithholdingCalculator federal,
    FicaCalculator fica,
    MultiStateWithholding states) : IGrossToNetCalculator
{
    public Result<GrossToNetResultDto> Calculate(GrossToNetRequestDto request)
    {
        if (request is null || request.Timecards is null || request.Timecards.Count == 0 || request.FederalW4 is null || request.YearToDate is null)
        {
            return new Error(PayrollErrorCodes.InvalidRequest, "A pay date, at least one timecard, a federal Form W-4 and year-to-date wages are required.");
        }

        var frequency = PayFrequencies.Validate(request.PayPeriodsPerYear);
        if (!frequency.IsSuccess)
        {
            return frequency.Error!;
        }

        string? resident = null;
        if (request.ResidentState is not null)
        {
            resident = UsStates.Normalize(request.ResidentState);
            if (resident is null)
            {
                return new Error(PayrollErrorCodes.InvalidState, $"Resident state '{request.ResidentState}' is not a US state or DC postal code.");
            }
        }

        var weeks = new List<WorkweekEarnings>(request.Timecards.Count);
        var hoursByState = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var timecard in request.Timecards)
        {
            var week = Workweek.Create(timecard);
            if (!week.IsSuccess)
            {
                return week.Error!;
            }

            var earnings = overtime.Calculate(week.Value!);
            weeks.Add(earnings);
            foreach (var entry in week.Value!.Entries)
            {
                hoursByState[entry.WorkState] = hoursByState.GetValueOrDefault(entry.WorkState) + entry.Hours;
            }
        }

        var gross = Amounts.Cents(weeks.Sum(w => w.GrossPay));
        var allocations = StateWageAllocator.Allocate(gross, hoursByState, weeks[0].Week.State);

        var federalResult = federal.Calculate(new FederalWithholdingRequest(request.PayDate, request.PayPeriodsPerYear, gross, request.FederalW4));
        if (!federalResult.IsSuccess)
        {
            return federalResult.Error!;
        }

        var ficaResult = fica.Calculate(new FicaRequest(request.PayDate.Year, gross, request.YearToDate.SocialSecurityWages, request.YearToDate.MedicareWages));
        if (!ficaResult.IsSuccess)
        {
            return ficaResult.Error!;
        }

        var stateResult = states.Calculate(new MultiStateRequest(
            request.PayDate,
            request.PayPeriodsPerYear,
            gross,
            allocations,
            resident,
            request.StateElections ?? []));
        if (!stateResult.IsSuccess)
        {
            return stateResult.Error!;
        }

        var f = federalResult.Value!;
        var taxes = ficaResult.Value!;
        var employeeTaxes = f.Amount + taxes.SocialSecurityEmployee + taxes.MedicareEmployee + taxes.AdditionalMedicareEmployee
            + stateResult.Value!.Sum(s => s.Amount);

        return new GrossToNetResultDto(
            gross,
            weeks.Select(w => w.ToDto()).ToList(),
            allocations,
            new FederalWithholdingDto(f.Amount, f.AdjustedAnnualWage, f.TentativeAnnualWithholding, f.Source),
            taxes,
            stateResult.Value!,
            Amounts.Cents(employeeTaxes),
            Amounts.Cents(gross - employeeTaxes));
    }
}
