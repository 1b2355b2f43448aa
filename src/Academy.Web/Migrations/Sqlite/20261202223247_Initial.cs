using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WantsDailyDigest = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastDigestAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_avatars",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_avatars", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_cohorts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CourseSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_cohorts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_connection_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ToUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReachesReceiver = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_connection_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_connections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SecondUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    IntroducedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_connections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_introductions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    IntroducerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequesterNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IntroducerNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ForwardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_introductions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cohorts_profiles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Headline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BioMarkdown = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    BioHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Expertise = table.Column<string>(type: "TEXT", nullable: false),
                    Interests = table.Column<string>(type: "TEXT", nullable: false),
                    LinkedInUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    XUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    BlogUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    WebsiteUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ShowsActivity = table.Column<bool>(type: "INTEGER", nullable: false),
                    AvatarVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_profiles", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "courses_assignment_deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CutOffOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_assignment_deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "courses_courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    DescriptionMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    DescriptionHtml = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    FileText = table.Column<string>(type: "TEXT", nullable: false),
                    Credits = table.Column<string>(type: "TEXT", nullable: true),
                    Outline = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "discussions_drafts",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_drafts", x => new { x.UserId, x.CohortSlug, x.Place });
                });

            migrationBuilder.CreateTable(
                name: "discussions_flags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ThreadNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PostSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    FlaggedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FlaggedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FlaggedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_flags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "discussions_moderation_log",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ThreadNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PostSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ModeratorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ModeratorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_moderation_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "discussions_spaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ModuleSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reflections_reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DraftMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    DraftSavedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DraftVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedHtml = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", nullable: false),
                    FeedbackMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    FeedbackHtml = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExtendedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionRequestedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExtensionRequestedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_reflections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
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
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
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
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
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
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
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
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CalendarToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cohorts_members_cohorts_cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "cohorts_cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_images",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_images", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_images_courses_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "courses_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_modules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedRevisionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    DraftText = table.Column<string>(type: "TEXT", nullable: true),
                    DraftSavedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DraftAuthorName = table.Column<string>(type: "TEXT", nullable: true),
                    ImportedFileHash = table.Column<string>(type: "TEXT", nullable: true),
                    PublishDraftAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_modules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_modules_courses_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "courses_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_threads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPostAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPostAuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PostCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_threads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_threads_discussions_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "discussions_spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reflections_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reflections_comments_reflections_reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "reflections_reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reflections_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reflections_submissions_reflections_reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "reflections_reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_module_releases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ModuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReleasesOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_module_releases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_module_releases_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_module_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FileText = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", nullable: false),
                    DiscussionPrompts = table.Column<string>(type: "TEXT", nullable: true),
                    FurtherReading = table.Column<string>(type: "TEXT", nullable: true),
                    Headings = table.Column<string>(type: "TEXT", nullable: true),
                    ReflectionPrompts = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_module_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_module_revisions_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_progress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ModuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstOpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastOpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_progress_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_follows",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_follows", x => new { x.UserId, x.ThreadId });
                    table.ForeignKey(
                        name: "FK_discussions_follows_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    RootSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    QuotedSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EditCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LikeCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_posts_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_read_marks",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastReadSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_read_marks", x => new { x.UserId, x.ThreadId });
                    table.ForeignKey(
                        name: "FK_discussions_read_marks_discussions_threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "discussions_threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_likes",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LikedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_likes", x => new { x.PostId, x.UserId });
                    table.ForeignKey(
                        name: "FK_discussions_likes_discussions_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "discussions_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "discussions_post_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussions_post_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discussions_post_revisions_discussions_posts_PostId",
                        column: x => x.PostId,
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
                table: "cohorts_cohorts",
                column: "CourseSlug");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_cohorts_Slug",
                table: "cohorts_cohorts",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connection_requests_FromUserId_Status",
                table: "cohorts_connection_requests",
                columns: new[] { "FromUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connection_requests_ToUserId_Status",
                table: "cohorts_connection_requests",
                columns: new[] { "ToUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_FirstUserId_SecondUserId",
                table: "cohorts_connections",
                columns: new[] { "FirstUserId", "SecondUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_connections_SecondUserId",
                table: "cohorts_connections",
                column: "SecondUserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_IntroducerId_Status",
                table: "cohorts_introductions",
                columns: new[] { "IntroducerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_RequesterId_Status",
                table: "cohorts_introductions",
                columns: new[] { "RequesterId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_introductions_TargetId_Status",
                table: "cohorts_introductions",
                columns: new[] { "TargetId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_invitations_CohortId_Email",
                table: "cohorts_invitations",
                columns: new[] { "CohortId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_invitations_TokenHash",
                table: "cohorts_invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_members_CalendarToken",
                table: "cohorts_members",
                column: "CalendarToken");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_members_CohortId_UserId",
                table: "cohorts_members",
                columns: new[] { "CohortId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_members_UserId",
                table: "cohorts_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_notifications_UserId_ReadAt_CreatedAt",
                table: "cohorts_notifications",
                columns: new[] { "UserId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_courses_assignment_deadlines_CohortSlug_AssignmentSlug",
                table: "courses_assignment_deadlines",
                columns: new[] { "CohortSlug", "AssignmentSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_courses_Slug",
                table: "courses_courses",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_images_CourseId_FileName",
                table: "courses_images",
                columns: new[] { "CourseId", "FileName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_releases_CohortSlug_ModuleId",
                table: "courses_module_releases",
                columns: new[] { "CohortSlug", "ModuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_releases_ModuleId",
                table: "courses_module_releases",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_revisions_ModuleId_Number",
                table: "courses_module_revisions",
                columns: new[] { "ModuleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_modules_CourseId_Position",
                table: "courses_modules",
                columns: new[] { "CourseId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_courses_modules_CourseId_Slug",
                table: "courses_modules",
                columns: new[] { "CourseId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_progress_ModuleId",
                table: "courses_progress",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_courses_progress_UserId_CohortSlug_ModuleId",
                table: "courses_progress",
                columns: new[] { "UserId", "CohortSlug", "ModuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_flags_CohortSlug_ResolvedAt",
                table: "discussions_flags",
                columns: new[] { "CohortSlug", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_follows_ThreadId_Level",
                table: "discussions_follows",
                columns: new[] { "ThreadId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_moderation_log_CohortSlug_At",
                table: "discussions_moderation_log",
                columns: new[] { "CohortSlug", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_post_revisions_PostId_Number",
                table: "discussions_post_revisions",
                columns: new[] { "PostId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_AuthorId_CreatedAt",
                table: "discussions_posts",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_AuthorId_IdempotencyKey",
                table: "discussions_posts",
                columns: new[] { "AuthorId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_RootSequence",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "RootSequence" });

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_Sequence",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_read_marks_ThreadId",
                table: "discussions_read_marks",
                column: "ThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_discussions_spaces_CohortSlug_Key",
                table: "discussions_spaces",
                columns: new[] { "CohortSlug", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_CohortSlug_Number",
                table: "discussions_threads",
                columns: new[] { "CohortSlug", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_SpaceId_IsPinned_LastPostAt",
                table: "discussions_threads",
                columns: new[] { "SpaceId", "IsPinned", "LastPostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_comments_ReflectionId_CreatedAt",
                table: "reflections_comments",
                columns: new[] { "ReflectionId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_UserId_AssignmentSlug",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "UserId", "AssignmentSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reflections_submissions_ReflectionId_Number",
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
                name: "cohorts_avatars");

            migrationBuilder.DropTable(
                name: "cohorts_connection_requests");

            migrationBuilder.DropTable(
                name: "cohorts_connections");

            migrationBuilder.DropTable(
                name: "cohorts_introductions");

            migrationBuilder.DropTable(
                name: "cohorts_invitations");

            migrationBuilder.DropTable(
                name: "cohorts_members");

            migrationBuilder.DropTable(
                name: "cohorts_notifications");

            migrationBuilder.DropTable(
                name: "cohorts_profiles");

            migrationBuilder.DropTable(
                name: "courses_assignment_deadlines");

            migrationBuilder.DropTable(
                name: "courses_images");

            migrationBuilder.DropTable(
                name: "courses_module_releases");

            migrationBuilder.DropTable(
                name: "courses_module_revisions");

            migrationBuilder.DropTable(
                name: "courses_progress");

            migrationBuilder.DropTable(
                name: "discussions_drafts");

            migrationBuilder.DropTable(
                name: "discussions_flags");

            migrationBuilder.DropTable(
                name: "discussions_follows");

            migrationBuilder.DropTable(
                name: "discussions_likes");

            migrationBuilder.DropTable(
                name: "discussions_moderation_log");

            migrationBuilder.DropTable(
                name: "discussions_post_revisions");

            migrationBuilder.DropTable(
                name: "discussions_read_marks");

            migrationBuilder.DropTable(
                name: "reflections_comments");

            migrationBuilder.DropTable(
                name: "reflections_submissions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "cohorts_cohorts");

            migrationBuilder.DropTable(
                name: "courses_modules");

            migrationBuilder.DropTable(
                name: "discussions_posts");

            migrationBuilder.DropTable(
                name: "reflections_reflections");

            migrationBuilder.DropTable(
                name: "courses_courses");

            migrationBuilder.DropTable(
                name: "discussions_threads");

            migrationBuilder.DropTable(
                name: "discussions_spaces");
        }
    }
}
