using System.Globalization;
using System.Security.Claims;
using BackOffice.Organization.Contracts;
using BackOffice.Scheduling.Contracts.Rostering;
using BackOffice.Scheduling.Contracts.Staffing;
using BackOffice.Scheduling.Persistence;
using BackOffice.Scheduling.Rostering.Domain;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace BackOffice.Scheduling.Rostering.Setup;

/// <summary>
/// Site rules, shift templates, team queues, availability and blocked days. Requests are validated whole before
/// anything is written, and each save is one SaveChanges (one transaction), so an invalid request leaves no trace.
/// Site-level settings are for Admin and Scheduler (the endpoints' policy); people-level data is authorized here per object.
/// </summary>
internal sealed class RosterSetup(SchedulingDbContext db, IEmployeeDirectory directory, IForecastService forecasts, IClock clock) : IRosterSetup
{
    public async Task<SetupResult<SiteRulesDto>> GetSiteRulesAsync(SiteId site, CancellationToken cancellationToken)
    {
        if (await SiteAsync(site, cancellationToken).ConfigureAwait(false) is not { } dto)
        {
            return SiteNotFound(site);
        }

        var row = await db.Set<SiteSchedulingRules>().AsNoTracking().FirstOrDefaultAsync(r => r.SiteId == site, cancellationToken).ConfigureAwait(false);
        return SetupResult<SiteRulesDto>.Ok(ToDto(row ?? SiteSchedulingRules.Defaults(site, StateOf(dto)), dto, saved: row is not null));
    }

    public async Task<SetupResult<SiteRulesDto>> SaveSiteRulesAsync(SiteId site, SiteRulesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await SiteAsync(site, cancellationToken).ConfigureAwait(false) is not { } dto)
        {
            return SiteNotFound(site);
        }

        var fields = new SetupFields();
        if (input.IntervalMinutes is not (15 or 30))
        {
            fields.Add("intervalMinutes", "The interval is 15 or 30 minutes.");
        }

        fields.Range("minRestMinutes", input.MinRestMinutes, 0, 24 * 60, "Minimum rest between shifts (minutes, 0–24 h)");
        fields.Range("maxDailyPaidMinutes", input.MaxDailyPaidMinutes, 60, 16 * 60, "Daily maximum (paid minutes, 1–16 h)");
        fields.Range("maxConsecutiveDays", input.MaxConsecutiveDays, 1, 13, "Consecutive working days");
        fields.Range("weeklyOvertimeAfterMinutes", input.WeeklyOvertimeAfterMinutes, 60, 7 * 24 * 60, "Weekly overtime threshold (minutes)");
        if (input.DailyOvertimeAfterMinutes is { } daily)
        {
            fields.Range("dailyOvertimeAfterMinutes", daily, 60, 24 * 60, "Daily overtime threshold (minutes)");
        }

        fields.Range("publishLeadDays", input.PublishLeadDays, 0, 60, "Publication lead time (days)");
        fields.Range("swapMaxUnderCoverIncrease", input.SwapMaxUnderCoverIncrease, 0, 1000, "Under-cover a swap may add (agent-intervals)");
        if (fields.Any)
        {
            return fields.Fail<SiteRulesDto>("site_rules.invalid", "The site rules have invalid values; nothing was saved.");
        }

        var row = await db.Set<SiteSchedulingRules>().FirstOrDefaultAsync(r => r.SiteId == site, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            if (input.Version is not null)
            {
                return StaleRules();
            }

            row = new SiteSchedulingRules { SiteId = site };
            db.Add(row);
        }
        else
        {
            if (input.Version is not { } expected || expected != row.Version)
            {
                return StaleRules();
            }

            // The database must still hold the version the caller read when the update lands.
            db.Entry(row).Property(r => r.Version).OriginalValue = expected;
        }

        row.IntervalMinutes = input.IntervalMinutes;
        row.MinRestMinutes = input.MinRestMinutes;
        row.MaxDailyPaidMinutes = input.MaxDailyPaidMinutes;
        row.MaxConsecutiveDays = input.MaxConsecutiveDays;
        row.WeeklyOvertimeAfterMinutes = input.WeeklyOvertimeAfterMinutes;
        row.DailyOvertimeAfterMinutes = input.DailyOvertimeAfterMinutes;
        row.PublishLeadDays = input.PublishLeadDays;
        row.SwapAutoApprove = input.SwapAutoApprove;
        row.SwapMaxUnderCoverIncrease = input.SwapMaxUnderCoverIncrease;
        row.AgentsSeeTeamCoverage = input.AgentsSeeTeamCoverage;
        if (await SaveAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            // A stale version, or two first saves racing for the same site: either way the caller must reload.
            return StaleRules();
        }

