using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rostering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sched_availability",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    From = table.Column<string>(type: "TEXT", nullable: false),
                    Until = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_availability", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_day_blocks",
                columns: table => new
                {
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_day_blocks", x => new { x.EmployeeId, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "sched_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_preferences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Date = table.Column<string>(type: "TEXT", nullable: true),
                    WantsOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    EarliestStart = table.Column<string>(type: "TEXT", nullable: true),
                    LatestEnd = table.Column<string>(type: "TEXT", nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_preferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterWeekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishedVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ShiftId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RosterWeekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_weeks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WeekStart = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_weeks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_shift_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EarliestStart = table.Column<string>(type: "TEXT", nullable: false),
                    LatestStart = table.Column<string>(type: "TEXT", nullable: false),
                    StepMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidLengths = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LunchMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    LunchFromPaidMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    LunchEarliestAfterMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    LunchLatestAfterMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidBreakMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidBreakEveryMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_shift_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_site_rules",
                columns: table => new
                {
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MinRestMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDailyPaidMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxConsecutiveDays = table.Column<int>(type: "INTEGER", nullable: false),
                    WeeklyOvertimeAfterMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyOvertimeAfterMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishLeadDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SwapAutoApprove = table.Column<bool>(type: "INTEGER", nullable: false),
                    SwapMaxUnderCoverIncrease = table.Column<int>(type: "INTEGER", nullable: false),
                    AgentsSeeTeamCoverage = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_site_rules", x => x.SiteId);
                });

            migrationBuilder.CreateTable(
                name: "sched_team_queues",
                columns: table => new
                {
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequirementSharePercent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_team_queues", x => x.TeamId);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_shifts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RosterWeekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<string>(type: "TEXT", nullable: false),
                    SpanMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Breaks = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Locked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sched_roster_shifts_sched_roster_weeks_RosterWeekId",
                        column: x => x.RosterWeekId,
                        principalTable: "sched_roster_weeks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sched_availability_EmployeeId",
                table: "sched_availability",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_notifications_EmployeeId_CreatedAt",
                table: "sched_notifications",
                columns: new[] { "EmployeeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_preferences_EmployeeId",
                table: "sched_preferences",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_changes_RosterWeekId_At",
                table: "sched_roster_changes",
                columns: new[] { "RosterWeekId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_shifts_EmployeeId_Date",
                table: "sched_roster_shifts",
                columns: new[] { "EmployeeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_shifts_RosterWeekId",
                table: "sched_roster_shifts",
                column: "RosterWeekId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_versions_RosterWeekId_Number",
                table: "sched_roster_versions",
                columns: new[] { "RosterWeekId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_weeks_SiteId_WeekStart",
                table: "sched_roster_weeks",
                columns: new[] { "SiteId", "WeekStart" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_weeks_TeamId_WeekStart",
                table: "sched_roster_weeks",
                columns: new[] { "TeamId", "WeekStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sched_shift_templates_SiteId_Name",
                table: "sched_shift_templates",
                columns: new[] { "SiteId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_availability");

            migrationBuilder.DropTable(
                name: "sched_day_blocks");

            migrationBuilder.DropTable(
                name: "sched_notifications");

            migrationBuilder.DropTable(
                name: "sched_preferences");

            migrationBuilder.DropTable(
                name: "sched_roster_changes");

            migrationBuilder.DropTable(
                name: "sched_roster_shifts");

            migrationBuilder.DropTable(
                name: "sched_roster_versions");

            migrationBuilder.DropTable(
                name: "sched_shift_templates");

            migrationBuilder.DropTable(
                name: "sched_site_rules");

            migrationBuilder.DropTable(
                name: "sched_team_queues");

            migrationBuilder.DropTable(
                name: "sched_roster_weeks");
        }
    }
}
