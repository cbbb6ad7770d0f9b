using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BackOffice.Organization.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class InitialOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "organization");

            migrationBuilder.CreateTable(
                name: "org_sites",
                schema: "organization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AddressLine1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    City = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_sites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_audit_log",
                schema: "organization",
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
                    table.PrimaryKey("PK_organization_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_employees",
                schema: "organization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    EmployeeNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    HireDate = table.Column<LocalDate>(type: "date", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    HomeState = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SkillList = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ContractMinWeeklyMinutes = table.Column<int>(type: "integer", nullable: true),
                    ContractMaxWeeklyMinutes = table.Column<int>(type: "integer", nullable: true),
                    ContractMaxConsecutiveDays = table.Column<int>(type: "integer", nullable: true),
                    TaxFilingStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TaxMultipleJobs = table.Column<bool>(type: "boolean", nullable: false),
                    TaxDependentsAmount = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    TaxOtherIncome = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    TaxDeductions = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    TaxExtraWithholding = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    TaxExempt = table.Column<bool>(type: "boolean", nullable: false),
                    TaxStateAllowances = table.Column<int>(type: "integer", nullable: false),
                    TaxStateExtraWithholding = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    SsnProtected = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SsnLast4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    BankAccountProtected = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    BankAccountLast4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    BankAccountType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_employees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_employees_org_sites_SiteId",
                        column: x => x.SiteId,
                        principalSchema: "organization",
                        principalTable: "org_sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_pay_rates",
                schema: "organization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFrom = table.Column<LocalDate>(type: "date", nullable: false),
                    PayType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_pay_rates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_pay_rates_org_employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalSchema: "organization",
                        principalTable: "org_employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_teams",
                schema: "organization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisorId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_teams_org_employees_SupervisorId",
                        column: x => x.SupervisorId,
                        principalSchema: "organization",
                        principalTable: "org_employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_org_teams_org_sites_SiteId",
                        column: x => x.SiteId,
                        principalSchema: "organization",
                        principalTable: "org_sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_org_employees_Email",
                schema: "organization",
                table: "org_employees",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_employees_EmployeeNumber",
                schema: "organization",
                table: "org_employees",
                column: "EmployeeNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_employees_SiteId",
                schema: "organization",
                table: "org_employees",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_org_employees_TeamId",
                schema: "organization",
                table: "org_employees",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_org_pay_rates_EmployeeId_EffectiveFrom",
                schema: "organization",
                table: "org_pay_rates",
                columns: new[] { "EmployeeId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_sites_Code",
                schema: "organization",
                table: "org_sites",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_teams_Name",
                schema: "organization",
                table: "org_teams",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_teams_SiteId",
                schema: "organization",
                table: "org_teams",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_org_teams_SupervisorId",
                schema: "organization",
                table: "org_teams",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_audit_log_At",
                schema: "organization",
                table: "organization_audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_organization_audit_log_EntityType_EntityId",
                schema: "organization",
                table: "organization_audit_log",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.AddForeignKey(
                name: "FK_org_employees_org_teams_TeamId",
                schema: "organization",
                table: "org_employees",
                column: "TeamId",
                principalSchema: "organization",
                principalTable: "org_teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_org_employees_org_sites_SiteId",
                schema: "organization",
                table: "org_employees");

            migrationBuilder.DropForeignKey(
                name: "FK_org_teams_org_sites_SiteId",
                schema: "organization",
                table: "org_teams");

            migrationBuilder.DropForeignKey(
                name: "FK_org_employees_org_teams_TeamId",
                schema: "organization",
                table: "org_employees");

            migrationBuilder.DropTable(
                name: "org_pay_rates",
                schema: "organization");

            migrationBuilder.DropTable(
                name: "organization_audit_log",
                schema: "organization");

            migrationBuilder.DropTable(
                name: "org_sites",
                schema: "organization");

            migrationBuilder.DropTable(
                name: "org_teams",
                schema: "organization");

            migrationBuilder.DropTable(
                name: "org_employees",
                schema: "organization");
        }
    }
}
