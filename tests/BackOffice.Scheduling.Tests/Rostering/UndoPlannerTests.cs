using BackOffice.Scheduling.Rostering.Board;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using NodaTime;
using static BackOffice.Scheduling.Tests.Rostering.RuleFixture;

namespace BackOffice.Scheduling.Tests.Rostering;

public sealed class UndoPlannerTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 23, 12, 0);

    private static RosterWeek NewWeek() => RosterWeek.Create(new TeamId(Guid.NewGuid()), new SiteId(Guid.NewGuid()), Monday).Value!;

    private static ShiftSpec Spec(int day, int hour) => new(Agent, Monday.PlusDays(day), new LocalTime(hour, 0), 480, []);

    private static RosterChange Change(RosterWeek week, RosterChangeKind kind, RosterShift? before, RosterShift? after, long id)
    {
        var change = RosterChange.Record(week.Id, At, "tester", kind, kind.ToString(), null, null, (before ?? after)!.Id, Agent, before, after);
        typeof(RosterChange).GetProperty(nameof(RosterChange.Id))!.SetValue(change, id);
        return change;
    }

    [Fact]
    public void Undoable_WhenAnUndoFollowsTwoEdits_LeavesOnlyTheFirst()
    {
        var week = NewWeek();
        var shift = week.Add(Spec(0, 9), ShiftOrigin.Manual).Value!;
        var added = Change(week, RosterChangeKind.Added, null, shift, 1);
        var changed = Change(week, RosterChangeKind.Changed, shift, shift, 2);
        var undone = Change(week, RosterChangeKind.Undone, shift, shift, 3);

        UndoPlanner.Undoable([undone, changed, added]).Should().Equal(added);
    }

    [Fact]
    public void Undoable_WhenTheWeekWasRegenerated_ForgetsEarlierEdits()
    {
        var week = NewWeek();
        var shift = week.Add(Spec(0, 9), ShiftOrigin.Manual).Value!;
        var generated = RosterChange.Record(week.Id, At, "tester", RosterChangeKind.Generated, "generated", null, null);
        typeof(RosterChange).GetProperty(nameof(RosterChange.Id))!.SetValue(generated, 2L);

        UndoPlanner.Undoable([Change(week, RosterChangeKind.Added, null, shift, 1), generated]).Should().BeEmpty();
    }

    [Fact]
    public void Plan_WhenTheChangedShiftIsStillAsTheEditLeftIt_RestoresTheEarlierValues()
    {
        var week = NewWeek();
        var shift = week.Add(Spec(0, 9), ShiftOrigin.Manual).Value!;
        var before = shift.DetachedCopy();
        week.Change(shift.Id, Spec(2, 13));
        var change = Change(week, RosterChangeKind.Changed, before, shift, 1);

        var step = UndoPlanner.Plan(change, week);

        step.Value!.Action.Should().Be(UndoAction.Restore);
        step.Value.Target!.ToSpec().Should().BeEquivalentTo(Spec(0, 9));
    }

    [Fact]
    public void Plan_WhenTheShiftChangedAgainSince_IsAConflict()
    {
        var week = NewWeek();
        var shift = week.Add(Spec(0, 9), ShiftOrigin.Manual).Value!;
        var before = shift.DetachedCopy();
        week.Change(shift.Id, Spec(2, 13));
        var change = Change(week, RosterChangeKind.Changed, before, shift, 1);
        week.Change(shift.Id, Spec(3, 7)); // e.g. a swap, recorded under another kind

        var step = UndoPlanner.Plan(change, week);

        step.IsSuccess.Should().BeFalse();
        step.Error!.Kind.Should().Be(ErrorKind.Conflict);
        step.Error.Message.Should().Contain("changed since");
    }

    [Fact]
    public void Plan_WhenARemovedShiftIsStillGone_RecreatesItUnderItsOldId()
    {
        var week = NewWeek();
        var shift = week.Add(Spec(1, 9), ShiftOrigin.Manual).Value!;
        var before = shift.DetachedCopy();
        week.Remove(shift.Id);

        var step = UndoPlanner.Plan(Change(week, RosterChangeKind.Removed, before, null, 1), week);

        step.Value!.Should().Match<UndoStep>(s => s.Action == UndoAction.Recreate && s.ShiftId == shift.Id);
    }
}
