using BackOffice.Scheduling.Rostering.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Scheduling.Rostering.Persistence;

// Rostering tables. SchedulingDbContext applies every IEntityTypeConfiguration of the module, so a new table needs only its own class here.
internal sealed class RosterWeekConfiguration : IEntityTypeConfiguration<RosterWeek>
{
    public void Configure(EntityTypeBuilder<RosterWeek> e)
    {
        e.ToTable("sched_roster_weeks");
        e.HasKey(w => w.Id);
        e.HasIndex(w => new { w.TeamId, w.WeekStart }).IsUnique();
        e.HasIndex(w => new { w.SiteId, w.WeekStart });
        e.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        e.HasMany(w => w.Shifts).WithOne().HasForeignKey(s => s.RosterWeekId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(w => w.Shifts).HasField("shifts").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.Ignore(w => w.WeekEnd);
        e.Ignore(w => w.IsPublished);
    }
}

internal sealed class RosterShiftConfiguration : IEntityTypeConfiguration<RosterShift>
{
    public void Configure(EntityTypeBuilder<RosterShift> e)
    {
        e.ToTable("sched_roster_shifts");
        e.HasKey(s => s.Id);

        // The domain sets ids (a restored shift keeps its old one): a new shift found through a tracked week must be inserted, not updated.
        e.Property(s => s.Id).ValueGeneratedNever();
        e.HasIndex(s => new { s.EmployeeId, s.Date });
        e.Property(s => s.Breaks).HasMaxLength(200);
        e.Property(s => s.Origin).HasConversion<string>().HasMaxLength(20);
        e.Ignore(s => s.BreakList);
        e.Ignore(s => s.UnpaidMinutes);
        e.Ignore(s => s.PaidMinutes);
        e.Ignore(s => s.LocalStart);
    }
}

internal sealed class RosterVersionConfiguration : IEntityTypeConfiguration<RosterVersion>
{
    public void Configure(EntityTypeBuilder<RosterVersion> e)
    {
        e.ToTable("sched_roster_versions");
        e.HasKey(v => v.Id);
        e.HasIndex(v => new { v.RosterWeekId, v.Number }).IsUnique();
        e.Property(v => v.PublishedBy).HasMaxLength(200);
        e.Property(v => v.Reason).HasMaxLength(500);
    }
}

internal sealed class RosterChangeConfiguration : IEntityTypeConfiguration<RosterChange>
{
    public void Configure(EntityTypeBuilder<RosterChange> e)
    {
        e.ToTable("sched_roster_changes");
        e.HasKey(c => c.Id);
        e.HasIndex(c => new { c.RosterWeekId, c.At });
        e.Property(c => c.By).HasMaxLength(200);
        e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(c => c.Summary).HasMaxLength(1000);
        e.Property(c => c.Reason).HasMaxLength(500);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.ToTable("sched_notifications");
        e.HasKey(n => n.Id);
        e.HasIndex(n => new { n.EmployeeId, n.CreatedAt });
        e.Property(n => n.Kind).HasMaxLength(40);
        e.Property(n => n.Text).HasMaxLength(1000);
        e.Property(n => n.Link).HasMaxLength(300);
    }
}

internal sealed class SiteSchedulingRulesConfiguration : IEntityTypeConfiguration<SiteSchedulingRules>
{
    public void Configure(EntityTypeBuilder<SiteSchedulingRules> e)
    {
        e.ToTable("sched_site_rules");
        e.HasKey(r => r.SiteId);
    }
}

internal sealed class ShiftTemplateConfiguration : IEntityTypeConfiguration<ShiftTemplateDefinition>
{
    public void Configure(EntityTypeBuilder<ShiftTemplateDefinition> e)
    {
        e.ToTable("sched_shift_templates");
        e.HasKey(t => t.Id);
        e.HasIndex(t => new { t.SiteId, t.Name }).IsUnique();
        e.Property(t => t.Name).HasMaxLength(100);
        e.Property(t => t.Queue).HasMaxLength(100);
        e.Property(t => t.PaidLengths).HasMaxLength(200);
        e.Ignore(t => t.PaidLengthList);
    }
}

internal sealed class TeamQueueConfiguration : IEntityTypeConfiguration<TeamQueueAssignment>
{
    public void Configure(EntityTypeBuilder<TeamQueueAssignment> e)
    {
        e.ToTable("sched_team_queues");
        e.HasKey(t => t.TeamId);
        e.Property(t => t.Queue).HasMaxLength(100);
    }
}

internal sealed class AvailabilityWindowConfiguration : IEntityTypeConfiguration<AvailabilityWindowRow>
{
    public void Configure(EntityTypeBuilder<AvailabilityWindowRow> e)
    {
        e.ToTable("sched_availability");
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.EmployeeId);
        e.Property(a => a.Day).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class AgentPreferenceConfiguration : IEntityTypeConfiguration<AgentPreferenceRow>
{
    public void Configure(EntityTypeBuilder<AgentPreferenceRow> e)
    {
        e.ToTable("sched_preferences");
        e.HasKey(p => p.Id);
        e.HasIndex(p => p.EmployeeId);
        e.Property(p => p.Day).HasConversion<string>().HasMaxLength(10);
    }
}

internal sealed class AgentDayBlockConfiguration : IEntityTypeConfiguration<AgentDayBlock>
{
    public void Configure(EntityTypeBuilder<AgentDayBlock> e)
    {
        e.ToTable("sched_day_blocks");
        e.HasKey(b => new { b.EmployeeId, b.Date });
        e.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(b => b.Note).HasMaxLength(300);
    }
}
