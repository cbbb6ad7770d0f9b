using BackOffice.SharedKernel;

namespace BackOffice.Scheduling.Contracts.Staffing;

/// <summary>
/// Offered calls and AHT per interval for the next 1–6 weeks from same-weekday, same-interval history weighted toward
/// recent weeks, with a weekly trend, exception days, day uplifts and interval overrides (docs/forecasting.md).
/// </summary>
public interface IForecaster
{
    Result<VolumeForecast> Forecast(ForecastRequest request);

    /// <summary>Holds back the last weeks of history, forecasts them from the rest and reports the error.</summary>
    Result<BacktestReport> Backtest(BacktestRequest request);
}

/// <summary>Synthetic but realistic ACD history (two daily peaks, weekday pattern, trend, noise), reproducible by seed.</summary>
public interface ISyntheticVolumeGenerator
{
    IReadOnlyList<VolumeRecord> Generate(SyntheticHistoryOptions options);
}
