using BackOffice.Payroll.Taxes.Oracle;
using BackOffice.Payroll.Taxes.States.Calculators;
using BackOffice.Payroll.Taxes.States.Data;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Payroll.Taxes.States;

internal static class StateWithholdingRegistration
{
    /// <summary>Every supported state's calculator; adding a state is one line here plus its calculator and tables.</summary>
    public static IEnumerable<IStateWithholdingCalculator> CreateCalculators()
    {
        foreach (var state in NoIncomeTaxStates.Citations.Keys)
        {
            yield return new NoIncomeTaxWithholding(state);
        }

        yield return new ArizonaWithholding();
        yield return new CaliforniaWithholding();
        yield return new ColoradoWithholding();
        yield return new GeorgiaWithholding();
        yield return new IllinoisWithholding();
        yield return new IndianaWithholding();
        yield return new KentuckyWithholding();
        yield return new MassachusettsWithholding();
        yield return new MichiganWithholding();
        yield return new NewJerseyWithholding();
        yield return new NewYorkWithholding();
        yield return new NorthCarolinaWithholding();
        yield return new OhioWithholding();
        yield return new PennsylvaniaWithholding();
        yield return new UtahWithholding();
        yield return new VirginiaWithholding();
    }

    public static IServiceCollection AddStateWithholding(this IServiceCollection services)
    {
        foreach (var calculator in CreateCalculators())
        {
            services.AddSingleton(calculator);
        }

        services.AddSingleton<StateWithholdingRegistry>();
        services.AddSingleton<IStateOracleMapper, StateOracleMapper>();
        return services;
    }
}
