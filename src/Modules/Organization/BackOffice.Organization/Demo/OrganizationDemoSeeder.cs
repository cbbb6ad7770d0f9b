using BackOffice.Identity.Contracts;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Organization.Contracts;
using BackOffice.Organization.Domain;
using BackOffice.Organization.Onboarding;
using BackOffice.Organization.Persistence;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BackOffice.Organization.Demo;

/// <summary>
/// A realistic call center for the embedded demo: three sites in three states and time zones, eight teams of
/// fifteen agents, their supervisors, two schedulers, two payroll admins and an admin. A fixed random seed makes
/// every run produce the same people, rates and contracts. Only the documented demo logins get a password.
/// </summary>
internal sealed class OrganizationDemoSeeder(OrganizationDbContext db, EmployeeOnboarding onboarding, IUnitOfWork unitOfWork, IUserAccounts accounts) : IOrganizationDemoSeeder
{
    public const string Domain = "demo.backoffice.local";
    public const string DemoPassword = "Demo-Password-2026";
    public const int AgentsPerTeam = 15;

    /// <summary>Raises are given up to this date, so the history does not depend on the day the demo is seeded.</summary>
    private static readonly LocalDate HistoryEnd = new(2026, 1, 1);

    private static readonly string[] FirstNames =
    [
        "Aaliyah", "Aaron", "Adriana", "Aiden", "Alejandro", "Amara", "Andre", "Angela", "Anthony", "Ariana", "Benjamin", "Bianca",
        "Brandon", "Brianna", "Caleb", "Camila", "Carlos", "Chloe", "Christopher", "Daniela", "David", "Deja", "Diego", "Elena",
        "Elijah", "Emily", "Ethan", "Fatima", "Gabriel", "Grace", "Hannah", "Hector", "Imani", "Isaac", "Isabella", "Jacob",
        "Jasmine", "Javier", "Jessica", "Jose", "Joshua", "Kayla", "Kevin", "Kiara", "Laura", "Leah", "Lucas", "Luis",
        "Madison", "Malik", "Marcus", "Maria", "Mason", "Mia", "Michael", "Nadia", "Nathan", "Nia", "Noah", "Olivia",
        "Omar", "Paige", "Priya", "Rachel", "Rafael", "Rebecca", "Ryan", "Samantha", "Samuel", "Sara", "Tyler", "Valeria",
        "Victor", "Wei", "Xavier", "Yesenia", "Zachary", "Zoe",
    ];

    private static readonly string[] LastNames =
    [
        "Adams", "Alvarez", "Anderson", "Bailey", "Baker", "Bennett", "Brooks", "Brown", "Campbell", "Carter", "Castillo", "Chavez",
        "Clark", "Collins", "Cook", "Cruz", "Davis", "Diaz", "Edwards", "Evans", "Flores", "Foster", "Garcia", "Gomez",
        "Gonzalez", "Gray", "Green", "Hall", "Harris", "Hernandez", "Hill", "Howard", "Hughes", "Jackson", "James", "Jenkins",
        "Johnson", "Jones", "Kelly", "Kim", "King", "Lee", "Lewis", "Lopez", "Martin", "Martinez", "Miller", "Mitchell",
        "Moore", "Morales", "Morris", "Murphy", "Nelson", "Nguyen", "Ortiz", "Parker", "Patel", "Perez", "Phillips", "Price",
        "Ramirez", "Reed", "Reyes", "Rivera", "Roberts", "Robinson", "Rodriguez", "Ross", "Sanchez", "Scott", "Stewart", "Sullivan",
        "Taylor", "Thomas", "Thompson", "Torres", "Turner", "Walker", "Ward", "Washington", "White", "Williams", "Wilson", "Wright", "Young",
    ];

