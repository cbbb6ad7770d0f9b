using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Board : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_rotation_shifts",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_rotations",
                schema: "scheduling");
        }
    }
}
