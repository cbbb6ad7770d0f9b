using BackOffice.Payroll.Taxes.Oracle;
using BackOffice.Payroll.Taxes.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackOffice.Payroll.Tests.Support;

/// <summary>The module as a host composes it.</summary>
internal static class PayrollServices
{
    public static T Get<T>()
        where T : notnull => Compose(new ServiceCollection().AddPayrollModule()).GetRequiredService<T>();

    /// <summary>
    /// The module with the state seam replaced: whatever state calculators and oracle mappers the module registers are
    /// removed and only the given test doubles remain, so these tests mean the same before and after the state
    /// calculators are merged in.
    /// </summary>
    public static T GetWithStates<T>(IEnumerable<IStateWithholdingCalculator> states, IStateOracleMapper? mapper = null)
        where T : notnull
    {
        var services = new ServiceCollection().AddPayrollModule();
        services.RemoveAll<IStateWithholdingCalculator>();
        services.RemoveAll<IStateOracleMapper>();
        foreach (var state in states)
        {
            services.AddSingleton(state);
        }

        if (mapper is not null)
        {
            services.AddSingleton(mapper);
        }

        return Compose(services).GetRequiredService<T>();
    }

    private static ServiceProvider Compose(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
