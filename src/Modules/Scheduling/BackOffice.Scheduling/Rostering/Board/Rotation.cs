using BackOffice.Infrastructure.Auditing;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Board;

/// <summary>
/// A saved schedule template ("rotation") of a team: a week's shifts by agent and weekday, applied to later weeks by hand.
/// Shifts are stored by day offset (0 = Monday) so the rotation is independent of the week it came from.
/// </summary>
internal sealed class Rotation : IAuditable
{
    private readonly List<RotationShift> shifts = [];

    private Rotation()
    {
    }

    public Guid Id { get; private set; }

    public TeamId TeamId { get; private set; }

    public string Name { get; private set; } = "";

    public Instant CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public IReadOnlyList<RotationShift> Shifts => shifts;

    public static Result<Rotation> Create(TeamId team, string? name, Instant at, string by, IEnumerable<RotationShift> shifts)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 100)
        {
            return new Error("rotation.invalid_name", "A rotation needs a name of 1–100 characters.");
        }

        var rotation = new Rotation { Id = Guid.NewGuid(), TeamId = team, Name = trimmed, CreatedAt = at, CreatedBy = by };
        rotation.shifts.AddRange(shifts.Select(s => RotationShift.Create(rotation.Id, s)));
        return rotation;
    }
}

/// <summary>One shift of a rotation: an agent, a weekday, and the shift's times and breaks.</summary>
internal sealed class RotationShift
{
    private RotationShift()
    {
    }

    public Guid Id { get; private set; }

    public Guid RotationId { get; private set; }

    public EmployeeId EmployeeId { get; private set; }

    /// <summary>0 = Monday … 6 = Sunday.</summary>
    public int DayOffset { get; private set; }

    public LocalTime Start { get; private set; }

    public int SpanMinutes { get; private set; }

    /// <summary>As <see cref="Domain.ShiftBreak.Format"/> stores them.</summary>
    public string Breaks { get; private set; } = "";

    public static RotationShift From(Domain.RosterShift shift, LocalDate weekStart) => new()
    {
        Id = Guid.NewGuid(),
        EmployeeId = shift.EmployeeId,
        DayOffset = Period.DaysBetween(weekStart, shift.Date),
        Start = shift.Start,
        SpanMinutes = shift.SpanMinutes,
        Breaks = shift.Breaks,
    };

    public static RotationShift Create(Guid rotationId, RotationShift shift) => new()
    {
        Id = shift.Id,
        RotationId = rotationId,
        EmployeeId = shift.EmployeeId,
        DayOffset = shift.DayOffset,
        Start = shift.Start,
        SpanMinutes = shift.SpanMinutes,
        Breaks = shift.Breaks,
    };
}

internal sealed class RotationConfiguration : IEntityTypeConfiguration<Rotation>
{
    public void Configure(EntityTypeBuilder<Rotation> e)
    {
        e.ToTable("sched_rotations");
        e.HasKey(r => r.Id);
        e.HasIndex(r => new { r.TeamId, r.Name }).IsUnique();
        e.Property(r => r.Name).HasMaxLength(100);
        e.Property(r => r.CreatedBy).HasMaxLength(200);
        e.HasMany(r => r.Shifts).WithOne().HasForeignKey(s => s.RotationId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(r => r.Shifts).HasField("shifts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RotationShiftConfiguration : IEntityTypeConfiguration<RotationShift>
{
    public void Configure(EntityTypeBuilder<RotationShift> e)
    {
        e.ToTable("sched_rotation_shifts");
        e.HasKey(s => s.Id);
        e.Property(s => s.Breaks).HasMaxLength(200);
    }
}
