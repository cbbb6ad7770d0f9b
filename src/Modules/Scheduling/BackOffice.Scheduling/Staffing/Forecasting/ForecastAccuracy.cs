namespace BackOffice.Scheduling.Staffing.Forecasting;

/// <summary>
/// Accumulates forecast errors. MAPE skips intervals with no actual calls (the percentage is undefined there), which
/// is why the volume-weighted WMAPE = Σ|F − A| / ΣA, which does count them, is the headline figure for intraday data.
/// </summary>
internal sealed class ForecastAccuracy
{
    private double _absolutePercentSum;
    private double _absoluteErrorSum;
    private double _actualSum;
    private double _dailyPercentSum;
    private int _days;
    private double _ahtErrorSeconds;
    private double _ahtActualSeconds;

    public int IntervalsScored { get; private set; }

    public int IntervalsWithCalls { get; private set; }

    public double Mape => IntervalsWithCalls == 0 ? double.NaN : _absolutePercentSum / IntervalsWithCalls;

    public double WeightedMape => _actualSum == 0 ? double.NaN : _absoluteErrorSum / _actualSum;

    public double DailyMape => _days == 0 ? double.NaN : _dailyPercentSum / _days;

    public double AhtWeightedMape => _ahtActualSeconds == 0 ? double.NaN : _ahtErrorSeconds / _ahtActualSeconds;

    public void AddInterval(double forecastCalls, double actualCalls, double forecastAht, double actualHandled, double actualHandledSeconds)
    {
        IntervalsScored++;
        var error = Math.Abs(forecastCalls - actualCalls);
        _absoluteErrorSum += error;
        _actualSum += actualCalls;
        if (actualCalls > 0)
        {
            IntervalsWithCalls++;
            _absolutePercentSum += error / actualCalls;
        }

        if (actualHandled > 0)
        {
            var actualAht = actualHandledSeconds / actualHandled;
            _ahtErrorSeconds += actualHandled * Math.Abs(forecastAht - actualAht);
            _ahtActualSeconds += actualHandledSeconds;
        }
    }

    public void AddDay(double forecastCalls, double actualCalls)
    {
        if (actualCalls > 0)
        {
            _days++;
            _dailyPercentSum += Math.Abs(forecastCalls - actualCalls) / actualCalls;
        }
    }
}
