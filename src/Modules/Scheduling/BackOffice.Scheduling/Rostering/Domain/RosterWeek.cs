using BackOffice.Infrastructure.Auditing;
using BackOffice.Infrastructure.Persistence;
using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Domain;

internal enum RosterStatus
{
    Draft,
    Published,
}

/// <summary>
/// One team's roster for one Monday-to-Sunday week: the unit that is generated, edited, published and versioned.
/// A published week stays published; every later change to it is a new published version that agents are told about.
/// </summary>
internal sealed class RosterWeek : IVersioned, IAuditable
{
    private readonly List<RosterShift> shifts = [];

    private RosterWeek()
    {
    }

    public Guid Id { get; private set; }

    public TeamId TeamId { get; private set; }

    public SiteId SiteId { get; private set; }

    public LocalDate WeekStart { get; private set; }

    public RosterStatus Status { get; private set; }

    /// <summary>0 while never published; then the number of the version agents currently see.</summary>
    public int PublishedVersion { get; private set; }

    public Instant? FirstPublishedAt { get; private set; }

    /// <summary>Last change of any kind; updating it on every edit is what makes the week's concurrency token move when only its shifts change.</summary>
    public Instant ChangedAt { get; private set; }

    public uint Version { get; set; }

    public IReadOnlyList<RosterShift> Shifts => shifts;

    public LocalDate WeekEnd => WeekStart.PlusDays(6);

    public bool IsPublished => Status == RosterStatus.Published;

    public void Touch(Instant at) => ChangedAt = at;

    public static Result<RosterWeek> Create(TeamId team, SiteId site, LocalDate weekStart)
    {
        if (weekStart.DayOfWeek != IsoDayOfWeek.Monday)
        {
            return new Error("roster.week_not_monday", $"A roster week starts on a Monday; {weekStart:uuuu-MM-dd} is a {weekStart.DayOfWeek}.");
        }

        return new RosterWeek { Id = Guid.NewGuid(), TeamId = team, SiteId = site, WeekStart = weekStart, Status = RosterStatus.Draft };
    }

    public bool Contains(LocalDate date) => date >= WeekStart && date <= WeekEnd;

    public RosterShift? Find(Guid shiftId) => shifts.Find(s => s.Id == shiftId);

    public Result<RosterShift> Add(ShiftSpec spec, ShiftOrigin origin)
    {
        if (!Contains(spec.Date))
        {
            return OutsideWeek(spec.Date);
        }

        var created = RosterShift.Create(Id, spec, origin);
        if (created.IsSuccess)
        {
            shifts.Add(created.Value!);
        }

        return created;
    }

    /// <summary>Brings a removed shift back under its old id (undo of a deletion).</summary>
    public Result<RosterShift> Restore(Guid shiftId, ShiftSpec spec, ShiftOrigin origin)
    {
        if (Find(shiftId) is not null)
        {
            return Error.Conflict("roster.shift_exists", "That shift is already in this roster week.");
        }

        if (!Contains(spec.Date))
        {
            return OutsideWeek(spec.Date);
        }

        var restored = RosterShift.Create(Id, spec, origin, shiftId);
        if (restored.IsSuccess)
        {
            shifts.Add(restored.Value!);
        }

        return restored;
    }

    public Result<RosterShift> Change(Guid shiftId, ShiftSpec spec)
    {
        if (Find(shiftId) is not { } shift)
        {
            return Error.NotFound("roster.shift_not_found", "That shift is not in this roster week.");
        }

        if (!Contains(spec.Date))
        {
            return OutsideWeek(spec.Date);
        }

        var valid = RosterShift.Validate(spec);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        shift.Apply(spec);
        shift.MarkOrigin(ShiftOrigin.Manual);
        return shift;
    }

    public Result<RosterShift> Remove(Guid shiftId)
    {
        if (Find(shiftId) is not { } shift)
        {
            return Error.NotFound("roster.shift_not_found", "That shift is not in this roster week.");
        }

        shifts.Remove(shift);
        return shift;
    }

    /// <summary>Marks the week published and returns the new version number.</summary>
    public int Publish(Instant at)
    {
        Status = RosterStatus.Published;
        FirstPublishedAt ??= at;
        PublishedVersion++;
        return PublishedVersion;
    }

    /// <summary>A change to a published week is a new version: returns its number, or null while the week is a draft.</summary>
    public int? NextPublishedVersion()
    {
        if (!IsPublished)
        {
            return null;
        }

        PublishedVersion++;
        return PublishedVersion;
    }

    private static Error OutsideWeek(LocalDate date) =>
        new("roster.date_outside_week", $"{date:uuuu-MM-dd} is not in this roster week.");
}
