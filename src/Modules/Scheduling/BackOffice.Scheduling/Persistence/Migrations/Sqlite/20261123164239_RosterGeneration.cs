using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RosterGeneration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_generations_Status",
                table: "sched_roster_generations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_sched_roster_generations_TeamId_WeekStart",
                table: "sched_roster_generations",
                columns: new[] { "TeamId", "WeekStart" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_roster_generations");
        }
    }
}
