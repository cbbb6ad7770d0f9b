namespace BackOffice.Scheduling.Solving.Model;

/// <summary>
/// A kind of shift an employee can work on a day. <see cref="PaidMinutes"/> is what counts toward an
/// employee's minute limits; an unpaid break lengthens the time on site but covers no interval.
/// </summary>
/// <param name="Id">The identifier used in inputs and outputs (e.g. "D" or "0630-8h").</param>
/// <param name="StartMinute">Minutes after midnight of the shift's day; may be irrelevant when cover is per shift type.</param>
/// <param name="PaidMinutes">Paid length, counted toward total and weekly minutes.</param>
/// <param name="UnpaidBreakMinutes">Length of the unpaid break, 0 when none.</param>
/// <param name="BreakOffsetMinutes">When the break starts, in minutes after the shift start.</param>
internal sealed record ShiftType(string Id, int StartMinute, int PaidMinutes, int UnpaidBreakMinutes = 0, int BreakOffsetMinutes = 0)
{
    /// <summary>Minutes from start to end, break included.</summary>
    public int SpanMinutes => PaidMinutes + UnpaidBreakMinutes;

    /// <summary>True when the shift, started on day <paramref name="day"/>, has someone present during [from, from + length) (horizon minutes).</summary>
    public bool Covers(int day, int from, int length)
    {
        var start = (day * 1440) + StartMinute;
        var end = start + SpanMinutes;
        if (from < start || from + length > end)
        {
            return false;
        }

        if (UnpaidBreakMinutes == 0)
        {
            return true;
        }

        var breakStart = start + BreakOffsetMinutes;
        var breakEnd = breakStart + UnpaidBreakMinutes;
        return from + length <= breakStart || from >= breakEnd;
    }
}