        await db.Entry(row).ReloadAsync(cancellationToken).ConfigureAwait(false);
        return SetupResult<SiteRulesDto>.Ok(ToDto(row, dto, saved: true));
    }

    public async Task<SetupResult<IReadOnlyList<ShiftTemplateDto>>> ListTemplatesAsync(SiteId site, CancellationToken cancellationToken)
    {
        if (await SiteAsync(site, cancellationToken).ConfigureAwait(false) is null)
        {
            return SiteNotFound(site);
        }

        var rows = await db.Set<ShiftTemplateDefinition>().AsNoTracking().Where(t => t.SiteId == site).ToListAsync(cancellationToken).ConfigureAwait(false);
        return SetupResult<IReadOnlyList<ShiftTemplateDto>>.Ok(rows.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(ToDto).ToList());
    }

    public async Task<SetupResult<ShiftTemplateDto>> CreateTemplateAsync(SiteId site, ShiftTemplateInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await SiteAsync(site, cancellationToken).ConfigureAwait(false) is null)
        {
            return SiteNotFound(site);
        }

        var template = new ShiftTemplateDefinition { SiteId = site };
        if (await ApplyAsync(template, input, cancellationToken).ConfigureAwait(false) is { } invalid)
        {
            return invalid;
        }

        if (await NameTakenAsync(template, cancellationToken).ConfigureAwait(false))
        {
            return NameTaken(template.Name);
        }

        db.Add(template);
        if (await SaveAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return NameTaken(template.Name);
        }

        await db.Entry(template).ReloadAsync(cancellationToken).ConfigureAwait(false);
        return SetupResult<ShiftTemplateDto>.Ok(ToDto(template));
    }

    public async Task<SetupResult<ShiftTemplateDto>> UpdateTemplateAsync(Guid templateId, ShiftTemplateInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var template = await db.Set<ShiftTemplateDefinition>().FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken).ConfigureAwait(false);
        if (template is null)
        {
            return TemplateNotFound(templateId);
        }

        if (input.Version is not { } expected || expected != template.Version)
        {
            return StaleTemplate();
        }

        db.Entry(template).Property(t => t.Version).OriginalValue = expected;
        if (await ApplyAsync(template, input, cancellationToken).ConfigureAwait(false) is { } invalid)
        {
            return invalid;
        }

        if (await NameTakenAsync(template, cancellationToken).ConfigureAwait(false))
        {
            return NameTaken(template.Name);
        }

        if (await SaveAsync(cancellationToken).ConfigureAwait(false) is { } conflict)
        {
            return conflict == SaveConflict.Concurrency ? StaleTemplate() : NameTaken(template.Name);
        }

        await db.Entry(template).ReloadAsync(cancellationToken).ConfigureAwait(false);
        return SetupResult<ShiftTemplateDto>.Ok(ToDto(template));
    }

    public async Task<SetupResult<bool>> DeleteTemplateAsync(Guid templateId, uint? version, CancellationToken cancellationToken)
    {
        var template = await db.Set<ShiftTemplateDefinition>().FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken).ConfigureAwait(false);
        if (template is null)
        {
            return TemplateNotFound(templateId);
        }

        if (version is { } expected)
        {
            if (expected != template.Version)
            {
                return StaleTemplate();
            }

            db.Entry(template).Property(t => t.Version).OriginalValue = expected;
        }

        db.Remove(template);
        return await SaveAsync(cancellationToken).ConfigureAwait(false) is null ? SetupResult<bool>.Ok(true) : StaleTemplate();
    }

    public SetupResult<TemplatePreviewDto> Preview(ShiftTemplateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var template = new ShiftTemplateDefinition();
        var fields = Parse(template, input);
        return fields is not null ? fields.Fail<TemplatePreviewDto>("template.invalid", "The template has invalid values.") : SetupResult<TemplatePreviewDto>.Ok(TemplatePreview.Of(template));
    }

    public async Task<SetupResult<IReadOnlyList<TeamQueueDto>>> TeamQueuesAsync(SiteId site, CancellationToken cancellationToken)
    {
        if (await SiteAsync(site, cancellationToken).ConfigureAwait(false) is null)
        {
            return SiteNotFound(site);
        }

        var teams = (await directory.TeamsAsync(cancellationToken).ConfigureAwait(false)).Where(t => t.SiteId == site.Value).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var ids = teams.Select(t => new TeamId(t.Id)).ToList();
        var assignments = await db.Set<TeamQueueAssignment>().AsNoTracking().Where(a => ids.Contains(a.TeamId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return SetupResult<IReadOnlyList<TeamQueueDto>>.Ok(teams.Select(t =>
        {
            var a = assignments.FirstOrDefault(x => x.TeamId.Value == t.Id);
            return new TeamQueueDto(t.Id, t.Name, a?.Queue, a?.RequirementSharePercent ?? 100);
        }).ToList());
    }

    public async Task<SetupResult<TeamQueueDto>> SetTeamQueueAsync(TeamId team, TeamQueueInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var dto = (await directory.TeamsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(t => t.Id == team.Value);
        if (dto is null)
        {
            return RosterAccess.TeamNotFound(team);
        }

        var fields = new SetupFields();
        var queues = await forecasts.QueuesAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(input.Queue))
        {
            fields.Add("queue", "Choose the forecast queue the team staffs.");
        }
        else if (!queues.Contains(input.Queue.Trim(), StringComparer.Ordinal))
        {
            fields.Add("queue", $"There is no forecast queue '{input.Queue}'. Known queues: {(queues.Count == 0 ? "none yet" : string.Join(", ", queues))}.");
        }

        fields.Range("requirementSharePercent", input.RequirementSharePercent, 1, 100, "The team's share of the queue's requirement (%)");
        if (fields.Any)
        {
            return fields.Fail<TeamQueueDto>("team_queue.invalid", "The team's queue assignment is invalid; nothing was saved.");
        }

        var row = await db.Set<TeamQueueAssignment>().FirstOrDefaultAsync(a => a.TeamId == team, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new TeamQueueAssignment { TeamId = team };
            db.Add(row);
        }

        row.Queue = input.Queue!.Trim();
        row.RequirementSharePercent = input.RequirementSharePercent;
        if (await SaveAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return Error.Conflict("team_queue.conflict", "Someone else set this team's queue at the same time. Reload and try again.");
        }

        return SetupResult<TeamQueueDto>.Ok(new TeamQueueDto(dto.Id, dto.Name, row.Queue, row.RequirementSharePercent));
    }

    public async Task<SetupResult<AvailabilityDto>> GetAvailabilityAsync(EmployeeId employee, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var access = await AccessAsync(employee, user, write: false, cancellationToken).ConfigureAwait(false);
        if (access.Error is { } denied)
        {
            return denied;
        }

        return SetupResult<AvailabilityDto>.Ok(await AvailabilityOfAsync(access.Profile!, cancellationToken).ConfigureAwait(false));
    }

    public async Task<SetupResult<AvailabilityDto>> SaveAvailabilityAsync(EmployeeId employee, AvailabilityInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await AccessAsync(employee, user, write: false, cancellationToken).ConfigureAwait(false);
        if (access.Error is { } denied)
        {
            return denied;
        }

        var fields = new SetupFields();
        var windows = AvailabilityRules.Windows(employee, input.Windows ?? [], fields);
        var preferences = AvailabilityRules.Preferences(employee, input.Preferences ?? [], fields);
        if (fields.Any)
        {
            return fields.Fail<AvailabilityDto>("availability.invalid", "Some availability entries are invalid; nothing was saved.");
        }

        // Replace the whole set in one SaveChanges: a half-written week of windows would mislead the solver.
        db.RemoveRange(await db.Set<AvailabilityWindowRow>().Where(w => w.EmployeeId == employee).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.RemoveRange(await db.Set<AgentPreferenceRow>().Where(p => p.EmployeeId == employee).ToListAsync(cancellationToken).ConfigureAwait(false));
        db.AddRange(windows);
        db.AddRange(preferences);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SetupResult<AvailabilityDto>.Ok(await AvailabilityOfAsync(access.Profile!, cancellationToken).ConfigureAwait(false));
    }

    public async Task<SetupResult<IReadOnlyList<DayBlockDto>>> DayBlocksAsync(EmployeeId employee, LocalDate from, LocalDate to, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var access = await AccessAsync(employee, user, write: false, cancellationToken).ConfigureAwait(false);
        if (access.Error is { } denied)
        {
            return denied;
        }

        var blocks = await db.Set<AgentDayBlock>().AsNoTracking().Where(b => b.EmployeeId == employee && b.Date >= from && b.Date <= to).ToListAsync(cancellationToken).ConfigureAwait(false);
        return SetupResult<IReadOnlyList<DayBlockDto>>.Ok(blocks.OrderBy(b => b.Date).Select(ToDto).ToList());
    }

    public async Task<SetupResult<DayBlockDto>> AddDayBlockAsync(EmployeeId employee, DayBlockInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var access = await AccessAsync(employee, user, write: true, cancellationToken).ConfigureAwait(false);
        if (access.Error is { } denied)
        {
            return denied;
        }

        var fields = new SetupFields();
        var date = fields.Date("date", input.Date, "Date");
        DayBlockKind kind = default;
        if (input.Kind is null || int.TryParse(input.Kind, out _) || !Enum.TryParse(input.Kind.Trim(), ignoreCase: true, out kind))
        {
            fields.Add("kind", "The kind is TimeOff (approved time off) or Unavailable.");
        }

        if (input.Note is { Length: > 300 })
        {
            fields.Add("note", "The note is at most 300 characters.");
        }

        if (fields.Any)
        {
            return fields.Fail<DayBlockDto>("day_block.invalid", "The blocked day is invalid; nothing was saved.");
        }

        if (await db.Set<AgentDayBlock>().AnyAsync(b => b.EmployeeId == employee && b.Date == date!.Value, cancellationToken).ConfigureAwait(false))
        {
            return DayTaken(date!.Value);
        }

        var block = new AgentDayBlock { EmployeeId = employee, Date = date!.Value, Kind = kind, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim() };
        db.Add(block);
        return await SaveAsync(cancellationToken).ConfigureAwait(false) is null ? SetupResult<DayBlockDto>.Ok(ToDto(block)) : DayTaken(block.Date);
    }

    public async Task<SetupResult<bool>> RemoveDayBlockAsync(EmployeeId employee, LocalDate date, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var access = await AccessAsync(employee, user, write: true, cancellationToken).ConfigureAwait(false);
        if (access.Error is { } denied)
        {
            return denied;
        }

        var block = await db.Set<AgentDayBlock>().FirstOrDefaultAsync(b => b.EmployeeId == employee && b.Date == date, cancellationToken).ConfigureAwait(false);
        if (block is null)
        {
            return Error.NotFound("day_block.not_found", $"{Iso(date)} is not a blocked day of this employee.");
        }

        db.Remove(block);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SetupResult<bool>.Ok(true);
    }

    public async Task<SetupResult<TeamAvailabilityDto>> TeamAvailabilityAsync(TeamId team, LocalDate from, LocalDate to, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var dto = (await directory.TeamsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(t => t.Id == team.Value);
        if (dto is null || !RosterAccess.SeesTeam(user, dto))
        {
            return RosterAccess.TeamNotFound(team);
        }

        var members = (await directory.ListAsync(new EmployeeQuery(TeamId: team), Today(), cancellationToken).ConfigureAwait(false))
            .Where(m => m.Id.Value != dto.SupervisorId)
            .OrderBy(m => m.LastName, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.FirstName, StringComparer.OrdinalIgnoreCase).ToList();
        var ids = members.Select(m => m.Id).ToList();
        var windows = await db.Set<AvailabilityWindowRow>().AsNoTracking().Where(w => ids.Contains(w.EmployeeId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var preferences = await db.Set<AgentPreferenceRow>().AsNoTracking().Where(p => ids.Contains(p.EmployeeId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var blocks = await db.Set<AgentDayBlock>().AsNoTracking().Where(b => ids.Contains(b.EmployeeId) && b.Date >= from && b.Date <= to).ToListAsync(cancellationToken).ConfigureAwait(false);
        var agents = members.Select(m => new AgentAvailabilityDto(
            AvailabilityRules.ToDto(m, windows.Where(w => w.EmployeeId == m.Id), preferences.Where(p => p.EmployeeId == m.Id)),
            blocks.Where(b => b.EmployeeId == m.Id).OrderBy(b => b.Date).Select(ToDto).ToList())).ToList();
        return SetupResult<TeamAvailabilityDto>.Ok(new TeamAvailabilityDto(dto.Id, dto.Name, from, to, agents));
    }

    /// <summary>
    /// Who may touch an employee's availability and blocked days: Admin and Scheduler anyone; a supervisor the agents of
    /// their teams; an agent themselves (blocked days read-only: time off is approved, not self-declared). Anyone else gets
    /// "not found", so an employee's existence does not leak.
    /// </summary>
    private async Task<(EmployeeProfile? Profile, Error? Error)> AccessAsync(EmployeeId employee, ClaimsPrincipal user, bool write, CancellationToken ct)
    {
        var notFound = Error.NotFound("employee.not_found", $"Employee {employee.Value} was not found.");
        var profile = await directory.FindAsync(employee, Today(), ct).ConfigureAwait(false);
        if (profile is null)
        {
            return (null, notFound);
        }

        if (RosterAccess.Manages(user))
        {
            return (profile, null);
        }

        var me = RosterAccess.EmployeeOf(user);
        if (user.IsInRole(Roles.Supervisor) && me is { } supervisor && profile.TeamId is { } teamId
            && (await directory.TeamsAsync(ct).ConfigureAwait(false)).Any(t => t.Id == teamId.Value && t.SupervisorId == supervisor.Value))
        {
            return (profile, null);
        }

        if (me == employee)
        {
            return write
                ? (null, Error.Forbidden("day_block.forbidden", "Blocked days are set by your scheduler or supervisor (approved time off); ask them to change one."))
                : (profile, null);
        }

        return (null, notFound);
    }

    private async Task<AvailabilityDto> AvailabilityOfAsync(EmployeeProfile profile, CancellationToken ct)
    {
        var windows = await db.Set<AvailabilityWindowRow>().AsNoTracking().Where(w => w.EmployeeId == profile.Id).ToListAsync(ct).ConfigureAwait(false);
        var preferences = await db.Set<AgentPreferenceRow>().AsNoTracking().Where(p => p.EmployeeId == profile.Id).ToListAsync(ct).ConfigureAwait(false);
        return AvailabilityRules.ToDto(profile, windows, preferences);
    }

    /// <summary>Parses and validates <paramref name="input"/> into <paramref name="template"/>; the failure when invalid.</summary>
    private async Task<SetupResult<ShiftTemplateDto>?> ApplyAsync(ShiftTemplateDefinition template, ShiftTemplateInput input, CancellationToken ct)
    {
        var fields = Parse(template, input) ?? new SetupFields();
        if (template.Queue is { } queue && !(await forecasts.QueuesAsync(ct).ConfigureAwait(false)).Contains(queue, StringComparer.Ordinal))
        {
            fields.Add("queue", $"There is no forecast queue '{queue}'; leave it empty for every queue of the site.");
        }

        return fields.Any ? fields.Fail<ShiftTemplateDto>("template.invalid", "The shift template has invalid values; nothing was saved.") : null;
    }

    /// <summary>Copies the input onto the template and runs <see cref="ShiftTemplateDefinition.Validate"/>; null when valid.</summary>
    private static SetupFields? Parse(ShiftTemplateDefinition template, ShiftTemplateInput input)
    {
        var fields = new SetupFields();
        template.Name = input.Name?.Trim() ?? "";
        template.Queue = string.IsNullOrWhiteSpace(input.Queue) ? null : input.Queue.Trim();
        if (template.Name.Length > 100)
        {
            fields.Add("name", "The name is at most 100 characters.");
        }

        template.EarliestStart = fields.Time("earliestStart", input.EarliestStart, "Earliest start") ?? template.EarliestStart;
        template.LatestStart = fields.Time("latestStart", input.LatestStart, "Latest start") ?? template.LatestStart;
        template.StepMinutes = input.StepMinutes;
        template.PaidLengths = string.Join(',', (input.PaidLengths ?? []).Select(l => l.ToString(CultureInfo.InvariantCulture)));
        template.LunchMinutes = input.LunchMinutes;
        template.LunchFromPaidMinutes = input.LunchFromPaidMinutes;
        template.LunchEarliestAfterMinutes = input.LunchEarliestAfterMinutes;
        template.LunchLatestAfterMinutes = input.LunchLatestAfterMinutes;
        template.PaidBreakMinutes = input.PaidBreakMinutes;
        template.PaidBreakEveryMinutes = input.PaidBreakEveryMinutes;
        template.Active = input.Active;
        if (fields.Any)
        {
            return fields;
        }

        var valid = template.Validate();
        if (!valid.IsSuccess)
        {
            fields.Add(FieldOf(valid.Error!.Code, template), valid.Error!.Message);
            return fields;
        }

        return null;
    }

    /// <summary>The form field a <see cref="ShiftTemplateDefinition.Validate"/> error belongs to.</summary>
    private static string FieldOf(string code, ShiftTemplateDefinition t) => code switch
    {
        "template.name_required" => "name",
        "template.invalid_starts" => t.StepMinutes is < 5 or > 240 ? "stepMinutes" : "latestStart",
        "template.invalid_lengths" => "paidLengths",
        "template.invalid_breaks" when t.LunchMinutes < 0 => "lunchMinutes",
        "template.invalid_breaks" when t.LunchEarliestAfterMinutes > t.LunchLatestAfterMinutes => "lunchLatestAfterMinutes",
        "template.invalid_breaks" when t.PaidBreakMinutes < 0 => "paidBreakMinutes",
        "template.invalid_breaks" => "paidBreakEveryMinutes",
        _ => "template",
    };

    private Task<bool> NameTakenAsync(ShiftTemplateDefinition template, CancellationToken ct)
    {
        // Case-insensitive on both providers: "Day" and "day" would confuse a scheduler picking from a list.
        var lower = template.Name.ToLowerInvariant();
        return db.Set<ShiftTemplateDefinition>().AnyAsync(t => t.SiteId == template.SiteId && t.Id != template.Id && t.Name.ToLower() == lower, ct);
    }

    private enum SaveConflict
    {
        Concurrency,
        Constraint,
    }

    /// <summary>Saves; a stale version or a lost race on a unique key comes back as a conflict instead of an exception.</summary>
    private async Task<SaveConflict?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveConflict.Concurrency;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return SaveConflict.Constraint;
        }
    }

    private async Task<SiteDto?> SiteAsync(SiteId site, CancellationToken ct) =>
        (await directory.SitesAsync(ct).ConfigureAwait(false)).FirstOrDefault(s => s.Id == site.Value);

    private LocalDate Today() => clock.GetCurrentInstant().InUtc().Date;

    private static string StateOf(SiteDto site) => site.Address.State ?? "";

    private static SiteRulesDto ToDto(SiteSchedulingRules r, SiteDto site, bool saved) => new(
        site.Id,
        StateOf(site),
        r.IntervalMinutes,
        r.MinRestMinutes,
        r.MaxDailyPaidMinutes,
        r.MaxConsecutiveDays,
        r.WeeklyOvertimeAfterMinutes,
        r.DailyOvertimeAfterMinutes,
        StateDailyOvertime.ThresholdMinutes(StateOf(site)),
        r.PublishLeadDays,
        r.SwapAutoApprove,
        r.SwapMaxUnderCoverIncrease,
        r.AgentsSeeTeamCoverage,
        saved ? r.Version : null);

    private static ShiftTemplateDto ToDto(ShiftTemplateDefinition t) => new(
        t.Id,
        t.SiteId.Value,
        t.Name,
        t.Queue,
        SetupFields.Format(t.EarliestStart),
        SetupFields.Format(t.LatestStart),
        t.StepMinutes,
        t.PaidLengthList,
        t.LunchMinutes,
        t.LunchFromPaidMinutes,
        t.LunchEarliestAfterMinutes,
        t.LunchLatestAfterMinutes,
        t.PaidBreakMinutes,
        t.PaidBreakEveryMinutes,
        t.Active,
        t.Version,
        TemplatePreview.Of(t));

    private static DayBlockDto ToDto(AgentDayBlock b) => new(b.EmployeeId.Value, b.Date, b.Kind.ToString(), b.Note);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static Error SiteNotFound(SiteId site) => Error.NotFound("site.not_found", $"Site {site.Value} was not found.");

    private static Error TemplateNotFound(Guid id) => Error.NotFound("template.not_found", $"Shift template {id} was not found.");

    private static Error StaleRules() =>
        Error.Conflict("site_rules.stale", "Someone else changed this site's rules since you loaded them. Reload and apply your change again.");

    private static Error StaleTemplate() =>
        Error.Conflict("template.stale", "Someone else changed this shift template since you loaded it. Reload and apply your change again.");

    private static Error NameTaken(string name) =>
        Error.Conflict("template.name_taken", $"The site already has a shift template named '{name}'.");

    private static Error DayTaken(LocalDate date) =>
        Error.Conflict("day_block.exists", $"{Iso(date)} is already blocked for this employee; remove it first to change it.");
}
