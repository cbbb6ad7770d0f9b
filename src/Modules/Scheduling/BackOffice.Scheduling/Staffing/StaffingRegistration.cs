using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Staffing.Forecasting;
using BackOffice.Scheduling.Staffing.Synthetic;
using BackOffice.Scheduling.Staffing.Volume;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Scheduling.Staffing;

internal static class StaffingRegistration
{
    public static IServiceCollection AddStaffing(this IServiceCollection services)
    {
        // All stateless and pure: one instance serves every request.
        services.AddSingleton<IStaffingCalculator, StaffingCalculator>();
        services.AddSingleton<IForecaster, Forecaster>();
        services.AddSingleton<IVolumeHistoryCsv, VolumeHistoryCsv>();
        services.AddSingleton<IVolumeHistoryMerger, VolumeHistoryMerger>();
        services.AddSingleton<ISyntheticVolumeGenerator, SyntheticAcdHistoryGenerator>();
        return services;
    }
}
