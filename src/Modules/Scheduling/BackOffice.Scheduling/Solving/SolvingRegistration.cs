using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Scheduling.Solving;

internal static class SolvingRegistration
{
    public static IServiceCollection AddSolving(this IServiceCollection services)
    {
        return services;
    }
}
