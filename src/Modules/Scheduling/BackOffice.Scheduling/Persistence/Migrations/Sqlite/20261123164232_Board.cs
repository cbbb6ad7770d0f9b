using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Board : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_sched_rotation_shifts_RotationId",
                table: "sched_rotation_shifts",
                column: "RotationId");

            migrationBuilder.CreateIndex(
                name: "IX_sched_rotations_TeamId_Name",
                table: "sched_rotations",
                columns: new[] { "TeamId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_rotation_shifts");

            migrationBuilder.DropTable(
                name: "sched_rotations");
        }
    }
}
