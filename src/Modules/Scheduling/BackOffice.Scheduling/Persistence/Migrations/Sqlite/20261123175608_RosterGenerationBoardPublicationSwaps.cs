using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RosterGenerationBoardPublicationSwaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sched_calendar_feeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastFetchedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_calendar_feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_roster_generations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WeekStart = table.Column<string>(type: "TEXT", nullable: false),
                    Weeks = table.Column<int>(type: "INTEGER", nullable: false),
                    Seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Objective = table.Column<long>(type: "INTEGER", nullable: true),
                    Bound = table.Column<long>(type: "INTEGER", nullable: true),
                    UnderCover = table.Column<long>(type: "INTEGER", nullable: true),
                    UnderCoverBound = table.Column<long>(type: "INTEGER", nullable: true),
                    Shifts = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgressJson = table.Column<string>(type: "TEXT", nullable: false),
                    CancelRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExplanationJson = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_roster_generations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_rotations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_rotations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_swap_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ColleagueId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ShiftId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShiftWeekStart = table.Column<string>(type: "TEXT", nullable: false),
                    ShiftStartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ColleagueShiftId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ColleagueShiftWeekStart = table.Column<string>(type: "TEXT", nullable: true),
                    ColleagueShiftStartsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_swap_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sched_rotation_shifts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RotationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DayOffset = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<string>(type: "TEXT", nullable: false),
                    SpanMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Breaks = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_rotation_shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sched_rotation_shifts_sched_rotations_RotationId",
                        column: x => x.RotationId,
                        principalTable: "sched_rotations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sched_calendar_feeds_EmployeeId",
                table: "sched_calendar_feeds",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_calendar_feeds_TokenHash",
                table: "sched_calendar_feeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_generations_Status",
                table: "sched_roster_generations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_generations_TeamId_WeekStart",
                table: "sched_roster_generations",
                columns: new[] { "TeamId", "WeekStart" });

            migrationBuilder.CreateIndex(
                name: "IX_sched_rotation_shifts_RotationId",
                table: "sched_rotation_shifts",
                column: "RotationId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_rotations_TeamId_Name",
                table: "sched_rotations",
                columns: new[] { "TeamId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sched_swap_requests_ColleagueId",
                table: "sched_swap_requests",
                column: "ColleagueId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_swap_requests_RequesterId",
                table: "sched_swap_requests",
                column: "RequesterId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_swap_requests_ShiftId",
                table: "sched_swap_requests",
                column: "ShiftId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_swap_requests_TeamId_Status",
                table: "sched_swap_requests",
                columns: new[] { "TeamId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_calendar_feeds");

            migrationBuilder.DropTable(
                name: "sched_roster_generations");

            migrationBuilder.DropTable(
                name: "sched_rotation_shifts");

            migrationBuilder.DropTable(
                name: "sched_swap_requests");

            migrationBuilder.DropTable(
                name: "sched_rotations");
        }
    }
}
