using BackOffice.SharedKernel;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Domain;

/// <summary>Where a shift came from: the board shows it, and re-generation treats manual work with care.</summary>
internal enum ShiftOrigin
{
    Generated,
    Manual,
    Copied,
    Template,
    Swap,
}

/// <summary>
/// One scheduled shift of one agent, in the site's local time. <see cref="SpanMinutes"/> is elapsed time from the start
/// instant, so a shift that crosses a DST change still lasts what it says; the local end is read through the site's zone.
/// </summary>
internal sealed class RosterShift
{
    public const int MaxSpanMinutes = 16 * 60;

    private RosterShift()
    {
    }

    public Guid Id { get; private set; }

    public Guid RosterWeekId { get; private set; }

    public EmployeeId EmployeeId { get; private set; }

    public LocalDate Date { get; private set; }

    public LocalTime Start { get; private set; }

    public int SpanMinutes { get; private set; }

    /// <summary>Breaks in the stored form of <see cref="ShiftBreak.Format"/>.</summary>
    public string Breaks { get; private set; } = "";

    /// <summary>A locked shift survives re-generation unchanged ("minimal change").</summary>
    public bool Locked { get; private set; }

    public ShiftOrigin Origin { get; private set; }

    public IReadOnlyList<ShiftBreak> BreakList => ShiftBreak.Parse(Breaks);

    public int UnpaidMinutes => BreakList.Where(b => !b.Paid).Sum(b => b.Minutes);

    public int PaidMinutes => SpanMinutes - UnpaidMinutes;

    public LocalDateTime LocalStart => Date + Start;

    /// <param name="id">An existing identity, when a deleted shift is brought back (undo) so log entries, swaps and calendar UIDs still point at it.</param>
    public static Result<RosterShift> Create(Guid rosterWeekId, ShiftSpec spec, ShiftOrigin origin, Guid? id = null)
    {
        var valid = Validate(spec);
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        return new RosterShift
        {
            Id = id ?? Guid.NewGuid(),
            RosterWeekId = rosterWeekId,
            EmployeeId = spec.Employee,
            Date = spec.Date,
            Start = spec.Start,
            SpanMinutes = spec.SpanMinutes,
            Breaks = ShiftBreak.Format(spec.Breaks),
            Locked = spec.Locked,
            Origin = origin,
        };
    }

    public Instant StartInstant(DateTimeZone zone) => LocalStart.InZoneLeniently(zone).ToInstant();

    public Instant EndInstant(DateTimeZone zone) => StartInstant(zone).Plus(Duration.FromMinutes(SpanMinutes));

    /// <summary>A detached copy with the same identity: the "before" of a change record, taken before the live shift changes.</summary>
    public RosterShift DetachedCopy() => new()
    {
        Id = Id,
        RosterWeekId = RosterWeekId,
        EmployeeId = EmployeeId,
        Date = Date,
        Start = Start,
        SpanMinutes = SpanMinutes,
        Breaks = Breaks,
        Locked = Locked,
        Origin = Origin,
    };

    public ShiftSpec ToSpec() => new(EmployeeId, Date, Start, SpanMinutes, BreakList, Locked);

    internal void Apply(ShiftSpec spec)
    {
        EmployeeId = spec.Employee;
        Date = spec.Date;
        Start = spec.Start;
        SpanMinutes = spec.SpanMinutes;
        Breaks = ShiftBreak.Format(spec.Breaks);
        Locked = spec.Locked;
    }

    internal void MarkOrigin(ShiftOrigin origin) => Origin = origin;

    internal static Result Validate(ShiftSpec spec)
    {
        if (spec.SpanMinutes <= 0 || spec.SpanMinutes > MaxSpanMinutes)
        {
            return new Error("roster.invalid_length", $"A shift lasts between 1 minute and {MaxSpanMinutes / 60} hours.");
        }

        return ShiftBreak.Validate(spec.Breaks, spec.SpanMinutes);
    }
}

/// <summary>What a shift is, independent of its identity: used for edits, generation, copies and snapshots.</summary>
internal sealed record ShiftSpec(EmployeeId Employee, LocalDate Date, LocalTime Start, int SpanMinutes, IReadOnlyList<ShiftBreak> Breaks, bool Locked = false)
{
    public int UnpaidMinutes => Breaks.Where(b => !b.Paid).Sum(b => b.Minutes);

    public int PaidMinutes => SpanMinutes - UnpaidMinutes;

    public LocalDateTime LocalStart => Date + Start;
}
