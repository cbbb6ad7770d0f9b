using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Payroll.Contracts;

/// <summary>Turns one employee's workweek into regular, overtime and double-time hours and earning lines.</summary>
public interface IOvertimeCalculator
{
    Result<OvertimeResultDto> Calculate(TimecardDto timecard);
}

/// <summary>One employee's worked time for one fixed workweek.</summary>
/// <param name="State">Two-letter postal code of the work state whose overtime rules apply to the week.</param>
/// <param name="WorkweekStart">First day of the employer's fixed seven-day workweek.</param>
/// <param name="Entries">Hours per day, each with the rate for those hours (a shift differential or a second job is another entry).</param>
/// <param name="NondiscretionaryBonus">Nondiscretionary bonus earned in the week; it enters the regular rate (29 CFR 778.110(b)).</param>
/// <param name="HealthBenefitsOffered">Nevada only, before 1 July 2024: selects the lower minimum-wage tier. Absent means not offered.</param>
public sealed record TimecardDto(
    string State,
    LocalDate WorkweekStart,
    IReadOnlyList<TimeEntryDto> Entries,
    decimal NondiscretionaryBonus = 0m,
    bool HealthBenefitsOffered = false);

/// <param name="Date">Workday the hours belong to.</param>
/// <param name="Hours">Hours worked, measured from instants by time tracking.</param>
/// <param name="Rate">Straight-time hourly rate for these hours.</param>
/// <param name="WorkState">State where these hours were worked, for tax allocation; defaults to the timecard's state.</param>
/// <param name="ShiftKey">Entries sharing a key are one continuous shift (Colorado's 12-consecutive-hours rule across midnight).</param>
public sealed record TimeEntryDto(
    LocalDate Date,
    decimal Hours,
    decimal Rate,
    string? WorkState = null,
    string? ShiftKey = null);

/// <param name="RegularRate">Weighted-average regular rate (29 CFR 778.109/778.115), rounded to 4 decimals for display only.</param>
/// <param name="GrossPay">Sum of the line amounts, each already rounded to cents.</param>
/// <param name="AppliedRules">Names and citations of the rules that shaped the result.</param>
public sealed record OvertimeResultDto(
    decimal RegularHours,
    decimal OvertimeHours,
    decimal DoubleTimeHours,
    decimal RegularRate,
    decimal GrossPay,
    IReadOnlyList<EarningLineDto> Lines,
    IReadOnlyList<string> AppliedRules);

/// <param name="Code">Stable code: <see cref="EarningCodes"/>.</param>
/// <param name="Hours">Hours the line pays, or null for a lump sum.</param>
/// <param name="Rate">Rate per hour shown on the line (premium lines: the premium part only), or null for a lump sum.</param>
/// <param name="Amount">Cents, rounded half away from zero on this line alone.</param>
public sealed record EarningLineDto(string Code, string Description, decimal? Hours, decimal? Rate, decimal Amount);

public static class EarningCodes
{
    /// <summary>All hours worked at one rate, paid at that rate (the straight-time part of 778.110).</summary>
    public const string StraightTime = "straight_time";

    public const string NondiscretionaryBonus = "nondiscretionary_bonus";

    /// <summary>The extra half of the regular rate for each overtime hour.</summary>
    public const string OvertimePremium = "overtime_premium";

    /// <summary>The extra full regular rate for each double-time hour.</summary>
    public const string DoubleTimePremium = "double_time_premium";
}
