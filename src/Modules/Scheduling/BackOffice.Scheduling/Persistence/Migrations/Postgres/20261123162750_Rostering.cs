using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Rostering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sched_availability",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    From = table.Column<LocalTime>(type: "time", nullable: false),
                    Until = table.Column<LocalTime>(type: "time", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_availability", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_day_blocks",
                schema: "scheduling",
                columns: table => new
                {
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<LocalDate>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_day_blocks", x => new { x.EmployeeId, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "sched_notifications",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReadAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_preferences",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Date = table.Column<LocalDate>(type: "date", nullable: true),
                    WantsOff = table.Column<bool>(type: "boolean", nullable: false),
                    EarliestStart = table.Column<LocalTime>(type: "time", nullable: true),
                    LatestEnd = table.Column<LocalTime>(type: "time", nullable: true),
                    Weight = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_preferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_changes",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RosterWeekId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PublishedVersion = table.Column<int>(type: "integer", nullable: true),
                    ShiftId = table.Column<Guid>(type: "uuid", nullable: true),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_versions",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RosterWeekId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_weeks",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    WeekStart = table.Column<LocalDate>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedVersion = table.Column<int>(type: "integer", nullable: false),
                    FirstPublishedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    ChangedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_weeks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_shift_templates",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Queue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EarliestStart = table.Column<LocalTime>(type: "time", nullable: false),
                    LatestStart = table.Column<LocalTime>(type: "time", nullable: false),
                    StepMinutes = table.Column<int>(type: "integer", nullable: false),
                    PaidLengths = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LunchMinutes = table.Column<int>(type: "integer", nullable: false),
                    LunchFromPaidMinutes = table.Column<int>(type: "integer", nullable: false),
                    LunchEarliestAfterMinutes = table.Column<int>(type: "integer", nullable: false),
                    LunchLatestAfterMinutes = table.Column<int>(type: "integer", nullable: false),
                    PaidBreakMinutes = table.Column<int>(type: "integer", nullable: false),
                    PaidBreakEveryMinutes = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_shift_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_site_rules",
                schema: "scheduling",
                columns: table => new
                {
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "integer", nullable: false),
                    MinRestMinutes = table.Column<int>(type: "integer", nullable: false),
                    MaxDailyPaidMinutes = table.Column<int>(type: "integer", nullable: false),
                    MaxConsecutiveDays = table.Column<int>(type: "integer", nullable: false),
                    WeeklyOvertimeAfterMinutes = table.Column<int>(type: "integer", nullable: false),
                    DailyOvertimeAfterMinutes = table.Column<int>(type: "integer", nullable: true),
                    PublishLeadDays = table.Column<int>(type: "integer", nullable: false),
                    SwapAutoApprove = table.Column<bool>(type: "boolean", nullable: false),
                    SwapMaxUnderCoverIncrease = table.Column<int>(type: "integer", nullable: false),
                    AgentsSeeTeamCoverage = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_site_rules", x => x.SiteId);
                });

            migrationBuilder.CreateTable(
                name: "sched_team_queues",
                schema: "scheduling",
                columns: table => new
                {
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Queue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequirementSharePercent = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_team_queues", x => x.TeamId);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_shifts",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RosterWeekId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<LocalDate>(type: "date", nullable: false),
                    Start = table.Column<LocalTime>(type: "time", nullable: false),
                    SpanMinutes = table.Column<int>(type: "integer", nullable: false),
                    Breaks = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Locked = table.Column<bool>(type: "boolean", nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sched_roster_shifts_sched_roster_weeks_RosterWeekId",
                        column: x => x.RosterWeekId,
                        principalSchema: "scheduling",
                        principalTable: "sched_roster_weeks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sched_availability_EmployeeId",
                schema: "scheduling",
                table: "sched_availability",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_notifications_EmployeeId_CreatedAt",
                schema: "scheduling",
                table: "sched_notifications",
                columns: new[] { "EmployeeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_preferences_EmployeeId",
                schema: "scheduling",
                table: "sched_preferences",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_changes_RosterWeekId_At",
                schema: "scheduling",
                table: "sched_roster_changes",
                columns: new[] { "RosterWeekId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_shifts_EmployeeId_Date",
                schema: "scheduling",
                table: "sched_roster_shifts",
                columns: new[] { "EmployeeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_shifts_RosterWeekId",
                schema: "scheduling",
                table: "sched_roster_shifts",
                column: "RosterWeekId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_versions_RosterWeekId_Number",
                schema: "scheduling",
                table: "sched_roster_versions",
                columns: new[] { "RosterWeekId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_weeks_SiteId_WeekStart",
                schema: "scheduling",
                table: "sched_roster_weeks",
                columns: new[] { "SiteId", "WeekStart" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_weeks_TeamId_WeekStart",
                schema: "scheduling",
                table: "sched_roster_weeks",
                columns: new[] { "TeamId", "WeekStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sched_shift_templates_SiteId_Name",
                schema: "scheduling",
                table: "sched_shift_templates",
                columns: new[] { "SiteId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_availability",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_day_blocks",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_notifications",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_preferences",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_roster_changes",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_roster_shifts",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_roster_versions",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_shift_templates",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_site_rules",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_team_queues",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_roster_weeks",
                schema: "scheduling");
        }
    }
}
