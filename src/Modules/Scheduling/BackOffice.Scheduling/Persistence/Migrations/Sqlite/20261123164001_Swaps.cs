using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Swaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "sched_swap_requests");
        }
    }
}
