using BackOffice.Payroll.Taxes.States;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Payroll;

/// <summary>The Payroll module's composition root: the only public type of the module.</summary>
public static class PayrollModule
{
    public static IServiceCollection AddPayrollModule(this IServiceCollection services)
    {
        services.AddStateWithholding();
        return services;
    }
}
