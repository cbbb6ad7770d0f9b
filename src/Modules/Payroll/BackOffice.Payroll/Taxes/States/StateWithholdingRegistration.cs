using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Payroll.Taxes.States;

internal static class StateWithholdingRegistration
{
    public static IServiceCollection AddStateWithholding(this IServiceCollection services)
    {
        services.AddSingleton<StateWithholdingRegistry>();
        return services;
    }
}
