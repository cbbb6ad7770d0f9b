using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BackOffice.Scheduling.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialScheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "scheduling");

            migrationBuilder.CreateTable(
                name: "sched_day_uplifts",
                schema: "scheduling",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Date = table.Column<LocalDate>(type: "date", nullable: false),
                    Percent = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_day_uplifts", x => new { x.Queue, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "sched_exception_days",
                schema: "scheduling",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Date = table.Column<LocalDate>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_exception_days", x => new { x.Queue, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "sched_interval_overrides",
                schema: "scheduling",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Date = table.Column<LocalDate>(type: "date", nullable: false),
                    Start = table.Column<LocalTime>(type: "time", nullable: false),
                    OfferedCalls = table.Column<double>(type: "double precision", nullable: true),
                    AhtSeconds = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_interval_overrides", x => new { x.Queue, x.Date, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "sched_queue_settings",
                schema: "scheduling",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IntervalMinutes = table.Column<int>(type: "integer", nullable: false),
                    ServiceLevelTarget = table.Column<double>(type: "double precision", nullable: false),
                    AnswerWithinSeconds = table.Column<double>(type: "double precision", nullable: false),
                    MaxOccupancy = table.Column<double>(type: "double precision", nullable: true),
                    Shrinkage = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    ShrinkageByDayOfWeek = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PatienceSeconds = table.Column<double>(type: "double precision", nullable: true),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_queue_settings", x => x.Queue);
                });

            migrationBuilder.CreateTable(
                name: "sched_volume_history",
                schema: "scheduling",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IntervalStart = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    UtcOffsetSeconds = table.Column<int>(type: "integer", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "integer", nullable: false),
                    Offered = table.Column<int>(type: "integer", nullable: false),
                    Handled = table.Column<int>(type: "integer", nullable: false),
                    AhtSeconds = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sched_volume_history", x => new { x.Queue, x.IntervalStart });
                });

            migrationBuilder.CreateTable(
                name: "scheduling_audit_log",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduling_audit_log", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_audit_log_At",
                schema: "scheduling",
                table: "scheduling_audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_scheduling_audit_log_EntityType_EntityId",
                schema: "scheduling",
                table: "scheduling_audit_log",
                columns: new[] { "EntityType", "EntityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_day_uplifts",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_exception_days",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_interval_overrides",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_queue_settings",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "sched_volume_history",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "scheduling_audit_log",
                schema: "scheduling");
        }
    }
}
