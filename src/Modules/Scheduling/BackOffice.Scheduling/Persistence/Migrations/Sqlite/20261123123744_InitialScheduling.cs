using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialScheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sched_day_uplifts",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: false),
                    Percent = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_day_uplifts", x => new { x.Queue, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "sched_exception_days",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_exception_days", x => new { x.Queue, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "sched_interval_overrides",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<string>(type: "TEXT", nullable: false),
                    OfferedCalls = table.Column<double>(type: "REAL", nullable: true),
                    AhtSeconds = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_interval_overrides", x => new { x.Queue, x.Date, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "sched_queue_settings",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceLevelTarget = table.Column<double>(type: "REAL", nullable: false),
                    AnswerWithinSeconds = table.Column<double>(type: "REAL", nullable: false),
                    MaxOccupancy = table.Column<double>(type: "REAL", nullable: true),
                    Shrinkage = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    ShrinkageByDayOfWeek = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PatienceSeconds = table.Column<double>(type: "REAL", nullable: true),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_queue_settings", x => x.Queue);
                });

            migrationBuilder.CreateTable(
                name: "sched_volume_history",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IntervalStart = table.Column<long>(type: "INTEGER", nullable: false),
                    UtcOffsetSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Offered = table.Column<int>(type: "INTEGER", nullable: false),
                    Handled = table.Column<int>(type: "INTEGER", nullable: false),
                    AhtSeconds = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_volume_history", x => new { x.Queue, x.IntervalStart });
                });

            migrationBuilder.CreateTable(
                name: "scheduling_audit_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduling_audit_log", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_audit_log_At",
                table: "scheduling_audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_audit_log_EntityType_EntityId",
                table: "scheduling_audit_log",
                columns: new[] { "EntityType", "EntityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_day_uplifts");

            migrationBuilder.DropTable(
                name: "sched_exception_days");

            migrationBuilder.DropTable(
                name: "sched_interval_overrides");

            migrationBuilder.DropTable(
                name: "sched_queue_settings");

            migrationBuilder.DropTable(
                name: "sched_volume_history");

            migrationBuilder.DropTable(
                name: "scheduling_audit_log");
        }
    }
}
