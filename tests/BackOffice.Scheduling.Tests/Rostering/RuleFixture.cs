using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Rules;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Tests.Rostering;

/// <summary>Tiny hand-made weeks for the rule classes: one agent, a site in America/Chicago, site defaults unless told.</summary>
internal static class RuleFixture
{
    public static readonly EmployeeId Agent = new(Guid.Parse("11111111-1111-1111-1111-111111111111"));

    /// <summary>Monday 7 December 2026: no DST change that week.</summary>
    public static readonly LocalDate Monday = new(2026, 12, 7);

    public static DateTimeZone Chicago => DateTimeZoneProviders.Tzdb["America/Chicago"];

    public static AgentRuleProfile Profile(
        int? minWeekly = null,
        int? maxWeekly = null,
        int? maxConsecutive = null,
        IReadOnlyList<AvailabilityWindowRow>? availability = null,
        IReadOnlyDictionary<LocalDate, DayBlockKind>? blocked = null) =>
        new(Agent, "Ana Agent", minWeekly, maxWeekly, maxConsecutive, availability ?? [], blocked ?? new Dictionary<LocalDate, DayBlockKind>());

    /// <summary>A shift of <paramref name="spanMinutes"/> elapsed minutes; breaks in the stored form (<c>120+15p;240+30u</c>).</summary>
    public static ShiftOnBoard Shift(LocalDate date, int hour, int minute, int spanMinutes, string breaks = "") =>
        new(Guid.NewGuid(), new ShiftSpec(Agent, date, new LocalTime(hour, minute), spanMinutes, ShiftBreak.Parse(breaks)));

    /// <summary>Site defaults for a Texas site: 11 h rest, 10 h a day, 6 days in a row, overtime after 40 h a week, no daily threshold.</summary>
    public static SiteSchedulingRules Site(Action<SiteSchedulingRules>? change = null)
    {
        var site = SiteSchedulingRules.Defaults(new SiteId(Guid.NewGuid()), "TX");
        change?.Invoke(site);
        return site;
    }

    public static IReadOnlyList<RuleViolation> Check(IRosterRule rule, IReadOnlyList<ShiftOnBoard> shifts, AgentRuleProfile? profile = null,
        SiteSchedulingRules? site = null, LocalDate? weekStart = null) =>
        rule.Check(new AgentWeek(profile ?? Profile(), weekStart ?? Monday, shifts), new RuleSettings(site ?? Site(), Chicago)).ToList();
}
