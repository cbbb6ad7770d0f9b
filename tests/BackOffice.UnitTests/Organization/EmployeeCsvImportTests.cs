using BackOffice.Organization.Contracts;
using BackOffice.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.UnitTests.Organization;

public sealed class EmployeeCsvImportTests
{
    [Fact]
    public async Task ImportAsync_WhenFiveHundredValidRows_ImportsAllWithUserAccounts()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();

        var result = await scope.Get<IEmployeeImport>().ImportAsync(EmployeesCsv.WithRows(500).ToStream(), CancellationToken.None);

        result.Errors.Should().BeEmpty();
        result.ImportedEmployeeIds.Should().HaveCount(500);
        await using var check = host.Scope();
        (await check.Db.Employees.CountAsync()).Should().Be(501, "500 imported plus the supervisor already there");
        (await check.Db.PayRates.CountAsync()).Should().Be(501);
        host.Accounts.Created.Should().HaveCount(500);
        host.Accounts.Created.Should().OnlyContain(a => a.Role == Roles.Agent && a.InitialPassword == null && a.EmployeeId != null);
        host.Accounts.Created.Select(a => a.Email).Should().Contain("agent250@example.com");
        var agent = await check.Db.Employees.SingleAsync(e => e.EmployeeNumber == "E00250");
        agent.Contract!.MaxWeeklyMinutes.Should().Be(2400);
        agent.Skills.Should().Equal("billing", "sales");
        agent.SsnMasked.Should().Be($"***-**-{EmployeesCsv.Ssn(250)[^4..]}");
        agent.BankAccountMasked.Should().Be("****0250");
    }

    [Fact]
    public async Task ImportAsync_WhenOneOfFiveHundredRowsIsBad_ImportsNothingAndNamesTheLine()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        // Data row 273 is file line 274 (the header is line 1).
        var csv = EmployeesCsv.WithRows(500).ReplaceLine(274, EmployeesCsv.Row(273).Replace("agent273@example.com", "agent273-at-example.com", StringComparison.Ordinal));

        var result = await scope.Get<IEmployeeImport>().ImportAsync(csv.ToStream(), CancellationToken.None);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.ToString().Should().StartWith("line 274: email: ");
        await using var check = host.Scope();
        (await check.Db.Employees.CountAsync()).Should().Be(1, "only the supervisor who was there before");
        host.Accounts.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task ImportAsync_WhenSeveralRowsAreBad_ReportsEveryErrorInLineOrder()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var csv = EmployeesCsv.WithRows(5)
            .ReplaceLine(3, EmployeesCsv.Row(2).Replace("2025-02-03", "02/03/2025", StringComparison.Ordinal).Replace(",TX,", ",Texas,", StringComparison.Ordinal))
            .ReplaceLine(5, EmployeesCsv.Row(4).Replace("hourly,18.50", "hourly,6.50", StringComparison.Ordinal));

        var result = await scope.Get<IEmployeeImport>().ImportAsync(csv.ToStream(), CancellationToken.None);

        result.Errors.Select(e => $"{e.Line}:{e.Column}").Should().Equal("3:hire_date", "3:home_state", "5:pay_rate");
        result.Errors[2].Message.Should().Contain("federal minimum wage");
        host.Accounts.Created.Should().BeEmpty();
    }

    [Fact]
    public async Task ImportAsync_WhenFileRepeatsAnEmailOrNumber_FlagsTheLaterLineAndPointsToTheFirst()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var csv = EmployeesCsv.WithRows(3)
            .Add(EmployeesCsv.Row(9).Replace("agent9@", "AGENT2@", StringComparison.Ordinal))
            .Add(EmployeesCsv.Row(10).Replace("E00010", "e00003", StringComparison.Ordinal));

        var result = await scope.Get<IEmployeeImport>().ImportAsync(csv.ToStream(), CancellationToken.None);

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "line 5: email: agent2@example.com is also on line 3.",
            "line 6: employee_number: E00003 is also on line 4.");
        (await scope.Db.Employees.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task ImportAsync_WhenEmployeeOrLoginAlreadyExists_ReportsConflictOnTheRow()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        host.Accounts.ExistingLogins.Add("agent2@example.com");
        await using var scope = host.Scope();
        var csv = EmployeesCsv.WithRows(3).ReplaceLine(4, EmployeesCsv.Row(3).Replace("agent3@", "supervisor@", StringComparison.Ordinal));

        var result = await scope.Get<IEmployeeImport>().ImportAsync(csv.ToStream(), CancellationToken.None);

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "line 3: email: A user account with e-mail agent2@example.com already exists.",
            "line 4: email: An employee with e-mail supervisor@example.com already exists.");
    }

    [Fact]
    public async Task ImportAsync_WhenAccountCreationFails_RollsBackTheEmployees()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        host.Accounts.FailWith = Error.Conflict("identity.email_taken", "agent2@example.com is already a login.");
        await using var scope = host.Scope();

        var result = await scope.Get<IEmployeeImport>().ImportAsync(EmployeesCsv.WithRows(3).ToStream(), CancellationToken.None);

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be("line 3: email: agent2@example.com is already a login.");
        await using var check = host.Scope();
        (await check.Db.Employees.CountAsync()).Should().Be(1, "the employees were written in the same transaction and rolled back");
        (await check.Db.AuditLog.CountAsync(a => a.Action == "employee.added")).Should().Be(1, "only the seeded supervisor's audit row remains");
    }

    [Fact]
    public async Task ImportAsync_WhenHeaderHasTypoAndMissesColumn_StopsAtLineOne()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var text = EmployeesCsv.Header.Replace("home_state", "homestate", StringComparison.Ordinal) + "\n" + EmployeesCsv.Row(1) + "\n";

        var result = await scope.Get<IEmployeeImport>().ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), CancellationToken.None);

        result.Errors.Select(e => e.ToString()).Should().BeEquivalentTo(
            "line 1: home_state: This required column is missing from the header.",
            "line 1: homestate: Unknown column (see docs/organization.md for the column names).");
    }

    [Fact]
    public async Task ImportAsync_WhenQuotedFieldSpansLines_NumbersLinesAsInTheFile()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        // Line 2 holds a quoted first name that continues on line 3; the next record therefore starts on line 4.
        var csv = new EmployeesCsv()
            .Add(EmployeesCsv.Row(1).Replace("Agent1", "\"Mary\nAnn\"", StringComparison.Ordinal))
            .Add(EmployeesCsv.Row(2).Replace("agent2@example.com", "not-an-email", StringComparison.Ordinal));

        var result = await scope.Get<IEmployeeImport>().ImportAsync(csv.ToStream(), CancellationToken.None);

        result.Errors.Select(e => $"{e.Line}:{e.Column}").Should().Equal("2:first_name", "4:email");
    }

    [Fact]
    public async Task ImportAsync_WhenOptionalColumnsAreEmpty_ImportsWithDefaultsAndOpenChecklist()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var text = "employee_number,first_name,last_name,email,hire_date,site_code,home_state,pay_type,pay_rate,role\n"
            + "E7,Ana,Lopez,ana@example.com,2025-03-01,fat,ca,Salaried,52000,supervisor\n";

        var result = await scope.Get<IEmployeeImport>().ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), CancellationToken.None);

        result.Errors.Should().BeEmpty();
        host.Accounts.Created.Should().ContainSingle().Which.Role.Should().Be(Roles.Supervisor);
        var ana = await scope.Db.Employees.SingleAsync(e => e.EmployeeNumber == "E7");
        ana.TeamId.Should().BeNull();
        ana.HomeState.Should().Be("CA");
        ana.Checklist.Items.Where(i => !i.Done).Select(i => i.Code).Should().BeEquivalentTo("ssn", "tax_setup", "bank_account", "schedule_contract");
    }

    [Fact]
    public async Task ImportAsync_WhenTaxAndContractColumnsArePartial_ExplainsWhatIsMissing()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var text = "employee_number,first_name,last_name,email,hire_date,site_code,home_state,pay_type,pay_rate,min_weekly_hours,w4_dependents_amount,bank_account\n"
            + "E8,Bo,Kim,bo@example.com,2025-03-01,DAL,TX,hourly,19,20,2000,12345678\n";

        var result = await scope.Get<IEmployeeImport>().ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), CancellationToken.None);

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "line 2: max_weekly_hours: Required when a contract column is filled.",
            "line 2: max_consecutive_days: Required when a contract column is filled.",
            "line 2: federal_filing_status: Required when w4_dependents_amount is filled.",
            "line 2: bank_routing: Required when bank_account is filled.");
    }

    [Fact]
    public async Task ImportAsync_WhenRowsCarrySsnsAndAccounts_NeverLogsOrReportsThemInClear()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var csv = EmployeesCsv.WithRows(20).ReplaceLine(21, EmployeesCsv.Row(20).Replace(EmployeesCsv.Ssn(20), "666-12-3456", StringComparison.Ordinal));

        var failed = await scope.Get<IEmployeeImport>().ImportAsync(csv.ToStream(), CancellationToken.None);
        var imported = await scope.Get<IEmployeeImport>().ImportAsync(EmployeesCsv.WithRows(20).ToStream(), CancellationToken.None);

        failed.Errors.Should().ContainSingle().Which.Column.Should().Be("ssn");
        string.Join('\n', failed.Errors).Should().NotContain("666-12-3456");
        imported.Succeeded.Should().BeTrue();
        var logs = host.Logs.All;
        logs.Should().NotBeEmpty("EF Core logs its commands at debug level");
        for (var n = 1; n <= 20; n++)
        {
            logs.Should().NotContain(EmployeesCsv.Ssn(n)).And.NotContain(EmployeesCsv.Ssn(n).Replace("-", "", StringComparison.Ordinal));
            logs.Should().NotContain((4000000000L + n).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task ImportAsync_WhenSpreadsheetLeftEmptyRowsAndABom_IgnoresThem()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();
        var text = "\uFEFF" + EmployeesCsv.WithRows(2).Text.Replace("\n", "\r\n", StringComparison.Ordinal) + ",,,,,,,,,,,,,,,,,\r\n,,,,,,,,,,,,,,,,,\r\n";

        var result = await scope.Get<IEmployeeImport>().ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), CancellationToken.None);

        result.Errors.Should().BeEmpty();
        result.ImportedEmployeeIds.Should().HaveCount(2);
    }

    [Fact]
    public async Task ImportAsync_WhenRowHasTooFewFields_NamesTheRow()
    {
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();

        var result = await scope.Get<IEmployeeImport>().ImportAsync(EmployeesCsv.WithRows(2).Add("E9,Only,Three").ToStream(), CancellationToken.None);

        result.Errors.Should().ContainSingle().Which.ToString().Should().Be("line 4: (row): The row has 3 fields; the header has 18.");
    }

    [Fact]
    public async Task ImportAsync_WhenStreamAllowsOnlyAsyncReads_StillImports()
    {
        // Kestrel request bodies refuse synchronous reads; CsvHelper reads synchronously, so the import must buffer first.
        await using var host = await OrganizationTestHost.StartAsync();
        await host.SeedBasicsAsync();
        await using var scope = host.Scope();

        var result = await scope.Get<IEmployeeImport>().ImportAsync(new AsyncOnlyStream(EmployeesCsv.WithRows(3).ToStream()), CancellationToken.None);

        result.ImportedEmployeeIds.Should().HaveCount(3);
    }

    private sealed class AsyncOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
