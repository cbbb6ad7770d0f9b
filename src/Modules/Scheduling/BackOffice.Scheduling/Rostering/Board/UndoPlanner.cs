using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;

namespace BackOffice.Scheduling.Rostering.Board;

/// <summary>
/// Which edit Undo reverts, and how. The log of a week is read as a stack: every board edit (added, changed, removed)
/// is pushed, every undo pops the newest one left, and a generation clears it (the week was rebuilt, so older edits
/// have no meaningful inverse). Reverting needs the shift to be exactly as the edit left it; otherwise the undo
/// would overwrite someone's later work, so it is refused as a conflict.
/// </summary>
internal static class UndoPlanner
{
    /// <summary>The edits Undo can still revert, newest first.</summary>
    public static IReadOnlyList<RosterChange> Undoable(IEnumerable<RosterChange> log)
    {
        var stack = new List<RosterChange>();
        foreach (var change in log.OrderBy(c => c.Id))
        {
            switch (change.Kind)
            {
                case RosterChangeKind.Added or RosterChangeKind.Changed or RosterChangeKind.Removed when change.ShiftId is not null:
                    stack.Add(change);
                    break;
                case RosterChangeKind.Undone when stack.Count > 0:
                    stack.RemoveAt(stack.Count - 1);
                    break;
                case RosterChangeKind.Generated:
                    stack.Clear();
                    break;
                default:
                    break;
            }
        }

        stack.Reverse();
        return stack;
    }

    /// <summary>The inverse of <paramref name="change"/> on the week as it is now, or a conflict when the shift moved on since.</summary>
    public static Result<UndoStep> Plan(RosterChange change, RosterWeek week)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(week);
        var before = change.Before is null ? null : RosterSnapshot.Read(change.Before).Single();
        var after = change.After is null ? null : RosterSnapshot.Read(change.After).Single();
        var current = change.ShiftId is { } id ? week.Find(id) : null;
        var conflict = Error.Conflict("roster.undo_conflict",
            $"Cannot undo \"{change.Summary}\": that shift was changed since (by another edit, a swap or a regeneration). Reload the board and edit it by hand.");
        return change.Kind switch
        {
            RosterChangeKind.Added when after is not null => current is not null && RosterSnapshot.From(current) == after
                ? new UndoStep(UndoAction.Remove, current.Id, null)
                : conflict,
            RosterChangeKind.Changed when before is not null && after is not null => current is not null && RosterSnapshot.From(current) == after
                ? new UndoStep(UndoAction.Restore, current.Id, before)
                : conflict,
            RosterChangeKind.Removed when before is not null => current is null && week.Contains(before.LocalDate)
                ? new UndoStep(UndoAction.Recreate, before.Id, before)
                : conflict,
            _ => Error.Conflict("roster.undo_unsupported", $"\"{change.Summary}\" cannot be undone from the board."),
        };
    }
}

internal enum UndoAction
{
    /// <summary>The edit added the shift: remove it.</summary>
    Remove,

    /// <summary>The edit changed the shift: put back its earlier values.</summary>
    Restore,

    /// <summary>The edit removed the shift: bring it back under its old id.</summary>
    Recreate,
}

/// <param name="Target">The earlier shift values (for Restore and Recreate).</param>
internal sealed record UndoStep(UndoAction Action, Guid ShiftId, SnapshotShift? Target);
