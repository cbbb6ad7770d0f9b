using BackOffice.Scheduling.Contracts.Solving;
using NodaTime;

namespace BackOffice.Scheduling.Solving.CallCenter;

/// <summary>
/// Generates a realistic weekly problem for N agents:
/// <list type="bullet">
/// <item>contracts: 60 % full time (40 h standard, up to 48 h with overtime, 8 or 10 h shifts, 5 days),
/// 25 % 30 h part time (6 or 8 h shifts), 15 % 20 h part time (4 or 6 h shifts, 4 days);</item>
/// <item>half the part-timers are only available 06:00–18:00 and half 12:00–24:00, some not on two weekdays;</item>
/// <item>about 5 % of agents have one or two days of approved time off;</item>
/// <item>one shift template: starts every 30 minutes 06:00–14:00, 4/6/8/10 h, 30-minute unpaid break from 6 h;</item>
/// <item>a two-peak daily volume curve (late morning and mid-afternoon), lower at weekends, scaled so the
/// requirement is about 95 % of the agents' standard hours — the usual tight but coverable week.</item>
/// </list>
/// Requirements here are agents on the floor, drawn straight from the curve; the staffing module's Erlang
/// model is what turns real forecasts into requirements.
/// </summary>
internal sealed class CallCenterScenarioGenerator : ICallCenterScenarioGenerator
{
    private static readonly double[] DayFactor = [1.15, 1.05, 1.0, 1.0, 0.95, 0.6, 0.45];

    public CallCenterWeekRequest GenerateWeek(int agents, LocalDate weekStart, int seed = 1, int intervalMinutes = 15)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(agents, 1);
        var random = new Random(seed);
        var contracts = new List<AgentContract>
        {
            new("FT40", 2400, 2880, 2400, 5, [480, 600]),
            new("PT30", 1440, 1800, 1800, 5, [360, 480]),
            new("PT20", 960, 1200, 1200, 4, [240, 360]),
        };
        var standard = new Dictionary<string, int>(StringComparer.Ordinal) { ["FT40"] = 2400, ["PT30"] = 1800, ["PT20"] = 1200 };
        var list = new List<Agent>();
        var totalMinutes = 0.0;
        for (var i = 0; i < agents; i++)
        {
            var draw = random.NextDouble();
            var contract = draw < 0.60 ? "FT40" : draw < 0.85 ? "PT30" : "PT20";
            totalMinutes += standard[contract];
            var availability = new List<AvailabilityWindow>();
            if (contract != "FT40")
            {
                var (from, until) = random.NextDouble() < 0.5 ? (new LocalTime(6, 0), new LocalTime(18, 0)) : (new LocalTime(12, 0), LocalTime.Midnight);
                var skip = random.NextDouble() < 0.3 ? new[] { random.Next(5), random.Next(5) } : [];
                foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
                {
                    if (!skip.Contains((int)day - 1))
                    {
                        availability.Add(new AvailabilityWindow(day, from, until));
                    }
                }
            }

            var timeOff = new List<LocalDate>();
            if (random.NextDouble() < 0.05)
            {
                var first = random.Next(7);
                timeOff.Add(weekStart.PlusDays(first));
                if (first < 6 && random.NextDouble() < 0.5)
                {
                    timeOff.Add(weekStart.PlusDays(first + 1));
                }
            }

            list.Add(new Agent($"A{i + 1:000}", contract, availability, timeOff));
        }

        // The curve, per interval from 06:00 to 24:00, then scaled to 95 % of the standard agent-minutes.
        var shape = new List<(int Day, int Minute, double Weight)>();
        for (var day = 0; day < 7; day++)
        {
            for (var minute = 6 * 60; minute < 24 * 60; minute += intervalMinutes)
            {
                var hour = (minute + (intervalMinutes / 2.0)) / 60.0;
                var load = 0.15 + (0.9 * Math.Exp(-Math.Pow((hour - 10.5) / 1.7, 2))) + (0.75 * Math.Exp(-Math.Pow((hour - 15) / 1.9, 2)));
                var evening = hour > 20 ? Math.Max(0.2, 1 - ((hour - 20) / 4)) : 1;
                shape.Add((day, minute, load * evening * DayFactor[day]));
            }
        }

        var scale = totalMinutes * 0.95 / intervalMinutes / shape.Sum(s => s.Weight);
        var requirements = shape
            .Select(s => new IntervalRequirement(weekStart.PlusDays(s.Day).AtMidnight().PlusMinutes(s.Minute), (int)Math.Round(s.Weight * scale, MidpointRounding.AwayFromZero)))
            .ToList();
        var template = new ShiftTemplate("Day", new LocalTime(6, 0), new LocalTime(14, 0), 30, [240, 360, 480, 600]);
        return new CallCenterWeekRequest(weekStart, intervalMinutes, requirements, [template], contracts, list);
    }
}
