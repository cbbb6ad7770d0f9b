using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Earnings;
using BackOffice.Payroll.Earnings.Rules;
using BackOffice.Payroll.GrossToNet;
using BackOffice.Payroll.Taxes.Federal;
using BackOffice.Payroll.Taxes.Fica;
using BackOffice.Payroll.Taxes.MultiState;
using BackOffice.Payroll.Taxes.Oracle;
using BackOffice.Payroll.Taxes.States;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Payroll;

/// <summary>The Payroll module's composition root: the only public type of the module.</summary>
public static class PayrollModule
{
    public static IServiceCollection AddPayrollModule(this IServiceCollection services)
    {
        // Everything here is a pure function over immutable, embedded tables, so one instance serves every caller.
        services.AddSingleton<SeventhConsecutiveDayRule>();
        services.AddSingleton<CaliforniaDailyOvertimeRule>();
        services.AddSingleton<AlaskaDailyOvertimeRule>();
        services.AddSingleton(_ => new NevadaDailyOvertimeRule());
        services.AddSingleton<ColoradoDailyOvertimeRule>();
        services.AddSingleton<OvertimeRuleCatalog>();
        services.AddSingleton<OvertimeEngine>();
        services.AddSingleton<IOvertimeCalculator, OvertimeCalculator>();

        services.AddSingleton(_ => new FederalTaxTables());
        services.AddSingleton<FederalWithholdingCalculator>();
        services.AddSingleton<FicaCalculator>();
        services.AddSingleton(_ => new ReciprocityTable());
        services.AddSingleton<MultiStateWithholding>();
        services.AddSingleton<IGrossToNetCalculator, GrossToNetCalculator>();
        services.AddSingleton<IWithholdingCheck, WithholdingCheck>();

        services.AddStateWithholding();
        return services;
    }
}
