using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Scheduling.Staffing;

internal static class StaffingRegistration
{
    public static IServiceCollection AddStaffing(this IServiceCollection services)
    {
        return services;
    }
}
