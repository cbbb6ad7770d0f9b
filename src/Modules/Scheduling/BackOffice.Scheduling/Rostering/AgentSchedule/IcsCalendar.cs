using System.Globalization;
using System.Text;
using BackOffice.Scheduling.Contracts.Rostering;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Calendar = Ical.Net.Calendar;
using Duration = NodaTime.Duration;

namespace BackOffice.Scheduling.Rostering.AgentSchedule;

/// <summary>One shift as the feed carries it: its last published state, the version that last changed it, and whether it was cancelled.</summary>
internal sealed record FeedShift(RosterShiftView Shift, int Sequence, Instant LastModified, bool Cancelled, string TeamName);

/// <summary>
/// Writes an agent's shifts as an RFC 5545 calendar with Ical.Net (which does the line folding, CRLF and TEXT
/// escaping). Times are UTC so every client agrees without a VTIMEZONE; the UID is the shift's id, so a moved shift
/// updates in place, and a removed one is sent as CANCELLED with a higher SEQUENCE so subscribed calendars drop it.
/// </summary>
internal static class IcsCalendar
{
    public const string ProductId = "-//BackOffice//Roster feed//EN";

    public static string Uid(Guid shiftId) => string.Create(CultureInfo.InvariantCulture, $"{shiftId}@backoffice");

    public static string Write(string calendarName, DateTimeZone zone, IEnumerable<FeedShift> shifts)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", zone.Id);
        foreach (var feed in shifts.OrderBy(s => s.Shift.Date).ThenBy(s => s.Shift.Start))
        {
            var shift = feed.Shift;
            var start = (shift.Date + shift.Start).InZoneLeniently(zone).ToInstant();
            var end = start.Plus(Duration.FromMinutes(shift.SpanMinutes));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(shift.Id),
                // Without METHOD, DTSTAMP is when the information was last revised (RFC 5545 §3.8.7.2): the version that changed it.
                DtStamp = Utc(feed.LastModified),
                LastModified = Utc(feed.LastModified),
                DtStart = Utc(start),
                DtEnd = Utc(end),
                Sequence = feed.Sequence,
                Status = feed.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Summary = (feed.Cancelled ? "Cancelled: " : "") + $"Shift {Time(shift.Start)}–{Time(shift.End.TimeOfDay)} ({feed.TeamName})",
                Description = Describe(shift),
                Transparency = feed.Cancelled ? TransparencyType.Transparent : TransparencyType.Opaque,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Describe(RosterShiftView shift)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Time(shift.Start)}–{Time(shift.End.TimeOfDay)}, {shift.PaidMinutes / 60m:0.##} h paid.");
        foreach (var b in shift.Breaks)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"{(b.Paid ? "Break" : "Meal")} {Time(b.Start.TimeOfDay)}–{Time(b.Start.TimeOfDay.PlusMinutes(b.Minutes))} ({b.Minutes} min, {(b.Paid ? "paid" : "unpaid")})");
        }

        return text.ToString();
    }

    private static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc());

    private static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
