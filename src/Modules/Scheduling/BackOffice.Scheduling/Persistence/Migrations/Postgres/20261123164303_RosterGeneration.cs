using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RosterGeneration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_roster_generations",
                schema: "scheduling");
        }
    }
}
