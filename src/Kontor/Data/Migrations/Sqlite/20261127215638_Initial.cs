using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kontor.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kontor_currencies",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    rate = table.Column<long>(type: "INTEGER", nullable: false),
                    is_base = table.Column<bool>(type: "INTEGER", nullable: false),
                    minor_units = table.Column<int>(type: "INTEGER", nullable: false),
                    sort = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_currencies", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "kontor_idempotency",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    body = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_idempotency", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kontor_pipelines",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    sort = table.Column<int>(type: "INTEGER", nullable: false),
                    is_default = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_pipelines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kontor_products",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    price = table.Column<long>(type: "INTEGER", nullable: false),
                    currency_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    tax_rate = table.Column<long>(type: "INTEGER", nullable: true),
                    tax_included = table.Column<bool>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    sort = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_products", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_products_kontor_currencies_currency_code",
                        column: x => x.currency_code,
                        principalTable: "kontor_currencies",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kontor_stages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    pipeline_id = table.Column<long>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    name_de = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    semantic = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    sort = table.Column<int>(type: "INTEGER", nullable: false),
                    color = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_stages", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_stages_kontor_pipelines_pipeline_id",
                        column: x => x.pipeline_id,
                        principalTable: "kontor_pipelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_api_tokens",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hint = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_used_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_api_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kontor_companies",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    comments = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    responsible_id = table.Column<long>(type: "INTEGER", nullable: true),
                    is_opened = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    address_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_country = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    address_region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_street = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_companies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kontor_company_channels",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    normalized = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    owner_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kontor_company_channels", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_company_channels_kontor_companies_owner_id",
                        column: x => x.owner_id,
                        principalTable: "kontor_companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_contact_channels",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    normalized = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    owner_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_contact_channels", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kontor_contact_companies",
                columns: table => new
                {
                    contact_id = table.Column<long>(type: "INTEGER", nullable: false),
                    company_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sort = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_contact_companies", x => new { x.contact_id, x.company_id });
                    table.ForeignKey(
                        name: "fk_kontor_contact_companies_kontor_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "kontor_companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    honorific = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    second_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    position = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    birthdate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    comments = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    responsible_id = table.Column<long>(type: "INTEGER", nullable: true),
                    is_opened = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    address_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_country = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_postal_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    address_region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address_street = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kontor_deal_contacts",
                columns: table => new
                {
                    deal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    contact_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sort = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_deal_contacts", x => new { x.deal_id, x.contact_id });
                    table.ForeignKey(
                        name: "fk_kontor_deal_contacts_kontor_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "kontor_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_deal_observers",
                columns: table => new
                {
                    deal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_deal_observers", x => new { x.deal_id, x.user_id });
                });

            migrationBuilder.CreateTable(
                name: "kontor_deal_product_rows",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    deal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    product_id = table.Column<long>(type: "INTEGER", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    discount_type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    discount_rate = table.Column<long>(type: "INTEGER", nullable: false),
                    discount_value = table.Column<long>(type: "INTEGER", nullable: false),
                    discount_sum = table.Column<long>(type: "INTEGER", nullable: false),
                    tax_rate = table.Column<long>(type: "INTEGER", nullable: true),
                    tax_included = table.Column<bool>(type: "INTEGER", nullable: false),
                    entered_price = table.Column<long>(type: "INTEGER", nullable: false),
                    price_netto = table.Column<long>(type: "INTEGER", nullable: false),
                    price_brutto = table.Column<long>(type: "INTEGER", nullable: false),
                    price_exclusive = table.Column<long>(type: "INTEGER", nullable: false),
                    price = table.Column<long>(type: "INTEGER", nullable: false),
                    net_total = table.Column<long>(type: "INTEGER", nullable: false),
                    tax_total = table.Column<long>(type: "INTEGER", nullable: false),
                    total = table.Column<long>(type: "INTEGER", nullable: false),
                    sort = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_deal_product_rows", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_deal_product_rows_product_product_id",
                        column: x => x.product_id,
                        principalTable: "kontor_products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "kontor_deals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    title = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    pipeline_id = table.Column<long>(type: "INTEGER", nullable: false),
                    stage_id = table.Column<long>(type: "INTEGER", nullable: false),
                    stage_semantic = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    is_closed = table.Column<bool>(type: "INTEGER", nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    currency_code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    is_manual_amount = table.Column<bool>(type: "INTEGER", nullable: false),
                    tax_value = table.Column<long>(type: "INTEGER", nullable: false),
                    probability = table.Column<int>(type: "INTEGER", nullable: true),
                    company_id = table.Column<long>(type: "INTEGER", nullable: true),
                    responsible_id = table.Column<long>(type: "INTEGER", nullable: false),
                    begin_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    close_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    source_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    source_description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    comments = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    is_opened = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    moved_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    moved_by_id = table.Column<long>(type: "INTEGER", nullable: false),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_deals", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_deals_kontor_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "kontor_companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_kontor_deals_kontor_currencies_currency_code",
                        column: x => x.currency_code,
                        principalTable: "kontor_currencies",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_kontor_deals_pipeline_pipeline_id",
                        column: x => x.pipeline_id,
                        principalTable: "kontor_pipelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_kontor_deals_stage_stage_id",
                        column: x => x.stage_id,
                        principalTable: "kontor_stages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kontor_departments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    parent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    head_user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    sort = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_departments", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_departments_kontor_departments_parent_id",
                        column: x => x.parent_id,
                        principalTable: "kontor_departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kontor_users",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    department_id = table.Column<long>(type: "INTEGER", nullable: true),
                    locale = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    is_administrator = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_users_kontor_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "kontor_departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "kontor_timeline",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    owner_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    deal_id = table.Column<long>(type: "INTEGER", nullable: true),
                    contact_id = table.Column<long>(type: "INTEGER", nullable: true),
                    company_id = table.Column<long>(type: "INTEGER", nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    author_id = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_timeline", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_timeline_kontor_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "kontor_companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_timeline_kontor_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "kontor_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_timeline_kontor_deals_deal_id",
                        column: x => x.deal_id,
                        principalTable: "kontor_deals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_kontor_timeline_kontor_users_author_id",
                        column: x => x.author_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "kontor_user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_kontor_user_claims_kontor_users_user_id",
                        column: x => x.user_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_kontor_user_logins_kontor_users_user_id",
                        column: x => x.user_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kontor_user_tokens",
                columns: table => new
                {
                    user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kontor_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_kontor_user_tokens_kontor_users_user_id",
                        column: x => x.user_id,
                        principalTable: "kontor_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "kontor_currencies",
                columns: new[] { "code", "is_base", "minor_units", "name", "rate", "sort" },
                values: new object[,]
                {
                    { "CHF", false, 2, "Swiss Franc", 10500000000L, 40 },
                    { "EUR", true, 2, "Euro", 10000000000L, 10 },
                    { "GBP", false, 2, "Pound Sterling", 11700000000L, 30 },
                    { "PLN", false, 2, "Polish Złoty", 2300000000L, 50 },
                    { "USD", false, 2, "US Dollar", 9200000000L, 20 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_api_tokens_hash",
                table: "kontor_api_tokens",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kontor_api_tokens_user_id",
                table: "kontor_api_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_companies_name",
                table: "kontor_companies",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_companies_responsible_id",
                table: "kontor_companies",
                column: "responsible_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_company_channels_kind_normalized",
                table: "kontor_company_channels",
                columns: new[] { "kind", "normalized" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_company_channels_owner_id",
                table: "kontor_company_channels",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_contact_channels_kind_normalized",
                table: "kontor_contact_channels",
                columns: new[] { "kind", "normalized" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_contact_channels_owner_id",
                table: "kontor_contact_channels",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_contact_companies_company_id",
                table: "kontor_contact_companies",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_contacts_last_name_first_name",
                table: "kontor_contacts",
                columns: new[] { "last_name", "first_name" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_contacts_responsible_id",
                table: "kontor_contacts",
                column: "responsible_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deal_contacts_contact_id",
                table: "kontor_deal_contacts",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deal_observers_user_id",
                table: "kontor_deal_observers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deal_product_rows_deal_id",
                table: "kontor_deal_product_rows",
                column: "deal_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deal_product_rows_product_id",
                table: "kontor_deal_product_rows",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_deals_board",
                table: "kontor_deals",
                columns: new[] { "pipeline_id", "stage_id", "moved_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_deals_board_sums",
                table: "kontor_deals",
                columns: new[] { "pipeline_id", "stage_id", "currency_code", "amount" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deals_amount_id",
                table: "kontor_deals",
                columns: new[] { "amount", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deals_close_date_id",
                table: "kontor_deals",
                columns: new[] { "close_date", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deals_company_id_id",
                table: "kontor_deals",
                columns: new[] { "company_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deals_created_at_id",
                table: "kontor_deals",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deals_currency_code",
                table: "kontor_deals",
                column: "currency_code");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deals_responsible_id_id",
                table: "kontor_deals",
                columns: new[] { "responsible_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_deals_stage_id",
                table: "kontor_deals",
                column: "stage_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_departments_head_user_id",
                table: "kontor_departments",
                column: "head_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_departments_parent_id",
                table: "kontor_departments",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_idempotency_created_at",
                table: "kontor_idempotency",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_idempotency_user_id_key",
                table: "kontor_idempotency",
                columns: new[] { "user_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kontor_products_currency_code",
                table: "kontor_products",
                column: "currency_code");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_products_is_active_name",
                table: "kontor_products",
                columns: new[] { "is_active", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_products_sku",
                table: "kontor_products",
                column: "sku");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_stages_pipeline_id_code",
                table: "kontor_stages",
                columns: new[] { "pipeline_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_author_id",
                table: "kontor_timeline",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_company_id_created_at_id",
                table: "kontor_timeline",
                columns: new[] { "company_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_contact_id_created_at_id",
                table: "kontor_timeline",
                columns: new[] { "contact_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_timeline_deal_id_created_at_id",
                table: "kontor_timeline",
                columns: new[] { "deal_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_kontor_user_claims_user_id",
                table: "kontor_user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_user_logins_user_id",
                table: "kontor_user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "kontor_users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_kontor_users_department_id",
                table: "kontor_users",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "kontor_users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_api_tokens_kontor_users_user_id",
                table: "kontor_api_tokens",
                column: "user_id",
                principalTable: "kontor_users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_companies_kontor_users_responsible_id",
                table: "kontor_companies",
                column: "responsible_id",
                principalTable: "kontor_users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_contact_channels_kontor_contacts_owner_id",
                table: "kontor_contact_channels",
                column: "owner_id",
                principalTable: "kontor_contacts",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_contact_companies_contact_contact_id",
                table: "kontor_contact_companies",
                column: "contact_id",
                principalTable: "kontor_contacts",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_contacts_kontor_users_responsible_id",
                table: "kontor_contacts",
                column: "responsible_id",
                principalTable: "kontor_users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_deal_contacts_kontor_deals_deal_id",
                table: "kontor_deal_contacts",
                column: "deal_id",
                principalTable: "kontor_deals",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_deal_observers_kontor_deals_deal_id",
                table: "kontor_deal_observers",
                column: "deal_id",
                principalTable: "kontor_deals",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_deal_observers_kontor_users_user_id",
                table: "kontor_deal_observers",
                column: "user_id",
                principalTable: "kontor_users",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_deal_product_rows_kontor_deals_deal_id",
                table: "kontor_deal_product_rows",
                column: "deal_id",
                principalTable: "kontor_deals",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_deals_kontor_users_responsible_id",
                table: "kontor_deals",
                column: "responsible_id",
                principalTable: "kontor_users",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_kontor_departments_kontor_users_head_user_id",
                table: "kontor_departments",
                column: "head_user_id",
                principalTable: "kontor_users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_kontor_departments_kontor_users_head_user_id",
                table: "kontor_departments");

            migrationBuilder.DropTable(
                name: "kontor_api_tokens");

            migrationBuilder.DropTable(
                name: "kontor_company_channels");

            migrationBuilder.DropTable(
                name: "kontor_contact_channels");

            migrationBuilder.DropTable(
                name: "kontor_contact_companies");

            migrationBuilder.DropTable(
                name: "kontor_deal_contacts");

            migrationBuilder.DropTable(
                name: "kontor_deal_observers");

            migrationBuilder.DropTable(
                name: "kontor_deal_product_rows");

            migrationBuilder.DropTable(
                name: "kontor_idempotency");

            migrationBuilder.DropTable(
                name: "kontor_timeline");

            migrationBuilder.DropTable(
                name: "kontor_user_claims");

            migrationBuilder.DropTable(
                name: "kontor_user_logins");

            migrationBuilder.DropTable(
                name: "kontor_user_tokens");

            migrationBuilder.DropTable(
                name: "kontor_products");

            migrationBuilder.DropTable(
                name: "kontor_contacts");

            migrationBuilder.DropTable(
                name: "kontor_deals");

            migrationBuilder.DropTable(
                name: "kontor_companies");

            migrationBuilder.DropTable(
                name: "kontor_currencies");

            migrationBuilder.DropTable(
                name: "kontor_stages");

            migrationBuilder.DropTable(
                name: "kontor_pipelines");

            migrationBuilder.DropTable(
                name: "kontor_users");

            migrationBuilder.DropTable(
                name: "kontor_departments");
        }
    }
}
