using BackOffice.Scheduling.Contracts.Solving;
using BackOffice.Scheduling.Solving.CallCenter;
using BackOffice.Scheduling.Solving.Nrp;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Scheduling.Solving;

internal static class SolvingRegistration
{
    public static IServiceCollection AddSolving(this IServiceCollection services)
    {
        services.AddSingleton<RosterEngine>();
        services.AddSingleton<INrpBenchmark, NrpBenchmark>();
        services.AddSingleton<IRosterSolver, CallCenterRosterSolver>();
        services.AddSingleton<ICallCenterScenarioGenerator, CallCenterScenarioGenerator>();
        return services;
    }
}