    private static readonly SiteSpec[] SiteSpecs =
    [
        // Work states with different overtime and tax rules: Texas (no income tax), California (daily overtime), Pennsylvania (flat tax, local EIT).
        new("DAL", "Dallas Contact Center", "America/Chicago", "2200 Ross Ave", "Dallas", "TX", "75201", 15.00m, 19.50m, "111000025", ["TX", "TX", "TX", "TX", "TX", "TX", "TX", "OK"]),
        new("FAT", "Fresno Contact Center", "America/Los_Angeles", "2300 Tulare St", "Fresno", "CA", "93721", 17.00m, 22.00m, "121000248", ["CA"]),
        new("PIT", "Pittsburgh Contact Center", "America/New_York", "600 Grant St", "Pittsburgh", "PA", "15219", 15.50m, 20.50m, "043000096", ["PA", "PA", "PA", "PA", "PA", "OH", "WV"]),
    ];

    private static readonly TeamSpec[] TeamSpecs =
    [
        new("Dallas Billing", "DAL", "billing"),
        new("Dallas Tech Support", "DAL", "tech-support"),
        new("Dallas Sales", "DAL", "sales"),
        new("Fresno Billing", "FAT", "billing"),
        new("Fresno Spanish Line", "FAT", "spanish"),
        new("Fresno Tech Support", "FAT", "tech-support"),
        new("Pittsburgh Billing", "PIT", "billing"),
        new("Pittsburgh Sales", "PIT", "sales"),
    ];

    private static readonly string[] ExtraSkills = ["billing", "tech-support", "sales", "spanish", "retention", "chat"];

