using System.Text.Json;
using BackOffice.SharedKernel;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Rostering.Domain;

/// <summary>A shift as stored in versions and change records: plain values, so old snapshots stay readable as the model evolves.</summary>
internal sealed record SnapshotShift(Guid Id, Guid Employee, string Date, string Start, int SpanMinutes, string Breaks, bool Locked)
{
    public LocalDate LocalDate => LocalDatePattern.Iso.Parse(Date).Value;

    public LocalTime LocalTime => LocalTimePattern.ExtendedIso.Parse(Start).Value;

    public ShiftSpec ToSpec() => new(new EmployeeId(Employee), LocalDate, LocalTime, SpanMinutes, ShiftBreak.Parse(Breaks), Locked);
}

internal static class RosterSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static SnapshotShift From(RosterShift shift) => new(
        shift.Id,
        shift.EmployeeId.Value,
        LocalDatePattern.Iso.Format(shift.Date),
        LocalTimePattern.ExtendedIso.Format(shift.Start),
        shift.SpanMinutes,
        shift.Breaks,
        shift.Locked);

    public static string Write(IEnumerable<RosterShift> shifts) =>
        JsonSerializer.Serialize(shifts.OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.EmployeeId.Value).Select(From).ToList(), Options);

    public static IReadOnlyList<SnapshotShift> Read(string json) => JsonSerializer.Deserialize<List<SnapshotShift>>(json, Options) ?? [];
}
