using System.Reflection;
using BackOffice.Scheduling.Rostering.Domain;

namespace BackOffice.Scheduling.Rostering.Board;

/// <summary>
/// Keeps a shift's identity across copies and restores. The change log's "before" must be a detached copy with the
/// same id (the live shift is changed before the journal records it), and undoing a deletion must bring the shift back
/// under its old id, so earlier log entries, swaps and the agents' calendar UIDs still point at it. The core aggregate
/// gives every new shift a fresh id, so this sets the id on the copy it has just created.
/// </summary>
internal static class ShiftIdentity
{
    private static readonly PropertyInfo IdProperty = typeof(RosterShift).GetProperty(nameof(RosterShift.Id))!;

    public static RosterShift Detached(RosterShift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        var copy = RosterShift.Create(shift.RosterWeekId, shift.ToSpec(), shift.Origin).Value!;
        IdProperty.SetValue(copy, shift.Id);
        return copy;
    }

    /// <summary>Gives a shift just added to a week (not yet saved) an earlier id.</summary>
    public static void Reuse(RosterShift shift, Guid id)
    {
        ArgumentNullException.ThrowIfNull(shift);
        IdProperty.SetValue(shift, id);
    }
}