    /// <summary>The documented demo logins (docs/organization.md): the only accounts with a password.</summary>
    public static readonly IReadOnlyList<DemoLogin> Logins =
    [
        new($"admin@{Domain}", "Morgan", "Blake", Roles.Admin, "DAL", null),
        new($"scheduler@{Domain}", "Jordan", "Ellis", Roles.Scheduler, "DAL", null),
        new($"payroll@{Domain}", "Taylor", "Brooks", Roles.PayrollAdmin, "PIT", null),
        new($"supervisor@{Domain}", "Dana", "Whitfield", Roles.Supervisor, "DAL", "Dallas Billing"),
        new($"agent@{Domain}", "Alex", "Rivera", Roles.Agent, "DAL", "Dallas Billing"),
        new($"agent.ca@{Domain}", "Sofia", "Martinez", Roles.Agent, "FAT", "Fresno Spanish Line"),
    ];

    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Sites.AnyAsync(cancellationToken).ConfigureAwait(false) || await db.Employees.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return new DemoSeedResult(false, 0, 0, 0);
        }

        var plan = new Plan();
        var sites = SiteSpecs.ToDictionary(s => s.Code, s => Site.Create(s.Code, s.Name, s.TimeZoneId, s.Street, s.City, s.State, s.Zip), StringComparer.Ordinal);

        // Staff and supervisors first: a team needs its supervisor's id.
        var staff = new List<NewEmployee>();
        staff.Add(plan.Staff(Login(Roles.Admin), sites["DAL"], 85_000m, new LocalDate(2019, 3, 4)));
        staff.Add(plan.Staff(Login(Roles.Scheduler), sites["DAL"], 62_000m, new LocalDate(2020, 6, 15)));
        staff.Add(plan.Staff(plan.Person(Roles.Scheduler, "PIT"), sites["PIT"], 60_500m, new LocalDate(2021, 9, 7)));
        staff.Add(plan.Staff(Login(Roles.PayrollAdmin), sites["PIT"], 66_000m, new LocalDate(2019, 11, 12)));
        staff.Add(plan.Staff(plan.Person(Roles.PayrollAdmin, "DAL"), sites["DAL"], 63_500m, new LocalDate(2022, 2, 1)));
        foreach (var teamSpec in TeamSpecs)
        {
            var person = teamSpec.Name == "Dallas Billing" ? Login(Roles.Supervisor) : plan.Person(Roles.Supervisor, teamSpec.Site);
            staff.Add(plan.Staff(person, sites[teamSpec.Site], plan.Amount(56_000m, 68_000m, 500m), plan.HireDate()));
        }

        var staffBatch = await onboarding.PrepareAsync(staff, cancellationToken).ConfigureAwait(false);
        EnsureValid(staffBatch);
        var supervisors = staffBatch.Employees.Where(e => e.Input.Role == Roles.Supervisor).Select(e => e.Employee).ToList();
        var teams = TeamSpecs.Select((spec, i) => Team.Create(spec.Name, sites[spec.Site], supervisors[i])).ToList();

        var agents = new List<NewEmployee>();
        for (var t = 0; t < TeamSpecs.Length; t++)
        {
            var spec = TeamSpecs[t];
            for (var i = 0; i < AgentsPerTeam; i++)
            {
                var login = i == 0 ? Logins.FirstOrDefault(l => l.Role == Roles.Agent && l.Team == spec.Name) : null;
                var person = login ?? plan.Person(Roles.Agent, spec.Site);
                agents.Add(plan.Agent(person, sites[spec.Site], teams[t], spec.Skill, SiteSpecs.Single(s => s.Code == spec.Site), agents.Count));
            }
        }

        var agentBatch = await onboarding.PrepareAsync(agents, cancellationToken).ConfigureAwait(false);
        EnsureValid(agentBatch);
        foreach (var prepared in staffBatch.Employees.Concat(agentBatch.Employees))
        {
            plan.GiveRaises(prepared.Employee);
        }

        var all = staffBatch.Employees.Concat(agentBatch.Employees).ToList();
        var saved = await unitOfWork.ExecuteAsync(async ct =>
        {
            db.Sites.AddRange(sites.Values);
            db.Employees.AddRange(staffBatch.Employees.Select(e => e.Employee));
            db.Teams.AddRange(teams);
            db.Employees.AddRange(agentBatch.Employees.Select(e => e.Employee));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var created = await accounts.CreateAsync([.. all.Select(e => e.Account)], ct).ConfigureAwait(false);
            return created.IsSuccess ? Result<int>.Success(all.Count) : created.Error!;
        }, cancellationToken).ConfigureAwait(false);

        return saved.IsSuccess
            ? new DemoSeedResult(true, sites.Count, teams.Count, all.Count)
            : throw new InvalidOperationException($"Seeding the demo organization failed: {saved.Error!.Code}: {saved.Error.Message}");
    }

    private static DemoLogin Login(string role) => Logins.First(l => l.Role == role);

    private static void EnsureValid(PreparedBatch batch)
    {
        if (!batch.IsValid)
        {
            var first = batch.Errors[0];
            throw new InvalidOperationException($"The demo data is invalid ({batch.Errors.Count} errors); first: {first.Field}: {first.Error.Message}");
        }
    }

    internal sealed record DemoLogin(string Email, string FirstName, string LastName, string Role, string Site, string? Team);

    private sealed record SiteSpec(string Code, string Name, string TimeZoneId, string Street, string City, string State, string Zip, decimal MinRate, decimal MaxRate, string RoutingNumber, string[] HomeStates);

    private sealed record TeamSpec(string Name, string Site, string Skill);

    /// <summary>All randomness comes from one seeded generator, consumed in a fixed order: the same call center every time.</summary>
    private sealed class Plan
    {
#pragma warning disable CA5394 // Demo data must be reproducible, not unpredictable: a seeded Random is the point.
        private readonly Random random = new(20_260_101);
        private readonly HashSet<string> emails = new(StringComparer.Ordinal);
        private readonly HashSet<string> ssns = new(StringComparer.Ordinal);
        private int nextNumber = 1001;

        public DemoLogin Person(string role, string site)
        {
            while (true)
            {
                var first = FirstNames[random.Next(FirstNames.Length)];
                var last = LastNames[random.Next(LastNames.Length)];
                var email = $"{first}.{last}@{Domain}".ToLowerInvariant();
                if (!Logins.Any(l => l.Email == email) && emails.Add(email))
                {
                    return new DemoLogin(email, first, last, role, site, null);
                }
            }
        }

        public LocalDate HireDate() => new LocalDate(2019, 1, 7).PlusDays(random.Next(0, 7 * 365));

        public decimal Amount(decimal min, decimal max, decimal step) =>
            min + (step * random.Next(0, (int)((max - min) / step) + 1));

        public NewEmployee Staff(DemoLogin person, Site site, decimal salary, LocalDate hireDate) =>
            Build(person, site, null, PayType.Salaried, salary, hireDate, [], new WorkContract(40 * 60, 40 * 60, 5), complete: true, SiteSpecs.Single(s => s.Code == site.Code));

        public NewEmployee Agent(DemoLogin person, Site site, Team team, string primarySkill, SiteSpec spec, int index)
        {
            var skills = new SortedSet<string>(StringComparer.Ordinal) { primarySkill };
            if (random.Next(100) < 35)
            {
                skills.Add(ExtraSkills[random.Next(ExtraSkills.Length)]);
            }

            if (primarySkill == "spanish")
            {
                skills.Add("billing");
            }

            var partTime = random.Next(100) < 25;
            var contract = partTime
                ? new WorkContract(16 * 60, 30 * 60, 5)
                : new WorkContract(32 * 60, 40 * 60, random.Next(100) < 70 ? 5 : 6);
            var rate = Amount(spec.MinRate, spec.MaxRate, 0.25m);
            // About one agent in eight is still being onboarded, so the checklist has something to show.
            var complete = person.Email != $"agent@{Domain}" && index % 8 != 5;
            return Build(person, site, team, PayType.Hourly, rate, HireDate(), [.. skills], contract, complete, spec);
        }

        /// <summary>A 3 % raise on every work anniversary before <see cref="HistoryEnd"/>, so the rate history is never a single line.</summary>
        public void GiveRaises(Employee employee)
        {
            var rate = employee.PayRates[0];
            var amount = rate.Amount;
            for (var anniversary = employee.HireDate.PlusYears(1); anniversary < HistoryEnd; anniversary = anniversary.PlusYears(1))
            {
                amount = decimal.Round(amount * 1.03m, rate.PayType == PayType.Hourly ? 2 : 0, MidpointRounding.AwayFromZero);
                _ = employee.ChangePayRate(anniversary, rate.PayType, amount);
            }
        }

        private NewEmployee Build(DemoLogin person, Site site, Team? team, PayType payType, decimal amount, LocalDate hireDate, IReadOnlyList<string> skills, WorkContract contract, bool complete, SiteSpec spec)
        {
            emails.Add(person.Email);
            var number = EmployeeNumber.Parse($"E{nextNumber++}").Value;
            var homeState = spec.HomeStates[random.Next(spec.HomeStates.Length)];
            var login = Logins.Any(l => l.Email == person.Email);
            var ssn = NextSsn();
            var account = BankAccount.Parse(spec.RoutingNumber, $"{random.NextInt64(1_000_000_000L, 9_999_999_999L)}", random.Next(100) < 85 ? BankAccountType.Checking : BankAccountType.Savings).Value!;
            var tax = TaxSetup.Create(
                (FederalFilingStatus)random.Next(3),
                random.Next(100) < 15,
                2_000m * random.Next(0, 3),
                0m,
                0m,
                random.Next(100) < 10 ? 25m : 0m,
                false,
                random.Next(0, 3),
                0m).Value!;
            return new NewEmployee(
                0,
                number,
                PersonName.Parse(person.FirstName, "first_name").Value!,
                PersonName.Parse(person.LastName, "last_name").Value!,
                EmailAddress.Parse(person.Email).Value!,
                hireDate,
                site,
                team,
                homeState,
                payType,
                amount,
                skills,
                person.Role,
                contract,
                complete ? tax : null,
                ssn,
                complete ? account : null,
                login ? DemoPassword : null);
        }

        /// <summary>Random numbers in the issued ranges (area 001–899 except 666); demo people, not real ones.</summary>
        private Ssn NextSsn()
        {
            while (true)
            {
                var area = random.Next(1, 900);
                var text = $"{area:000}-{random.Next(1, 100):00}-{random.Next(1, 10_000):0000}";
                if (Ssn.Parse(text) is { IsSuccess: true } ssn && ssns.Add(text))
                {
                    return ssn.Value!;
                }
            }
        }
#pragma warning restore CA5394
    }
}
