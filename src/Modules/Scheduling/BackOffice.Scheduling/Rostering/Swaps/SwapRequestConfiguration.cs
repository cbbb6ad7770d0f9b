using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Scheduling.Rostering.Swaps;

internal sealed class SwapRequestConfiguration : IEntityTypeConfiguration<SwapRequest>
{
    public void Configure(EntityTypeBuilder<SwapRequest> e)
    {
        e.ToTable("sched_swap_requests");
        e.HasKey(s => s.Id);
        e.HasIndex(s => new { s.TeamId, s.Status });
        e.HasIndex(s => s.RequesterId);
        e.HasIndex(s => s.ColleagueId);
        e.HasIndex(s => s.ShiftId);
        e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.Note).HasMaxLength(SwapRequest.MaxNoteLength);
        e.Property(s => s.DecisionNote).HasMaxLength(SwapRequest.MaxNoteLength);
        e.Property(s => s.FailureReason).HasMaxLength(SwapRequest.MaxNoteLength);
        e.Property(s => s.DecidedBy).HasMaxLength(200);
        e.Ignore(s => s.IsTrade);
        e.Ignore(s => s.IsOpenToTeam);
        e.Ignore(s => s.IsActive);
        e.Ignore(s => s.ExpiresAt);
    }
}
