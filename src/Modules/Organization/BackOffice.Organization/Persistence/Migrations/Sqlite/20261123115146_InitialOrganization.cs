using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BackOffice.Organization.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InitialOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "org_sites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_sites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organization_audit_log",
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
                    table.PrimaryKey("PK_organization_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_employees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<uint>(type: "INTEGER", nullable: false),
                    EmployeeNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    HireDate = table.Column<string>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HomeState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SkillList = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ContractMinWeeklyMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    ContractMaxWeeklyMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    ContractMaxConsecutiveDays = table.Column<int>(type: "INTEGER", nullable: true),
                    TaxFilingStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TaxMultipleJobs = table.Column<bool>(type: "INTEGER", nullable: false),
                    TaxDependentsAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    TaxOtherIncome = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    TaxDeductions = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    TaxExtraWithholding = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    TaxExempt = table.Column<bool>(type: "INTEGER", nullable: false),
                    TaxStateAllowances = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxStateExtraWithholding = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    SsnProtected = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SsnLast4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    BankAccountProtected = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BankAccountLast4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    BankAccountType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_employees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_employees_org_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "org_sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_pay_rates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<string>(type: "TEXT", nullable: false),
                    PayType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_pay_rates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_pay_rates_org_employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "org_employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_teams_org_employees_SupervisorId",
                        column: x => x.SupervisorId,
                        principalTable: "org_employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_org_teams_org_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "org_sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_org_employees_Email",
                table: "org_employees",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_employees_EmployeeNumber",
                table: "org_employees",
                column: "EmployeeNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_employees_SiteId",
                table: "org_employees",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_org_employees_TeamId",
                table: "org_employees",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_org_pay_rates_EmployeeId_EffectiveFrom",
                table: "org_pay_rates",
                columns: new[] { "EmployeeId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_sites_Code",
                table: "org_sites",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_teams_Name",
                table: "org_teams",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_teams_SiteId",
                table: "org_teams",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_org_teams_SupervisorId",
                table: "org_teams",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_audit_log_At",
                table: "organization_audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_organization_audit_log_EntityType_EntityId",
                table: "organization_audit_log",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.AddForeignKey(
                name: "FK_org_employees_org_teams_TeamId",
                table: "org_employees",
                column: "TeamId",
                principalTable: "org_teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_org_employees_org_sites_SiteId",
                table: "org_employees");

            migrationBuilder.DropForeignKey(
                name: "FK_org_teams_org_sites_SiteId",
                table: "org_teams");

            migrationBuilder.DropForeignKey(
                name: "FK_org_employees_org_teams_TeamId",
                table: "org_employees");

            migrationBuilder.DropTable(
                name: "org_pay_rates");

            migrationBuilder.DropTable(
                name: "organization_audit_log");

            migrationBuilder.DropTable(
                name: "org_sites");

            migrationBuilder.DropTable(
                name: "org_teams");

            migrationBuilder.DropTable(
                name: "org_employees");
        }
    }
}
