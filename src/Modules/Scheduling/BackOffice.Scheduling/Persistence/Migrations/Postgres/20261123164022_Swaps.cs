using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Swaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "sched_swap_requests",
                schema: "scheduling");
        }
    }
}
