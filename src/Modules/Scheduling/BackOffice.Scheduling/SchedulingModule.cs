using BackOffice.Scheduling.Solving;
using BackOffice.Scheduling.Staffing;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Scheduling;

/// <summary>The Scheduling module's composition root: the only public type of the module.</summary>
public static class SchedulingModule
{
    public static IServiceCollection AddSchedulingModule(this IServiceCollection services)
    {
        services.AddStaffing();
        services.AddSolving();
        return services;
    }
}
