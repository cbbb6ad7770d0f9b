using System.Globalization;
using System.Security.Claims;
using BackOffice.Identity.Contracts;
using BackOffice.Infrastructure.Auditing;
using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.Scheduling.Rostering.Rules;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Scheduling.Rostering.Swaps;

/// <summary>
/// Runs the swap workflow: load, authorize by object, call one state method, re-check rules, and on approval hand the
/// shifts over in the roster with a journal entry per week; everything of one action is saved by one SaveChanges (one
/// transaction), so a stale roster week (409) leaves nothing half-written.
/// </summary>
internal sealed class SwapService(
    SchedulingDbContext db,
    IEmployeeDirectory directory,
    RosterWorkspace workspace,
    RosterViewBuilder views,
    RosterJournal journal,
    ICurrentActor actor,
    IClock clock) : ISwapService
{
    public const string AutoApprover = "auto-approval";
    private readonly Dictionary<EmployeeId, EmployeeProfile?> people = [];

    private Instant Now => clock.GetCurrentInstant();

    private LocalDate Today => Now.InUtc().Date;

    public async Task<Result<SwapOptionsView>> OptionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = await AgentAsync(user, cancellationToken).ConfigureAwait(false);
        if (!me.IsSuccess)
        {
            return me.Error!;
        }

        var profile = me.Value!;
        if (profile.TeamId is not { } team)
        {
            return new SwapOptionsView(null, [], []);
        }

        var zone = await ZoneAsync(profile.SiteId, cancellationToken).ConfigureAwait(false);
        var now = Now;
        var from = now.InZone(zone).Date.PlusDays(-6);
        var weeks = await db.Set<RosterWeek>().Include(w => w.Shifts).AsNoTracking()
            .Where(w => w.TeamId == team && w.Status == RosterStatus.Published && w.WeekStart >= from)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var busy = (await db.Set<SwapRequest>().AsNoTracking()
            .Where(s => s.TeamId == team && (s.Status == SwapStatus.Open || s.Status == SwapStatus.Accepted || s.Status == SwapStatus.PendingApproval))
            .Select(s => new { s.ShiftId, s.ColleagueShiftId })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .SelectMany(s => new[] { s.ShiftId, s.ColleagueShiftId ?? Guid.Empty }).ToHashSet();
        var upcoming = weeks.SelectMany(w => w.Shifts.Select(s => (Week: w, Shift: s)))
            .Where(x => x.Shift.StartInstant(zone) > now && !busy.Contains(x.Shift.Id))
            .OrderBy(x => x.Shift.Date).ThenBy(x => x.Shift.Start)
            .ToList();
        var members = await directory.ListAsync(new EmployeeQuery(TeamId: team), Today, cancellationToken).ConfigureAwait(false);
        var supervisor = (await directory.TeamsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(t => t.Id == team.Value)?.SupervisorId;
        var colleagues = members.Where(m => m.Id != profile.Id && m.Id.Value != supervisor)
            .OrderBy(m => m.LastName, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.FirstName, StringComparer.OrdinalIgnoreCase)
            .Select(m => new SwapColleagueView(m.Id.Value, m.DisplayName, upcoming.Where(x => x.Shift.EmployeeId == m.Id).Select(x => ShiftView(x.Week, x.Shift, zone)).ToList()))
            .ToList();
        var mine = upcoming.Where(x => x.Shift.EmployeeId == profile.Id).Select(x => ShiftView(x.Week, x.Shift, zone)).ToList();
        return new SwapOptionsView(team.Value, mine, colleagues);
    }

    public async Task<Result<SwapView>> RequestAsync(ClaimsPrincipal user, NewSwapRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var me = await AgentAsync(user, cancellationToken).ConfigureAwait(false);
        if (!me.IsSuccess)
        {
            return me.Error!;
        }

        var profile = me.Value!;
        if (profile.TeamId is not { } team)
        {
            return new Error("swap.no_team", "You are not on a team, so there is nobody to swap with.");
        }

        var own = await SwapShiftAsync(request.ShiftId, team, cancellationToken).ConfigureAwait(false);
        if (own is null)
        {
            return Error.NotFound("swap.shift_not_found", "That shift is not one of yours.");
        }

        EmployeeId? colleague = request.ColleagueId is { } c ? new EmployeeId(c) : null;
        if (colleague is { } named && !await IsTeamAgentAsync(named, team, cancellationToken).ConfigureAwait(false))
        {
            return new Error("swap.not_same_team", "Swaps are only between agents of the same team; that colleague is not on yours.");
        }

        if (await db.Set<SwapRequest>().AnyAsync(
                s => (s.ShiftId == request.ShiftId || s.ColleagueShiftId == request.ShiftId)
                    && (s.Status == SwapStatus.Open || s.Status == SwapStatus.Accepted || s.Status == SwapStatus.PendingApproval),
                cancellationToken).ConfigureAwait(false))
        {
            return Error.Conflict("swap.already_requested", "That shift is already part of an open swap request.");
        }

        Result<SwapRequest> created;
        if (request.ColleagueShiftId is { } theirs)
        {
            if (colleague is not { } partner)
            {
                return new Error("swap.trade_needs_colleague", "A trade names the colleague whose shift you would take.");
            }

            var other = await SwapShiftAsync(theirs, team, cancellationToken).ConfigureAwait(false);
            if (other is null)
            {
                return Error.NotFound("swap.shift_not_found", "That colleague's shift was not found on your team's roster.");
            }

            created = SwapRequest.Trade(team, profile.Id, own, partner, other, request.Note, Now);
        }
        else
        {
            created = SwapRequest.Offer(team, profile.Id, own, colleague, request.Note, Now);
        }

        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var swap = created.Value!;
        db.Add(swap);
        var what = await DescribeAsync(swap, cancellationToken).ConfigureAwait(false);
        if (swap.ColleagueId is { } to)
        {
            journal.Notify(to, "swap.offered", $"{profile.DisplayName} {(swap.IsTrade ? "proposes a trade" : "offers you a shift")}: {what}.", link: "/my/swaps");
        }
        else
        {
            foreach (var mate in await TeamAgentsAsync(team, cancellationToken).ConfigureAwait(false))
            {
                if (mate != profile.Id)
                {
                    journal.Notify(mate, "swap.offered", $"{profile.DisplayName} offers a shift to the team: {what}.", link: "/my/swaps");
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await ViewAsync(swap, check: null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<MySwapsView>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = await AgentAsync(user, cancellationToken).ConfigureAwait(false);
        if (!me.IsSuccess)
        {
            return me.Error!;
        }

        var profile = me.Value!;
        var id = profile.Id;
        var team = profile.TeamId;
        var swaps = await db.Set<SwapRequest>()
            .Where(s => s.RequesterId == id || s.ColleagueId == id || (team != null && s.TeamId == team && s.ColleagueId == null && s.Status == SwapStatus.Open))
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await ExpireAsync(swaps, cancellationToken).ConfigureAwait(false);
        var requested = new List<SwapView>();
        var incoming = new List<SwapView>();
        foreach (var swap in swaps)
        {
            if (swap.RequesterId == id)
            {
                requested.Add(await ViewAsync(swap, null, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                // The colleague decides on an incoming request with the rule check in front of them.
                var check = swap.Status == SwapStatus.Open ? await CheckOrNullAsync(swap, id, cancellationToken).ConfigureAwait(false) : null;
                incoming.Add(await ViewAsync(swap, check, cancellationToken).ConfigureAwait(false));
            }
        }

        return new MySwapsView(requested, incoming);
    }

    public async Task<Result<SwapView>> AcceptAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var loaded = await LoadForAgentAsync(user, swapId, action.Version, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (swap, me) = loaded.Value;
        if (!await IsTeamAgentAsync(me, swap.TeamId, cancellationToken).ConfigureAwait(false))
        {
            return new Error("swap.not_same_team", "Swaps are only between agents of the same team.");
        }

        var accepted = swap.Accept(me, Now);
        if (!accepted.IsSuccess)
        {
            return await FailWithAsync(swap, accepted.Error!, cancellationToken).ConfigureAwait(false);
        }

        var plan = await PlanAsync(swap, me, cancellationToken).ConfigureAwait(false);
        if (!plan.IsSuccess)
        {
            return plan.Error!;
        }

        var check = await CheckAsync(plan.Value!, cancellationToken).ConfigureAwait(false);
        if (check.HasHardViolations)
        {
            // Nothing is saved: the request stays open, and the colleague sees why they cannot take it. Forgetting the
            // tracked change keeps a later save in the same scope (a page re-rendering) from writing it after all.
            db.ChangeTracker.Clear();
            return new Error("swap.rules_broken", "Accepting would break the rules: " + check.HardMessages);
        }

        var name = await NameAsync(me, cancellationToken).ConfigureAwait(false);
        if (SwapAutoApprovalPolicy.Allows(plan.Value!.Requester.Rules, check, out _))
        {
            swap.Approve(AutoApprover, null, Now);
            Apply(plan.Value!, swap, AutoApprover);
            journal.Notify(swap.RequesterId, "swap.approved", $"{name} accepted your swap request and it was approved automatically.", link: "/my/swaps");
            journal.Notify(me, "swap.approved", "The swap you accepted was approved automatically.", link: "/my/swaps");
        }
        else
        {
            swap.AwaitApproval(Now);
            journal.Notify(swap.RequesterId, "swap.accepted", $"{name} accepted your swap request; it now waits for a supervisor's approval.", link: "/my/swaps");
            journal.Notify(new EmployeeId(plan.Value!.Requester.Team.SupervisorId), "swap.pending", $"A swap between {await NameAsync(swap.RequesterId, cancellationToken).ConfigureAwait(false)} and {name} waits for your approval.", link: "/scheduling/swaps");
        }

        return await SaveAsync(swap, check, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<SwapView>> DeclineAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var loaded = await LoadForAgentAsync(user, swapId, action.Version, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (swap, me) = loaded.Value;
        var declined = swap.Decline(me, Now);
        if (!declined.IsSuccess)
        {
            return await FailWithAsync(swap, declined.Error!, cancellationToken).ConfigureAwait(false);
        }

        journal.Notify(swap.RequesterId, "swap.declined", $"{await NameAsync(me, cancellationToken).ConfigureAwait(false)} declined your swap request.", link: "/my/swaps");
        return await SaveAsync(swap, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<SwapView>> CancelAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var loaded = await LoadForAgentAsync(user, swapId, action.Version, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (swap, me) = loaded.Value;
        var cancelled = swap.Cancel(me, Now);
        if (!cancelled.IsSuccess)
        {
            return await FailWithAsync(swap, cancelled.Error!, cancellationToken).ConfigureAwait(false);
        }

        if (swap.ColleagueId is { } colleague)
        {
            journal.Notify(colleague, "swap.cancelled", $"{await NameAsync(me, cancellationToken).ConfigureAwait(false)} withdrew a swap request.", link: "/my/swaps");
        }

        return await SaveAsync(swap, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<SwapView>> ApproveAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var loaded = await LoadForApproverAsync(user, swapId, action.Version, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var swap = loaded.Value!;
        if (swap.ExpireIfDue(Now) || swap.Status is not (SwapStatus.Accepted or SwapStatus.PendingApproval) || swap.ColleagueId is not { } colleague)
        {
            var state = swap.Status == SwapStatus.Expired
                ? Error.Conflict("swap.expired", "The shift has started, so this swap request has expired.")
                : Error.Conflict("swap.invalid_state", $"A swap request that is {swap.Status} cannot be approved.");
            return await FailWithAsync(swap, state, cancellationToken).ConfigureAwait(false);
        }

        var plan = await PlanAsync(swap, colleague, cancellationToken).ConfigureAwait(false);
        if (!plan.IsSuccess)
        {
            return plan.Error!;
        }

        if (action.WeekVersion is { } weekVersion)
        {
            workspace.ExpectVersion(plan.Value!.Requester, weekVersion);
        }

        var check = await CheckAsync(plan.Value!, cancellationToken).ConfigureAwait(false);
        if (check.HasHardViolations)
        {
            var failed = swap.Fail(check.HardMessages, actor.Name, Now);
            if (!failed.IsSuccess)
            {
                return failed.Error!;
            }

            foreach (var party in new[] { swap.RequesterId, colleague })
            {
                journal.Notify(party, "swap.failed", "A swap could not be approved because it would break the rules: " + check.HardMessages, link: "/my/swaps");
            }

            var saved = await SaveAsync(swap, check, cancellationToken).ConfigureAwait(false);
            return saved.IsSuccess ? new Error("swap.rules_broken", "The swap breaks the rules, so it was not approved: " + check.HardMessages) : saved.Error!;
        }

        var approved = swap.Approve(actor.Name, action.Note, Now);
        if (!approved.IsSuccess)
        {
            return approved.Error!;
        }

        Apply(plan.Value!, swap, actor.Name);
        foreach (var party in new[] { swap.RequesterId, colleague })
        {
            journal.Notify(party, "swap.approved", $"Your swap was approved by {actor.Name}{NoteSuffix(action.Note)}.", link: "/my/swaps");
        }

        return await SaveAsync(swap, check, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<SwapView>> RejectAsync(ClaimsPrincipal user, Guid swapId, SwapAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var loaded = await LoadForApproverAsync(user, swapId, action.Version, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var swap = loaded.Value!;
        var rejected = swap.Reject(actor.Name, action.Note, Now);
        if (!rejected.IsSuccess)
        {
            return await FailWithAsync(swap, rejected.Error!, cancellationToken).ConfigureAwait(false);
        }

        foreach (var party in new[] { swap.RequesterId, swap.ColleagueId }.OfType<EmployeeId>())
        {
            journal.Notify(party, "swap.rejected", $"Your swap was rejected by {actor.Name}{NoteSuffix(action.Note)}.", link: "/my/swaps");
        }

        return await SaveAsync(swap, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<IReadOnlyList<SwapView>>> ListAsync(ClaimsPrincipal user, string? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        SwapStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<SwapStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return new Error("swap.invalid_status", $"'{status}' is not a swap status ({string.Join(", ", Enum.GetNames<SwapStatus>())}).");
            }

            wanted = parsed;
        }

        var teams = await ApproverTeamsAsync(user, cancellationToken).ConfigureAwait(false);
        var query = db.Set<SwapRequest>().AsQueryable();
        if (teams is not null)
        {
            query = query.Where(s => teams.Contains(s.TeamId));
        }

        var swaps = await query.OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        await ExpireAsync(swaps, cancellationToken).ConfigureAwait(false);
        var result = new List<SwapView>();
        foreach (var swap in swaps.Where(s => wanted is null || s.Status == wanted))
        {
            var check = swap.Status == SwapStatus.PendingApproval && swap.ColleagueId is { } colleague
                ? await CheckOrNullAsync(swap, colleague, cancellationToken).ConfigureAwait(false)
                : null;
            result.Add(await ViewAsync(swap, check, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    /// <summary>The shifts change hands in the roster: one journal entry (one new published version, both agents told) per week.</summary>
    private void Apply(SwapPlan plan, SwapRequest swap, string by)
    {
        var reason = by == AutoApprover ? "Swap approved automatically (site policy)" : $"Swap approved by {by}";
        foreach (var group in plan.Moves.GroupBy(m => m.Session.Week.Id))
        {
            var week = group.First().Session.Week;
            var changed = new List<(SwapMove Move, RosterShift Before, RosterShift After)>();
            foreach (var (move, _) in group)
            {
                var shift = week.Find(move.Shift.Id!.Value)!;
                var before = shift.DetachedCopy();
                week.Change(shift.Id, shift.ToSpec() with { Employee = move.To });
                shift.MarkOrigin(ShiftOrigin.Swap);
                changed.Add((move, before, shift));
            }

            // All moves of the week are made before the journal snapshots it, so a trade within one week is one new version.
            var first = changed[0];
            var change = journal.ShiftChanged(week, RosterChangeKind.Swapped, Summary(first.Move, swap), reason, first.Move.To, first.After.Id, first.Before, first.After, first.Move.From);
            foreach (var (move, before, after) in changed.Skip(1))
            {
                db.Add(RosterChange.Record(week.Id, journal.Now, journal.Actor, RosterChangeKind.Swapped, Summary(move, swap), reason, change.PublishedVersion, after.Id, move.To, before, after));
                journal.Notify(move.To, "shift.changed", $"Your schedule changed: {Summary(move, swap)}", week);
                journal.Notify(move.From, "shift.changed", $"Your schedule changed: {Summary(move, swap)}", week);
            }
        }
    }

    private string Summary(SwapMove move, SwapRequest swap) =>
        string.Create(CultureInfo.InvariantCulture, $"{(swap.IsTrade ? "Trade" : "Offer")}: shift {RuleText.When(move.Shift.Spec)} moved from {NameOrId(move.From)} to {NameOrId(move.To)}");

    private string NameOrId(EmployeeId id) => people.GetValueOrDefault(id)?.DisplayName ?? id.Value.ToString();

    private async Task<SwapCheck> CheckAsync(SwapPlan plan, CancellationToken ct)
    {
        var moves = plan.Moves.Select(m => m.Move).ToList();
        var weeks = plan.Moves.Select(m => m.Session).DistinctBy(s => s.Week.WeekStart).ToList();
        var weekStarts = weeks.Select(s => s.Week.WeekStart).ToList();
        var from = weekStarts.Min().PlusDays(-7);
        var to = weekStarts.Max().PlusDays(13);
        var agents = new List<AgentSwapCheck>();
        foreach (var agent in new[] { plan.RequesterId, plan.ColleagueId })
        {
            var name = await NameAsync(agent, ct).ConfigureAwait(false);
            if (!await IsTeamAgentAsync(agent, plan.Requester.Week.TeamId, ct).ConfigureAwait(false)
                || weeks.Select(w => w.Profile(agent)).FirstOrDefault(p => p is not null) is not { } profile)
            {
                agents.Add(new AgentSwapCheck(agent, name, [new RuleViolation("swap.not_same_team", ViolationSeverity.Error, agent, null, null,
                    $"{name} is no longer on the team; swaps are only between agents of the same team.")]));
                continue;
            }

            var current = await db.Set<RosterShift>().AsNoTracking()
                .Where(s => s.EmployeeId == agent && s.Date >= from && s.Date <= to)
                .ToListAsync(ct).ConfigureAwait(false);
            var violations = SwapRuleCheck.NewViolations(profile, current.Select(s => new ShiftOnBoard(s.Id, s.ToSpec())).ToList(), moves, weekStarts, plan.Requester.Settings);
            agents.Add(new AgentSwapCheck(agent, name, violations));
        }

        decimal before = 0, after = 0;
        foreach (var session in weeks)
        {
            var required = await views.RequiredAsync(session, ct).ConfigureAwait(false);
            var interval = required?.IntervalMinutes ?? session.Rules.IntervalMinutes;
            var need = required?.Required ?? new Dictionary<LocalDateTime, decimal>();
            before += SwapCoverage.UnderCover(RosterViewBuilder.Coverage(session.Week, interval, need));
            after += SwapCoverage.UnderCover(RosterViewBuilder.Coverage(SwapCoverage.Hypothetical(session.Week, moves), interval, need));
        }

        return new SwapCheck(agents, before, after);
    }

    private async Task<SwapCheckView?> CheckOrNullAsync(SwapRequest swap, EmployeeId colleague, CancellationToken ct)
    {
        var plan = await PlanAsync(swap, colleague, ct).ConfigureAwait(false);
        if (!plan.IsSuccess)
        {
            return null;
        }

        var check = await CheckAsync(plan.Value!, ct).ConfigureAwait(false);
        return CheckView(check, plan.Value!.Requester.Rules);
    }

    /// <summary>Opens the roster weeks of the swap's shifts and confirms both shifts are still where the request says.</summary>
    private async Task<Result<SwapPlan>> PlanAsync(SwapRequest swap, EmployeeId colleague, CancellationToken ct)
    {
        var sessions = new Dictionary<LocalDate, RosterSession>();
        async Task<RosterSession?> Open(LocalDate weekStart)
        {
            if (!sessions.TryGetValue(weekStart, out var session))
            {
                var opened = await workspace.OpenAsync(swap.TeamId, weekStart, create: false, ct).ConfigureAwait(false);
                if (!opened.IsSuccess || opened.Value!.IsNew)
                {
                    return null;
                }

                session = sessions[weekStart] = opened.Value!;
            }

            return session;
        }

        var first = await Open(swap.ShiftWeekStart).ConfigureAwait(false);
        var shift = first?.Week.Find(swap.ShiftId);
        if (first is null || shift is null || shift.EmployeeId != swap.RequesterId)
        {
            return Error.Conflict("swap.roster_changed", "The offered shift is no longer on the requester's roster; the swap cannot go ahead.");
        }

        var moves = new List<(SwapMove, RosterSession)> { (new SwapMove(new ShiftOnBoard(shift.Id, shift.ToSpec()), swap.RequesterId, colleague), first) };
        if (swap.ColleagueShiftId is { } theirs && swap.ColleagueShiftWeekStart is { } theirWeek)
        {
            var second = await Open(theirWeek).ConfigureAwait(false);
            var other = second?.Week.Find(theirs);
            if (second is null || other is null || other.EmployeeId != colleague)
            {
                return Error.Conflict("swap.roster_changed", "The colleague's shift is no longer on their roster; the trade cannot go ahead.");
            }

            moves.Add((new SwapMove(new ShiftOnBoard(other.Id, other.ToSpec()), colleague, swap.RequesterId), second));
        }

        // Names for the journal's summaries.
        await NameAsync(swap.RequesterId, ct).ConfigureAwait(false);
        await NameAsync(colleague, ct).ConfigureAwait(false);
        return new SwapPlan(first, swap.RequesterId, colleague, moves);
    }

    private async Task<Result<SwapView>> SaveAsync(SwapRequest swap, SwapCheck? check, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Nothing was written; drop the refused changes so a later save in the same scope cannot replay them.
            db.ChangeTracker.Clear();
            return Stale();
        }

        await db.Entry(swap).ReloadAsync(ct).ConfigureAwait(false);
        var rules = check is null ? null : await RulesAsync(swap.TeamId, ct).ConfigureAwait(false);
        return await ViewAsync(swap, check is null ? null : CheckView(check, rules!), ct).ConfigureAwait(false);
    }

    /// <summary>A state method refused; if the refusal was expiry, that state change is worth keeping.</summary>
    private async Task<Result<SwapView>> FailWithAsync(SwapRequest swap, Error error, CancellationToken ct)
    {
        if (swap.Status == SwapStatus.Expired)
        {
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Stale();
            }
        }

        return error;
    }

    private async Task ExpireAsync(IEnumerable<SwapRequest> swaps, CancellationToken ct)
    {
        var now = Now;
        if (swaps.Select(s => s.ExpireIfDue(now)).ToList().Contains(true))
        {
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else moved a request on at the same moment; its state is theirs to tell.
            }
        }
    }

    private async Task<Result<(SwapRequest Swap, EmployeeId Me)>> LoadForAgentAsync(ClaimsPrincipal user, Guid swapId, uint version, CancellationToken ct)
    {
        if (RosterAccess.EmployeeOf(user) is not { } me)
        {
            return NotFound();
        }

        var swap = await db.Set<SwapRequest>().FirstOrDefaultAsync(s => s.Id == swapId, ct).ConfigureAwait(false);
        if (swap is null)
        {
            return NotFound();
        }

        var party = swap.RequesterId == me || swap.ColleagueId == me;
        var mayTake = swap.IsOpenToTeam && await IsTeamAgentAsync(me, swap.TeamId, ct).ConfigureAwait(false);
        if (!party && !mayTake)
        {
            return NotFound();
        }

        if (version != swap.Version)
        {
            return Stale();
        }

        db.Entry(swap).Property(s => s.Version).OriginalValue = version;
        return (swap, me);
    }

    private async Task<Result<SwapRequest>> LoadForApproverAsync(ClaimsPrincipal user, Guid swapId, uint version, CancellationToken ct)
    {
        var swap = await db.Set<SwapRequest>().FirstOrDefaultAsync(s => s.Id == swapId, ct).ConfigureAwait(false);
        var teams = await ApproverTeamsAsync(user, ct).ConfigureAwait(false);
        if (swap is null || (teams is not null && !teams.Contains(swap.TeamId)))
        {
            return NotFound();
        }

        if (version != swap.Version)
        {
            return Stale();
        }

        db.Entry(swap).Property(s => s.Version).OriginalValue = version;
        return swap;
    }

    /// <summary>Null for admins and schedulers (every team); a supervisor's own teams; nothing for anyone else.</summary>
    private async Task<List<TeamId>?> ApproverTeamsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (RosterAccess.Manages(user))
        {
            return null;
        }

        var teams = await directory.TeamsAsync(ct).ConfigureAwait(false);
        return teams.Where(t => RosterAccess.SeesTeam(user, t)).Select(t => new TeamId(t.Id)).ToList();
    }

    private async Task<Result<EmployeeProfile>> AgentAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (RosterAccess.EmployeeOf(user) is not { } me || await ProfileAsync(me, ct).ConfigureAwait(false) is not { } profile)
        {
            return new Error("swap.no_employee", "Your account is not linked to an employee, so you have no shifts to swap.");
        }

        return profile;
    }

    /// <summary>A shift of a published week of the team, as the aggregate needs it; null when there is none.</summary>
    private async Task<SwapShift?> SwapShiftAsync(Guid shiftId, TeamId team, CancellationToken ct)
    {
        var row = await db.Set<RosterShift>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == shiftId, ct).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var week = await db.Set<RosterWeek>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == row.RosterWeekId, ct).ConfigureAwait(false);
        if (week is null || week.TeamId != team)
        {
            return null;
        }

        var zone = await ZoneAsync(week.SiteId, ct).ConfigureAwait(false);
        return new SwapShift(row.Id, row.EmployeeId, week.WeekStart, row.StartInstant(zone), week.IsPublished);
    }

    private async Task<bool> IsTeamAgentAsync(EmployeeId employee, TeamId team, CancellationToken ct)
    {
        var profile = await ProfileAsync(employee, ct).ConfigureAwait(false);
        var supervisor = (await directory.TeamsAsync(ct).ConfigureAwait(false)).FirstOrDefault(t => t.Id == team.Value)?.SupervisorId;
        return profile?.TeamId == team && supervisor != employee.Value;
    }

    private async Task<IReadOnlyList<EmployeeId>> TeamAgentsAsync(TeamId team, CancellationToken ct)
    {
        var supervisor = (await directory.TeamsAsync(ct).ConfigureAwait(false)).FirstOrDefault(t => t.Id == team.Value)?.SupervisorId;
        var members = await directory.ListAsync(new EmployeeQuery(TeamId: team), Today, ct).ConfigureAwait(false);
        return members.Where(m => m.Id.Value != supervisor).Select(m => m.Id).ToList();
    }

    private async Task<EmployeeProfile?> ProfileAsync(EmployeeId id, CancellationToken ct)
    {
        if (!people.TryGetValue(id, out var profile))
        {
            profile = people[id] = await directory.FindAsync(id, Today, ct).ConfigureAwait(false);
        }

        return profile;
    }

    private async Task<string> NameAsync(EmployeeId id, CancellationToken ct) =>
        (await ProfileAsync(id, ct).ConfigureAwait(false))?.DisplayName ?? "A former employee";

    private async Task<DateTimeZone> ZoneAsync(SiteId site, CancellationToken ct)
    {
        var found = (await directory.SitesAsync(ct).ConfigureAwait(false)).FirstOrDefault(s => s.Id == site.Value);
        return found is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(found.TimeZoneId) ?? DateTimeZone.Utc;
    }

    private async Task<SiteSchedulingRules> RulesAsync(TeamId team, CancellationToken ct)
    {
        var found = (await directory.TeamsAsync(ct).ConfigureAwait(false)).First(t => t.Id == team.Value);
        var site = new SiteId(found.SiteId);
        return await db.Set<SiteSchedulingRules>().AsNoTracking().FirstOrDefaultAsync(r => r.SiteId == site, ct).ConfigureAwait(false)
            ?? SiteSchedulingRules.Defaults(site, (await directory.SitesAsync(ct).ConfigureAwait(false)).First(s => s.Id == found.SiteId).Address.State ?? "");
    }

    private async Task<string> DescribeAsync(SwapRequest swap, CancellationToken ct)
    {
        var shifts = await db.Set<RosterShift>().AsNoTracking()
            .Where(s => s.Id == swap.ShiftId || s.Id == swap.ColleagueShiftId)
            .ToListAsync(ct).ConfigureAwait(false);
        var mine = shifts.First(s => s.Id == swap.ShiftId);
        var theirs = shifts.FirstOrDefault(s => s.Id == swap.ColleagueShiftId);
        return theirs is null
            ? $"the shift of {RuleText.When(mine.ToSpec())}"
            : $"their shift of {RuleText.When(mine.ToSpec())} for yours of {RuleText.When(theirs.ToSpec())}";
    }

    private async Task<SwapView> ViewAsync(SwapRequest swap, SwapCheckView? check, CancellationToken ct)
    {
        var team = (await directory.TeamsAsync(ct).ConfigureAwait(false)).FirstOrDefault(t => t.Id == swap.TeamId.Value);
        var zone = team is null ? DateTimeZone.Utc : await ZoneAsync(new SiteId(team.SiteId), ct).ConfigureAwait(false);
        var ids = new[] { swap.ShiftId, swap.ColleagueShiftId ?? Guid.Empty };
        var shifts = await db.Set<RosterShift>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct).ConfigureAwait(false);
        var weekIds = shifts.Select(s => s.RosterWeekId).Distinct().ToList();
        var weeks = await db.Set<RosterWeek>().AsNoTracking().Where(w => weekIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct).ConfigureAwait(false);
        SwapShiftView? Shift(Guid? id) => shifts.FirstOrDefault(s => s.Id == id) is { } s && weeks.TryGetValue(s.RosterWeekId, out var w) ? ShiftView(w, s, zone) : null;
        var colleague = swap.ColleagueId is { } c ? new SwapPartyView(c.Value, await NameAsync(c, ct).ConfigureAwait(false)) : null;
        return new SwapView(
            swap.Id,
            swap.Kind.ToString(),
            swap.Status.ToString(),
            swap.TeamId.Value,
            team?.Name ?? "",
            new SwapPartyView(swap.RequesterId.Value, await NameAsync(swap.RequesterId, ct).ConfigureAwait(false)),
            colleague,
            Shift(swap.ShiftId),
            swap.ColleagueShiftId is null ? null : Shift(swap.ColleagueShiftId),
            swap.Note,
            swap.CreatedAt,
            swap.AcceptedAt,
            swap.DecidedAt,
            swap.DecidedBy,
            swap.DecisionNote,
            swap.FailureReason,
            swap.Version,
            check);
    }

    private static SwapShiftView ShiftView(RosterWeek week, RosterShift shift, DateTimeZone zone) => new(
        shift.Id, shift.EmployeeId.Value, week.WeekStart, shift.Date, shift.Start, shift.EndInstant(zone).InZone(zone).LocalDateTime, shift.PaidMinutes, week.Version);

    private static SwapCheckView CheckView(SwapCheck check, SiteSchedulingRules rules)
    {
        var auto = SwapAutoApprovalPolicy.Allows(rules, check, out var verdict);
        return new SwapCheckView(
            check.Agents.Select(a => new SwapAgentCheckView(a.Employee.Value, a.Name, a.Violations.Select(RosterViewBuilder.ToView).ToList())).ToList(),
            check.HasHardViolations,
            check.HasOvertime,
            check.UnderCoverBefore,
            check.UnderCoverAfter,
            auto,
            verdict);
    }

    private static string NoteSuffix(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $" (\u201C{note.Trim()}\u201D)";

    private static Error NotFound() => Error.NotFound("swap.not_found", "That swap request was not found.");

    private static Error Stale() =>
        Error.Conflict("concurrency.stale", "Someone else changed this swap request or the roster since you loaded it. Reload and try again.");
}

/// <summary>The open roster weeks of a swap and the moves to make; <see cref="Requester"/> is the week of the requester's shift.</summary>
internal sealed record SwapPlan(RosterSession Requester, EmployeeId RequesterId, EmployeeId ColleagueId, IReadOnlyList<(SwapMove Move, RosterSession Session)> Moves);
