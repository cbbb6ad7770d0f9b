using System.Globalization;
using System.Security.Claims;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Rules;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Rostering.Board;

/// <summary>
/// The board's edits. Each one opens the week, pins the version the client read, applies one domain change, records it
/// in the journal and saves; the answer is the re-validated week. Rule violations never block an edit: they are
/// saved with it and shown on the board, because the scheduler may have a reason the rules do not know.
/// </summary>
internal sealed class RosterBoard(
    SchedulingDbContext db, RosterWorkspace workspace, RosterViewBuilder views, IEmployeeDirectory directory, ICurrentActor actor, IClock clock) : IRosterBoard
{
    /// <summary>How far back the undo stack is read; the board promises at least the last 20 edits.</summary>
    private const int UndoWindow = 200;

    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public async Task<IReadOnlyList<BoardTeam>> TeamsAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await directory.TeamsAsync(cancellationToken).ConfigureAwait(false))
            .Where(t => RosterAccess.SeesTeam(user, t))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => new BoardTeam(t.Id, t.Name, t.SiteId))
            .ToList();

    public Task<Result<BoardEditResult>> AddShiftAsync(TeamId team, LocalDate weekStart, ShiftEdit edit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return EditAsync(team, weekStart, edit.Version, user, create: true, async (session, journal) =>
        {
            var parsed = Parse(edit, session);
            if (!parsed.IsSuccess)
            {
                return parsed.Error!;
            }

            var (employee, date, start) = parsed.Value;
            var breaks = BreakPlanner.Plan(await TemplateForAsync(session, edit.PaidMinutes, cancellationToken).ConfigureAwait(false), edit.PaidMinutes);
            var spec = new ShiftSpec(employee, date, start, edit.PaidMinutes + breaks.Where(b => !b.Paid).Sum(b => b.Minutes), breaks, edit.Locked ?? false);
            var added = session.Week.Add(spec, ShiftOrigin.Manual);
            if (!added.IsSuccess)
            {
                return added.Error!;
            }

            var shift = added.Value!;
            db.Add(shift);
            var summary = $"Added {Name(session, employee)}'s shift {Describe(shift)}";
            journal.ShiftChanged(session.Week, RosterChangeKind.Added, summary, null, employee, shift.Id, null, shift);
            return new Applied(shift.Id, summary, []);
        }, cancellationToken);
    }

    public Task<Result<BoardEditResult>> ChangeShiftAsync(TeamId team, LocalDate weekStart, Guid shiftId, ShiftEdit edit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return EditAsync(team, weekStart, edit.Version, user, create: false, async (session, journal) =>
        {
            if (session.Week.Find(shiftId) is not { } shift)
            {
                return ShiftNotFound();
            }

            var parsed = Parse(edit, session, keepAgent: shift.EmployeeId);
            if (!parsed.IsSuccess)
            {
                return parsed.Error!;
            }

            var (employee, date, start) = parsed.Value;
            var before = shift.DetachedCopy();

            // A move keeps the breaks where they were in the shift; a new length needs them placed again.
            var breaks = edit.PaidMinutes == shift.PaidMinutes
                ? shift.BreakList
                : BreakPlanner.Plan(await TemplateForAsync(session, edit.PaidMinutes, cancellationToken).ConfigureAwait(false), edit.PaidMinutes);
            var spec = new ShiftSpec(employee, date, start, edit.PaidMinutes + breaks.Where(b => !b.Paid).Sum(b => b.Minutes), breaks, edit.Locked ?? shift.Locked);
            var changed = session.Week.Change(shiftId, spec);
            if (!changed.IsSuccess)
            {
                return changed.Error!;
            }

            var summary = DescribeChange(session, before, shift);
            journal.ShiftChanged(session.Week, RosterChangeKind.Changed, summary, null, employee, shift.Id, before, shift, before.EmployeeId);
            return new Applied(shift.Id, summary, []);
        }, cancellationToken);
    }

    public Task<Result<BoardEditResult>> DeleteShiftAsync(TeamId team, LocalDate weekStart, Guid shiftId, uint version, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        EditAsync(team, weekStart, version, user, create: false, (session, journal) =>
        {
            if (session.Week.Find(shiftId) is not { } shift)
            {
                return Task.FromResult<Result<Applied>>(ShiftNotFound());
            }

            var before = shift.DetachedCopy();
            session.Week.Remove(shiftId);
            var summary = $"Deleted {Name(session, before.EmployeeId)}'s shift {Describe(before)}";
            journal.ShiftChanged(session.Week, RosterChangeKind.Removed, summary, null, before.EmployeeId, shiftId, before, null);
            return Task.FromResult<Result<Applied>>(new Applied(null, summary, []));
        }, cancellationToken);

    public Task<Result<BoardEditResult>> UndoAsync(TeamId team, LocalDate weekStart, uint version, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        EditAsync(team, weekStart, version, user, create: false, async (session, journal) =>
        {
            var undoable = session.IsNew ? [] : UndoPlanner.Undoable(await LogAsync(session.Week.Id, cancellationToken).ConfigureAwait(false));
            if (undoable.Count == 0)
            {
                return Error.Conflict("roster.nothing_to_undo", "There is no edit of this week left to undo.");
            }

            var change = undoable[0];
            var planned = UndoPlanner.Plan(change, session.Week);
            if (!planned.IsSuccess)
            {
                return planned.Error!;
            }

            var step = planned.Value!;
            var summary = $"Undid: {change.Summary}";
            var week = session.Week;
            switch (step.Action)
            {
                case UndoAction.Remove:
                {
                    var before = week.Find(step.ShiftId)!.DetachedCopy();
                    week.Remove(step.ShiftId);
                    journal.ShiftChanged(week, RosterChangeKind.Undone, summary, null, before.EmployeeId, step.ShiftId, before, null);
                    return new Applied(null, summary, []);
                }

                case UndoAction.Restore:
                {
                    var shift = week.Find(step.ShiftId)!;
                    var before = shift.DetachedCopy();
                    var restored = week.Change(step.ShiftId, step.Target!.ToSpec());
                    if (!restored.IsSuccess)
                    {
                        return restored.Error!;
                    }

                    journal.ShiftChanged(week, RosterChangeKind.Undone, summary, null, shift.EmployeeId, shift.Id, before, shift, before.EmployeeId);
                    return new Applied(shift.Id, summary, []);
                }

                default:
                {
                    var recreated = week.Restore(step.ShiftId, step.Target!.ToSpec(), ShiftOrigin.Manual);
                    if (!recreated.IsSuccess)
                    {
                        return recreated.Error!;
                    }

                    var shift = recreated.Value!;
                    db.Add(shift);
                    journal.ShiftChanged(week, RosterChangeKind.Undone, summary, null, shift.EmployeeId, shift.Id, null, shift);
                    return new Applied(shift.Id, summary, []);
                }
            }
        }, cancellationToken);

    public async Task<Result<IReadOnlyList<UndoableEdit>>> UndoableAsync(TeamId team, LocalDate weekStart, int limit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var opened = await workspace.OpenForAsync(user, team, weekStart, create: false, cancellationToken).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        if (opened.Value!.IsNew)
        {
            return Array.Empty<UndoableEdit>();
        }

        var log = await LogAsync(opened.Value.Week.Id, cancellationToken).ConfigureAwait(false);
        return UndoPlanner.Undoable(log).Take(Math.Clamp(limit, 1, UndoWindow))
            .Select(c => new UndoableEdit(c.Id, c.At, c.By, c.Kind.ToString(), c.Summary)).ToList();
    }

    public Task<Result<BoardEditResult>> CopyPreviousWeekAsync(TeamId team, LocalDate weekStart, uint version, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        EditAsync(team, weekStart, version, user, create: true, async (session, journal) =>
        {
            var previousStart = session.Week.WeekStart.PlusDays(-7);
            var previous = await db.Set<RosterShift>().AsNoTracking()
                .Where(s => db.Set<RosterWeek>().Any(w => w.Id == s.RosterWeekId && w.TeamId == session.Week.TeamId && w.WeekStart == previousStart))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (previous.Count == 0)
            {
                return new Error("roster.nothing_to_copy", $"The week of {previousStart:uuuu-MM-dd} has no shifts to copy.");
            }

            var placed = Place(session, previous.Select(s => (s.EmployeeId, (int)Period.DaysBetween(previousStart, s.Date), s.Start, s.SpanMinutes, s.Breaks)), ShiftOrigin.Copied, out var skipped);
            var summary = string.Create(CultureInfo.InvariantCulture, $"Copied {placed} shift(s) from the week of {previousStart:uuuu-MM-dd}; skipped {skipped.Count}");
            journal.WeekChanged(session.Week, RosterChangeKind.Copied, summary, null, session.Week.Shifts.Where(s => s.Origin == ShiftOrigin.Copied).Select(s => s.EmployeeId));
            return new Applied(null, summary, skipped);
        }, cancellationToken);

    public async Task<Result<IReadOnlyList<RotationView>>> RotationsAsync(TeamId team, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await SeesTeamAsync(team, user, cancellationToken).ConfigureAwait(false))
        {
            return RosterAccess.TeamNotFound(team);
        }

        var rotations = await db.Set<Rotation>().AsNoTracking().Include(r => r.Shifts).Where(r => r.TeamId == team)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rotations.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(ToView).ToList();
    }

    public async Task<Result<RotationView>> SaveRotationAsync(TeamId team, LocalDate weekStart, string name, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!RosterAccess.Manages(user))
        {
            return NotAllowed();
        }

        var opened = await workspace.OpenForAsync(user, team, weekStart, create: false, cancellationToken).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var week = opened.Value!.Week;
        if (week.Shifts.Count == 0)
        {
            return new Error("rotation.empty_week", $"The week of {weekStart:uuuu-MM-dd} has no shifts to save as a rotation.");
        }

        var created = Rotation.Create(team, name, clock.GetCurrentInstant(), ActorName(user), week.Shifts.Select(s => RotationShift.From(s, week.WeekStart)));
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var rotation = created.Value!;
        var existing = await db.Set<Rotation>().FirstOrDefaultAsync(r => r.TeamId == team && r.Name == rotation.Name, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            db.Remove(existing);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        db.Add(rotation);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToView(rotation);
    }

    public Task<Result<BoardEditResult>> ApplyRotationAsync(TeamId team, Guid rotationId, LocalDate weekStart, uint version, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        EditAsync(team, weekStart, version, user, create: true, async (session, journal) =>
        {
            var rotation = await db.Set<Rotation>().AsNoTracking().Include(r => r.Shifts)
                .FirstOrDefaultAsync(r => r.Id == rotationId && r.TeamId == team, cancellationToken).ConfigureAwait(false);
            if (rotation is null)
            {
                return Error.NotFound("rotation.not_found", "That rotation does not exist for this team.");
            }

            var placed = Place(session, rotation.Shifts.Select(s => (s.EmployeeId, s.DayOffset, s.Start, s.SpanMinutes, s.Breaks)), ShiftOrigin.Template, out var skipped);
            var summary = string.Create(CultureInfo.InvariantCulture, $"Applied rotation \"{rotation.Name}\": {placed} shift(s) placed, {skipped.Count} skipped");
            journal.WeekChanged(session.Week, RosterChangeKind.TemplateApplied, summary, null, session.Week.Shifts.Where(s => s.Origin == ShiftOrigin.Template).Select(s => s.EmployeeId));
            return new Applied(null, summary, skipped);
        }, cancellationToken);

    public async Task<Result> DeleteRotationAsync(TeamId team, Guid rotationId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!RosterAccess.Manages(user))
        {
            return NotAllowed();
        }

        var rotation = await db.Set<Rotation>().FirstOrDefaultAsync(r => r.Id == rotationId && r.TeamId == team, cancellationToken).ConfigureAwait(false);
        if (rotation is null)
        {
            return Error.NotFound("rotation.not_found", "That rotation does not exist for this team.");
        }

        db.Remove(rotation);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Success();
    }

    private async Task<Result<BoardEditResult>> EditAsync(TeamId team, LocalDate weekStart, uint version, ClaimsPrincipal user, bool create,
        Func<RosterSession, RosterJournal, Task<Result<Applied>>> apply, CancellationToken ct)
    {
        if (!RosterAccess.Manages(user))
        {
            return NotAllowed();
        }

        var opened = await workspace.OpenForAsync(user, team, weekStart, create, ct).ConfigureAwait(false);
        if (!opened.IsSuccess)
        {
            return opened.Error!;
        }

        var session = opened.Value!;
        workspace.ExpectVersion(session, version);
        var journal = new RosterJournal(db, new PrincipalActor(user, actor), clock);
        var applied = await apply(session, journal).ConfigureAwait(false);
        if (!applied.IsSuccess)
        {
            return applied.Error!;
        }

        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        catch (DbUpdateException) when (session.IsNew)
        {
            // Someone else created the week between our read and our save (the team/week index is unique).
            return Stale();
        }

        var view = await views.BuildAsync(session, ct).ConfigureAwait(false);
        var result = applied.Value!;
        return new BoardEditResult(view with { Id = session.Week.Id }, result.ShiftId, result.Message, result.Skipped);
    }

    /// <summary>Adds shifts by weekday offset for agents still in the team, skipping blocked days and days the agent already works.</summary>
    private static int Place(RosterSession session, IEnumerable<(EmployeeId Employee, int Offset, LocalTime Start, int Span, string Breaks)> source, ShiftOrigin origin, out List<string> skipped)
    {
        skipped = [];
        var placed = 0;
        foreach (var (employee, offset, start, span, breaks) in source.OrderBy(s => s.Offset).ThenBy(s => s.Start))
        {
            var date = session.Week.WeekStart.PlusDays(offset);
            var who = Name(session, employee);
            if (!IsTeamAgent(session, employee))
            {
                skipped.Add($"{who} {RuleText.Day(date)}: no longer in the team.");
            }
            else if (session.Profile(employee)?.BlockedDays.TryGetValue(date, out var kind) == true)
            {
                skipped.Add($"{who} {RuleText.Day(date)}: {(kind == DayBlockKind.TimeOff ? "approved time off" : "unavailable")}.");
            }
            else if (session.Week.Shifts.Any(s => s.EmployeeId == employee && s.Date == date))
            {
                skipped.Add($"{who} {RuleText.Day(date)}: already has a shift that day.");
            }
            else if (session.Week.Add(new ShiftSpec(employee, date, start, span, ShiftBreak.Parse(breaks)), origin) is { IsSuccess: false } failed)
            {
                skipped.Add($"{who} {RuleText.Day(date)}: {failed.Error!.Message}");
            }
            else
            {
                placed++;
            }
        }

        return placed;
    }

    private static Result<(EmployeeId Employee, LocalDate Date, LocalTime Start)> Parse(ShiftEdit edit, RosterSession session, EmployeeId? keepAgent = null)
    {
        if (LocalDatePattern.Iso.Parse(edit.Date ?? "") is not { Success: true } date)
        {
            return new Error("roster.invalid_date", $"'{edit.Date}' is not a date in the form yyyy-MM-dd.");
        }

        if (TimePattern.Parse(edit.Start ?? "") is not { Success: true } start)
        {
            return new Error("roster.invalid_start", $"'{edit.Start}' is not a start time in the form HH:mm.");
        }

        if (edit.PaidMinutes is < 15 or > 720)
        {
            return new Error("roster.invalid_length", "A shift's paid length is between 15 minutes and 12 hours.");
        }

        var employee = new EmployeeId(edit.EmployeeId);
        if (employee != keepAgent && !IsTeamAgent(session, employee))
        {
            return new Error("roster.agent_not_in_team", $"Employee {edit.EmployeeId} is not an agent of team {session.Team.Name}.");
        }

        return (employee, date.Value, start.Value);
    }

    private static bool IsTeamAgent(RosterSession session, EmployeeId employee) =>
        session.Agents.Any(a => a.Id == employee && a.TeamId == session.Week.TeamId);

    /// <summary>The site's active template for the team's queue (or any queue) that offers this paid length; else the default break rules.</summary>
    private async Task<ShiftTemplateDefinition> TemplateForAsync(RosterSession session, int paidMinutes, CancellationToken ct)
    {
        var templates = await db.Set<ShiftTemplateDefinition>().AsNoTracking().Where(t => t.SiteId == session.Week.SiteId && t.Active)
            .ToListAsync(ct).ConfigureAwait(false);
        var queue = session.Queue?.Queue;
        return templates
            .Where(t => (t.Queue is null || t.Queue == queue) && t.PaidLengthList.Contains(paidMinutes))
            .OrderBy(t => t.Queue is null ? 1 : 0)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? DefaultBreaks;
    }

    /// <summary>No template offers the length: a 30-minute meal from 6 paid hours and a 15-minute paid break per 4 paid hours.</summary>
    private static ShiftTemplateDefinition DefaultBreaks => new()
    {
        Name = "default",
        LunchMinutes = 30,
        LunchFromPaidMinutes = 360,
        LunchEarliestAfterMinutes = 180,
        LunchLatestAfterMinutes = 300,
        PaidBreakMinutes = 15,
        PaidBreakEveryMinutes = 240,
    };

    private async Task<List<RosterChange>> LogAsync(Guid weekId, CancellationToken ct) =>
        await db.Set<RosterChange>().AsNoTracking().Where(c => c.RosterWeekId == weekId).OrderByDescending(c => c.Id).Take(UndoWindow)
            .ToListAsync(ct).ConfigureAwait(false);

    private async Task<bool> SeesTeamAsync(TeamId team, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = (await directory.TeamsAsync(ct).ConfigureAwait(false)).FirstOrDefault(t => t.Id == team.Value);
        return found is not null && RosterAccess.SeesTeam(user, found);
    }

    private string ActorName(ClaimsPrincipal user) => new PrincipalActor(user, actor).Name;

    private static RotationView ToView(Rotation r) =>
        new(r.Id, r.TeamId.Value, r.Name, r.CreatedAt, r.CreatedBy, r.Shifts.Count, r.Shifts.Select(s => s.EmployeeId).Distinct().Count());

    private static string Name(RosterSession session, EmployeeId employee) =>
        session.Profile(employee)?.Name ?? session.Agents.FirstOrDefault(a => a.Id == employee)?.DisplayName ?? employee.Value.ToString();

    internal static string Describe(RosterShift shift) =>
        $"{RuleText.Day(shift.Date)} {shift.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{shift.Start.PlusMinutes(shift.SpanMinutes).ToString("HH:mm", CultureInfo.InvariantCulture)} ({RuleText.Hours(shift.PaidMinutes)} paid){(shift.Locked ? ", locked" : "")}";

    private static string DescribeChange(RosterSession session, RosterShift before, RosterShift after)
    {
        var who = before.EmployeeId == after.EmployeeId
            ? Name(session, after.EmployeeId) + "'s"
            : $"{Name(session, before.EmployeeId)}'s → {Name(session, after.EmployeeId)}'s";
        var onlyLock = before.EmployeeId == after.EmployeeId && before.Date == after.Date && before.Start == after.Start
            && before.SpanMinutes == after.SpanMinutes && before.Locked != after.Locked;
        if (onlyLock)
        {
            return $"{(after.Locked ? "Locked" : "Unlocked")} {who} shift {Describe(after)}";
        }

        return $"Changed {who} shift {Describe(before)} → {Describe(after)}";
    }

    private static Error ShiftNotFound() => Error.NotFound("roster.shift_not_found", "That shift is not in this roster week (it may have been deleted: reload the board).");

    private static Error Stale() => Error.Conflict("roster.stale_version",
        "Someone changed this roster week after you loaded it. Reload the board to see their changes, then edit again.");

    private static Error NotAllowed() => Error.Forbidden("roster.edit_forbidden", "Only admins and schedulers edit rosters.");

    private sealed record Applied(Guid? ShiftId, string Message, IReadOnlyList<string> Skipped);

    /// <summary>
    /// The journal's author is the user the board acts for: on an interactive page there is no HTTP request to read
    /// them from, so the host's actor alone would record "system".
    /// </summary>
    private sealed class PrincipalActor(ClaimsPrincipal user, ICurrentActor fallback) : ICurrentActor
    {
        public string Name
        {
            get
            {
                if (user.Identity?.IsAuthenticated != true)
                {
                    return fallback.Name;
                }

                var name = user.FindFirst("name")?.Value ?? user.Identity.Name ?? fallback.Name;
                var subject = user.FindFirst("sub")?.Value;
                return subject is null || subject == name ? name : $"{name} ({subject})";
            }
        }
    }
}
