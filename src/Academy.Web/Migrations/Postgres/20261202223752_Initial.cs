using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "cohorts");

            migrationBuilder.EnsureSchema(
                name: "courses");

            migrationBuilder.EnsureSchema(
                name: "discussions");

            migrationBuilder.EnsureSchema(
                name: "reflections");

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WantsDailyDigest = table.Column<bool>(type: "boolean", nullable: false),
                    LastDigestAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_avatars",
                schema: "cohorts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_avatars", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_cohorts",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CourseSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_cohorts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_connection_requests",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ToUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReachesReceiver = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_connection_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_connections",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SecondUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IntroducedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_connections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_introductions",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    IntroducerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TargetId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RequesterNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IntroducerNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_introductions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_invitations",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcceptedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_notifications",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_profiles",
                schema: "cohorts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Headline = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BioMarkdown = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    BioHtml = table.Column<string>(type: "text", nullable: false),
                    Expertise = table.Column<List<string>>(type: "text[]", nullable: false),
                    Interests = table.Column<List<string>>(type: "text[]", nullable: false),
                    LinkedInUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    XUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    BlogUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    WebsiteUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ShowsActivity = table.Column<bool>(type: "boolean", nullable: false),
                    AvatarVersion = table.Column<int>(type: "integer", nullable: false),
                    Visibility = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_profiles", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "courses_assignment_deadlines",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CutOffOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_assignment_deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "courses_courses",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Audience = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    DescriptionMarkdown = table.Column<string>(type: "text", nullable: false),
                    DescriptionHtml = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: true),
                    FileText = table.Column<string>(type: "text", nullable: false),
                    Credits = table.Column<string>(type: "jsonb", nullable: true),
                    Outline = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "discussions_drafts",
                schema: "discussions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Place = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_drafts", x => new { x.UserId, x.CohortSlug, x.Place });
                });

            migrationBuilder.CreateTable(
                name: "discussions_flags",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ThreadNumber = table.Column<int>(type: "integer", nullable: false),
                    PostSequence = table.Column<int>(type: "integer", nullable: false),
                    FlaggedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    FlaggedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FlaggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_flags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "discussions_moderation_log",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ThreadNumber = table.Column<int>(type: "integer", nullable: false),
                    PostSequence = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ModeratorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ModeratorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_moderation_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "discussions_spaces",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ModuleSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reflections_reflections",
                schema: "reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DraftMarkdown = table.Column<string>(type: "text", nullable: false),
                    DraftSavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DraftVersion = table.Column<int>(type: "integer", nullable: false),
                    SubmittedMarkdown = table.Column<string>(type: "text", nullable: false),
                    SubmittedHtml = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false),
                    Scores = table.Column<List<int>>(type: "integer[]", nullable: false),
                    FeedbackMarkdown = table.Column<string>(type: "text", nullable: false),
                    FeedbackHtml = table.Column<string>(type: "text", nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExtendedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionRequestedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ExtensionRequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_reflections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_members",
                schema: "cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CalendarToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_members_cohorts_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalSchema: "cohorts",
                        principalTable: "cohorts_cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_images",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_images", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_images_courses_courses_CourseId",
                        column: x => x.CourseId,
                        principalSchema: "courses",
                        principalTable: "courses_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_modules",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    IsHidden = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedRevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    DraftText = table.Column<string>(type: "text", nullable: true),
                    DraftSavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DraftAuthorName = table.Column<string>(type: "text", nullable: true),
                    ImportedFileHash = table.Column<string>(type: "text", nullable: true),
                    PublishDraftAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_modules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_modules_courses_courses_CourseId",
                        column: x => x.CourseId,
                        principalSchema: "courses",
                        principalTable: "courses_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_threads",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastPostAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastPostAuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PostCount = table.Column<int>(type: "integer", nullable: false),
                    IsPinned = table.Column<bool>(type: "boolean", nullable: false),
                    IsLocked = table.Column<bool>(type: "boolean", nullable: false),
                    LockReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_threads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_threads_discussions_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalSchema: "discussions",
                        principalTable: "discussions_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reflections_comments",
                schema: "reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Markdown = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reflections_comments_reflections_reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalSchema: "reflections",
                        principalTable: "reflections_reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reflections_submissions",
                schema: "reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Markdown = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reflections_submissions_reflections_reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalSchema: "reflections",
                        principalTable: "reflections_reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_module_releases",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ModuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReleasesOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_module_releases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_module_releases_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalSchema: "courses",
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_module_revisions",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ModuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    Objectives = table.Column<List<string>>(type: "text[]", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "text", nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    WordCount = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FileText = table.Column<string>(type: "text", nullable: false),
                    AuthorName = table.Column<string>(type: "text", nullable: false),
                    DiscussionPrompts = table.Column<string>(type: "jsonb", nullable: true),
                    FurtherReading = table.Column<string>(type: "jsonb", nullable: true),
                    Headings = table.Column<string>(type: "jsonb", nullable: true),
                    ReflectionPrompts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_module_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_module_revisions_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalSchema: "courses",
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_progress",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ModuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstOpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastOpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_progress_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalSchema: "courses",
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_follows",
                schema: "discussions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ThreadId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_follows", x => new { x.UserId, x.ThreadId });
                    table.ForeignKey(
                        name: "FK_discussions_follows_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalSchema: "discussions",
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_posts",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ThreadId = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<Guid>(type: "uuid", nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ParentSequence = table.Column<int>(type: "integer", nullable: true),
                    RootSequence = table.Column<int>(type: "integer", nullable: false),
                    QuotedSequence = table.Column<int>(type: "integer", nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "text", nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EditCount = table.Column<int>(type: "integer", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HiddenReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LikeCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_posts_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalSchema: "discussions",
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_read_marks",
                schema: "discussions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ThreadId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastReadSequence = table.Column<int>(type: "integer", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_read_marks", x => new { x.UserId, x.ThreadId });
                    table.ForeignKey(
                        name: "FK_discussions_read_marks_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalSchema: "discussions",
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_likes",
                schema: "discussions",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LikedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_likes", x => new { x.PostId, x.UserId });
                    table.ForeignKey(
                        name: "FK_discussions_likes_discussions_posts_PostId",
                        column: x => x.PostId,
                        principalSchema: "discussions",
                        principalTable: "discussions_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_post_revisions",
                schema: "discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "text", nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_post_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_post_revisions_discussions_posts_PostId",
                        column: x => x.PostId,
                        principalSchema: "discussions",
                        principalTable: "discussions_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_cohorts_CourseSlug",
                schema: "cohorts",
                table: "cohorts_cohorts",
                column: "CourseSlug");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_cohorts_Slug",
                schema: "cohorts",
                table: "cohorts_cohorts",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connection_requests_FromUserId_Status",
                schema: "cohorts",
                table: "cohorts_connection_requests",
                columns: new[] { "FromUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connection_requests_ToUserId_Status",
                schema: "cohorts",
                table: "cohorts_connection_requests",
                columns: new[] { "ToUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_FirstUserId_SecondUserId",
                schema: "cohorts",
                table: "cohorts_connections",
                columns: new[] { "FirstUserId", "SecondUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_SecondUserId",
                schema: "cohorts",
                table: "cohorts_connections",
                column: "SecondUserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_IntroducerId_Status",
                schema: "cohorts",
                table: "cohorts_introductions",
                columns: new[] { "IntroducerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_RequesterId_Status",
                schema: "cohorts",
                table: "cohorts_introductions",
                columns: new[] { "RequesterId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_TargetId_Status",
                schema: "cohorts",
                table: "cohorts_introductions",
                columns: new[] { "TargetId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_invitations_CohortId_Email",
                schema: "cohorts",
                table: "cohorts_invitations",
                columns: new[] { "CohortId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_invitations_TokenHash",
                schema: "cohorts",
                table: "cohorts_invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_members_CalendarToken",
                schema: "cohorts",
                table: "cohorts_members",
                column: "CalendarToken");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_members_CohortId_UserId",
                schema: "cohorts",
                table: "cohorts_members",
                columns: new[] { "CohortId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_members_UserId",
                schema: "cohorts",
                table: "cohorts_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_notifications_UserId_ReadAt_CreatedAt",
                schema: "cohorts",
                table: "cohorts_notifications",
                columns: new[] { "UserId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_courses_assignment_deadlines_CohortSlug_AssignmentSlug",
                schema: "courses",
                table: "courses_assignment_deadlines",
                columns: new[] { "CohortSlug", "AssignmentSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_courses_Slug",
                schema: "courses",
                table: "courses_courses",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_images_CourseId_FileName",
                schema: "courses",
                table: "courses_images",
                columns: new[] { "CourseId", "FileName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_releases_CohortSlug_ModuleId",
                schema: "courses",
                table: "courses_module_releases",
                columns: new[] { "CohortSlug", "ModuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_releases_ModuleId",
                schema: "courses",
                table: "courses_module_releases",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_revisions_ModuleId_Number",
                schema: "courses",
                table: "courses_module_revisions",
                columns: new[] { "ModuleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_modules_CourseId_Position",
                schema: "courses",
                table: "courses_modules",
                columns: new[] { "CourseId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_courses_modules_CourseId_Slug",
                schema: "courses",
                table: "courses_modules",
                columns: new[] { "CourseId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_progress_ModuleId",
                schema: "courses",
                table: "courses_progress",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_courses_progress_UserId_CohortSlug_ModuleId",
                schema: "courses",
                table: "courses_progress",
                columns: new[] { "UserId", "CohortSlug", "ModuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_flags_CohortSlug_ResolvedAt",
                schema: "discussions",
                table: "discussions_flags",
                columns: new[] { "CohortSlug", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_follows_ThreadId_Level",
                schema: "discussions",
                table: "discussions_follows",
                columns: new[] { "ThreadId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_moderation_log_CohortSlug_At",
                schema: "discussions",
                table: "discussions_moderation_log",
                columns: new[] { "CohortSlug", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_post_revisions_PostId_Number",
                schema: "discussions",
                table: "discussions_post_revisions",
                columns: new[] { "PostId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_AuthorId_CreatedAt",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_AuthorId_IdempotencyKey",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "AuthorId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_RootSequence",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "RootSequence" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_Sequence",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_read_marks_ThreadId",
                schema: "discussions",
                table: "discussions_read_marks",
                column: "ThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_discussions_spaces_CohortSlug_Key",
                schema: "discussions",
                table: "discussions_spaces",
                columns: new[] { "CohortSlug", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_CohortSlug_Number",
                schema: "discussions",
                table: "discussions_threads",
                columns: new[] { "CohortSlug", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_SpaceId_IsPinned_LastPostAt",
                schema: "discussions",
                table: "discussions_threads",
                columns: new[] { "SpaceId", "IsPinned", "LastPostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_comments_ReflectionId_CreatedAt",
                schema: "reflections",
                table: "reflections_comments",
                columns: new[] { "ReflectionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_UserId_AssignmentSlug",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "UserId", "AssignmentSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reflections_submissions_ReflectionId_Number",
                schema: "reflections",
                table: "reflections_submissions",
                columns: new[] { "ReflectionId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "cohorts_avatars",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_connection_requests",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_connections",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_introductions",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_invitations",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_members",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_notifications",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "cohorts_profiles",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "courses_assignment_deadlines",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "courses_images",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "courses_module_releases",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "courses_module_revisions",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "courses_progress",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "discussions_drafts",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_flags",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_follows",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_likes",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_moderation_log",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_post_revisions",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_read_marks",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "reflections_comments",
                schema: "reflections");

            migrationBuilder.DropTable(
                name: "reflections_submissions",
                schema: "reflections");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "cohorts_cohorts",
                schema: "cohorts");

            migrationBuilder.DropTable(
                name: "courses_modules",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "discussions_posts",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "reflections_reflections",
                schema: "reflections");

            migrationBuilder.DropTable(
                name: "courses_courses",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "discussions_threads",
                schema: "discussions");

            migrationBuilder.DropTable(
                name: "discussions_spaces",
                schema: "discussions");
        }
    }
}
