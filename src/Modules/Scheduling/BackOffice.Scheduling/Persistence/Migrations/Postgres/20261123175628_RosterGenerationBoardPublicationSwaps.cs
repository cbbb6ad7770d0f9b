using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RosterGenerationBoardPublicationSwaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sched_calendar_feeds",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    LastFetchedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_calendar_feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_generations",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    WeekStart = table.Column<LocalDate>(type: "date", nullable: false),
                    Weeks = table.Column<int>(type: "integer", nullable: false),
                    Seconds = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Objective = table.Column<long>(type: "bigint", nullable: true),
                    Bound = table.Column<long>(type: "bigint", nullable: true),
                    UnderCover = table.Column<long>(type: "bigint", nullable: true),
                    UnderCoverBound = table.Column<long>(type: "bigint", nullable: true),
                    Shifts = table.Column<int>(type: "integer", nullable: false),
                    ProgressJson = table.Column<string>(type: "text", nullable: false),
                    CancelRequested = table.Column<bool>(type: "boolean", nullable: false),
                    ExplanationJson = table.Column<string>(type: "text", nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_generations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_rotations",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_rotations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_swap_requests",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterId = table.Column<Guid>(type: "uuid", nullable: false),
                    ColleagueId = table.Column<Guid>(type: "uuid", nullable: true),
                    ShiftId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShiftWeekStart = table.Column<LocalDate>(type: "date", nullable: false),
                    ShiftStartsAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    ColleagueShiftId = table.Column<Guid>(type: "uuid", nullable: true),
                    ColleagueShiftWeekStart = table.Column<LocalDate>(type: "date", nullable: true),
                    ColleagueShiftStartsAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_swap_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_rotation_shifts",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RotationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    DayOffset = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<LocalTime>(type: "time", nullable: false),
                    SpanMinutes = table.Column<int>(type: "integer", nullable: false),
                    Breaks = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_rotation_shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sched_rotation_shifts_sched_rotations_RotationId",
                        column: x => x.RotationId,
                        principalSchema: "scheduling",
                        principalTable: "sched_rotations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sched_calendar_feeds_EmployeeId",
                schema: "scheduling",
                table: "sched_calendar_feeds",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_calendar_feeds_TokenHash",
                schema: "scheduling",
                table: "sched_calendar_feeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_generations_Status",
                schema: "scheduling",
                table: "sched_roster_generations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_generations_TeamId_WeekStart",
                schema: "scheduling",
                table: "sched_roster_generations",
                columns: new[] { "TeamId", "WeekStart" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_rotation_shifts_RotationId",
                schema: "scheduling",
                table: "sched_rotation_shifts",
                column: "RotationId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_rotations_TeamId_Name",
                schema: "scheduling",
                table: "sched_rotations",
                columns: new[] { "TeamId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sched_swap_requests_ColleagueId",
                schema: "scheduling",
                table: "sched_swap_requests",
                column: "ColleagueId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_swap_requests_RequesterId",
                schema: "scheduling",
                table: "sched_swap_requests",
                column: "RequesterId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_swap_requests_ShiftId",
                schema: "scheduling",
                table: "sched_swap_requests",
                column: "ShiftId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_swap_requests_TeamId_Status",
                schema: "scheduling",
                table: "sched_swap_requests",
                columns: new[] { "TeamId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_calendar_feeds",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_roster_generations",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_rotation_shifts",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_swap_requests",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_rotations",
                schema: "scheduling");
        }
    }
}
