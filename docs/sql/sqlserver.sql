IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    IF SCHEMA_ID(N'cohorts') IS NULL EXEC(N'CREATE SCHEMA [cohorts];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    IF SCHEMA_ID(N'courses') IS NULL EXEC(N'CREATE SCHEMA [courses];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    IF SCHEMA_ID(N'discussions') IS NULL EXEC(N'CREATE SCHEMA [discussions];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    IF SCHEMA_ID(N'reflections') IS NULL EXEC(N'CREATE SCHEMA [reflections];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [WantsDailyDigest] bit NOT NULL,
        [LastDigestAt] datetimeoffset NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_avatars] (
        [UserId] nvarchar(450) NOT NULL,
        [ContentType] nvarchar(20) NOT NULL,
        [Bytes] varbinary(max) NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_cohorts_avatars] PRIMARY KEY ([UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_cohorts] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(100) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [CourseSlug] nvarchar(100) NOT NULL,
        [StartsOn] date NOT NULL,
        CONSTRAINT [PK_cohorts_cohorts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_connection_requests] (
        [Id] uniqueidentifier NOT NULL,
        [FromUserId] nvarchar(450) NOT NULL,
        [ToUserId] nvarchar(450) NOT NULL,
        [Note] nvarchar(500) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [DecidedAt] datetimeoffset NULL,
        [ReachesReceiver] bit NOT NULL,
        CONSTRAINT [PK_cohorts_connection_requests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_connections] (
        [Id] uniqueidentifier NOT NULL,
        [FirstUserId] nvarchar(450) NOT NULL,
        [SecondUserId] nvarchar(450) NOT NULL,
        [IntroducedBy] nvarchar(450) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_cohorts_connections] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_introductions] (
        [Id] uniqueidentifier NOT NULL,
        [RequesterId] nvarchar(450) NOT NULL,
        [IntroducerId] nvarchar(450) NOT NULL,
        [TargetId] nvarchar(450) NOT NULL,
        [RequesterNote] nvarchar(500) NOT NULL,
        [IntroducerNote] nvarchar(500) NULL,
        [Status] nvarchar(20) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ForwardedAt] datetimeoffset NULL,
        [DecidedAt] datetimeoffset NULL,
        CONSTRAINT [PK_cohorts_introductions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_invitations] (
        [Id] uniqueidentifier NOT NULL,
        [CohortId] uniqueidentifier NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [AcceptedAt] datetimeoffset NULL,
        [AcceptedBy] nvarchar(450) NULL,
        CONSTRAINT [PK_cohorts_invitations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_notifications] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [ActorName] nvarchar(100) NOT NULL,
        [Text] nvarchar(500) NOT NULL,
        [Url] nvarchar(500) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ReadAt] datetimeoffset NULL,
        CONSTRAINT [PK_cohorts_notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_profiles] (
        [UserId] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [Headline] nvarchar(200) NOT NULL,
        [Organisation] nvarchar(200) NOT NULL,
        [Industry] nvarchar(100) NOT NULL,
        [Location] nvarchar(100) NOT NULL,
        [BioMarkdown] nvarchar(2000) NOT NULL,
        [BioHtml] nvarchar(max) NOT NULL,
        [Expertise] nvarchar(max) NOT NULL,
        [Interests] nvarchar(max) NOT NULL,
        [LinkedInUrl] nvarchar(300) NULL,
        [XUrl] nvarchar(300) NULL,
        [BlogUrl] nvarchar(300) NULL,
        [WebsiteUrl] nvarchar(300) NULL,
        [ShowsActivity] bit NOT NULL,
        [AvatarVersion] int NOT NULL,
        [Visibility] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_cohorts_profiles] PRIMARY KEY ([UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [courses].[courses_assignment_deadlines] (
        [Id] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [AssignmentSlug] nvarchar(100) NOT NULL,
        [DueOn] date NOT NULL,
        [CutOffOn] date NULL,
        CONSTRAINT [PK_courses_assignment_deadlines] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [courses].[courses_courses] (
        [Id] uniqueidentifier NOT NULL,
        [Slug] nvarchar(100) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Summary] nvarchar(1000) NOT NULL,
        [Audience] nvarchar(1000) NOT NULL,
        [Hours] int NOT NULL,
        [DescriptionMarkdown] nvarchar(max) NOT NULL,
        [DescriptionHtml] nvarchar(max) NOT NULL,
        [ContentHash] nvarchar(64) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(max) NULL,
        [FileText] nvarchar(max) NOT NULL,
        [Credits] nvarchar(max) NULL,
        [Outline] nvarchar(max) NULL,
        CONSTRAINT [PK_courses_courses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_drafts] (
        [UserId] nvarchar(450) NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [Place] nvarchar(120) NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [SavedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_discussions_drafts] PRIMARY KEY ([UserId], [CohortSlug], [Place])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_flags] (
        [Id] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [ThreadNumber] int NOT NULL,
        [PostSequence] int NOT NULL,
        [FlaggedById] nvarchar(450) NOT NULL,
        [FlaggedByName] nvarchar(100) NOT NULL,
        [Reason] nvarchar(500) NOT NULL,
        [FlaggedAt] datetimeoffset NOT NULL,
        [ResolvedAt] datetimeoffset NULL,
        CONSTRAINT [PK_discussions_flags] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_moderation_log] (
        [Id] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [ThreadNumber] int NOT NULL,
        [PostSequence] int NULL,
        [Action] nvarchar(20) NOT NULL,
        [Reason] nvarchar(500) NOT NULL,
        [ModeratorId] nvarchar(450) NOT NULL,
        [ModeratorName] nvarchar(100) NOT NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_discussions_moderation_log] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_spaces] (
        [Id] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [Kind] int NOT NULL,
        [Key] nvarchar(100) NOT NULL,
        [ModuleSlug] nvarchar(100) NULL,
        [Title] nvarchar(200) NOT NULL,
        [Description] nvarchar(1000) NOT NULL,
        [Position] int NOT NULL,
        CONSTRAINT [PK_discussions_spaces] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [reflections].[reflections_reflections] (
        [Id] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [AssignmentSlug] nvarchar(100) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [AuthorName] nvarchar(100) NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [DraftMarkdown] nvarchar(max) NOT NULL,
        [DraftSavedAt] datetimeoffset NULL,
        [DraftVersion] int NOT NULL,
        [SubmittedMarkdown] nvarchar(max) NOT NULL,
        [SubmittedHtml] nvarchar(max) NOT NULL,
        [SubmittedAt] datetimeoffset NULL,
        [IsLate] bit NOT NULL,
        [Scores] nvarchar(max) NOT NULL,
        [FeedbackMarkdown] nvarchar(max) NOT NULL,
        [FeedbackHtml] nvarchar(max) NOT NULL,
        [ReviewerName] nvarchar(100) NULL,
        [ReviewedAt] datetimeoffset NULL,
        [Audience] nvarchar(20) NOT NULL,
        [ExtendedUntil] date NULL,
        [ExtensionRequestedUntil] date NULL,
        [ExtensionReason] nvarchar(1000) NULL,
        [ExtensionRequestedAt] datetimeoffset NULL,
        CONSTRAINT [PK_reflections_reflections] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_members] (
        [Id] uniqueidentifier NOT NULL,
        [CohortId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [Role] int NOT NULL,
        [JoinedAt] datetimeoffset NOT NULL,
        [CalendarToken] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_cohorts_members] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_cohorts_members_cohorts_cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [cohorts].[cohorts_cohorts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [courses].[courses_images] (
        [Id] uniqueidentifier NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(120) NOT NULL,
        [ContentType] nvarchar(20) NOT NULL,
        [Bytes] varbinary(max) NOT NULL,
        [UploadedBy] nvarchar(100) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_courses_images] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_courses_images_courses_courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [courses].[courses_courses] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [courses].[courses_modules] (
        [Id] uniqueidentifier NOT NULL,
        [CourseId] uniqueidentifier NOT NULL,
        [Slug] nvarchar(100) NOT NULL,
        [Position] int NOT NULL,
        [IsHidden] bit NOT NULL,
        [PublishedRevisionNumber] int NOT NULL,
        [DraftText] nvarchar(max) NULL,
        [DraftSavedAt] datetimeoffset NULL,
        [DraftAuthorName] nvarchar(max) NULL,
        [ImportedFileHash] nvarchar(max) NULL,
        [PublishDraftAt] datetimeoffset NULL,
        CONSTRAINT [PK_courses_modules] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_courses_modules_courses_courses_CourseId] FOREIGN KEY ([CourseId]) REFERENCES [courses].[courses_courses] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_threads] (
        [Id] uniqueidentifier NOT NULL,
        [SpaceId] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [Number] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [AuthorId] nvarchar(450) NOT NULL,
        [AuthorName] nvarchar(100) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [LastPostAt] datetimeoffset NOT NULL,
        [LastPostAuthorName] nvarchar(100) NOT NULL,
        [PostCount] int NOT NULL,
        [IsPinned] bit NOT NULL,
        [IsLocked] bit NOT NULL,
        [LockReason] nvarchar(500) NULL,
        CONSTRAINT [PK_discussions_threads] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_discussions_threads_discussions_spaces_SpaceId] FOREIGN KEY ([SpaceId]) REFERENCES [discussions].[discussions_spaces] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [reflections].[reflections_comments] (
        [Id] uniqueidentifier NOT NULL,
        [ReflectionId] uniqueidentifier NOT NULL,
        [AuthorId] nvarchar(450) NOT NULL,
        [AuthorName] nvarchar(100) NOT NULL,
        [Markdown] nvarchar(max) NOT NULL,
        [Html] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_reflections_comments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_reflections_comments_reflections_reflections_ReflectionId] FOREIGN KEY ([ReflectionId]) REFERENCES [reflections].[reflections_reflections] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [reflections].[reflections_submissions] (
        [Id] uniqueidentifier NOT NULL,
        [ReflectionId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Markdown] nvarchar(max) NOT NULL,
        [Html] nvarchar(max) NOT NULL,
        [SubmittedAt] datetimeoffset NOT NULL,
        [IsLate] bit NOT NULL,
        CONSTRAINT [PK_reflections_submissions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_reflections_submissions_reflections_reflections_ReflectionId] FOREIGN KEY ([ReflectionId]) REFERENCES [reflections].[reflections_reflections] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [courses].[courses_module_releases] (
        [Id] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [ModuleId] uniqueidentifier NOT NULL,
        [ReleasesOn] date NOT NULL,
        CONSTRAINT [PK_courses_module_releases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_courses_module_releases_courses_modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [courses].[courses_modules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [courses].[courses_module_revisions] (
        [Id] uniqueidentifier NOT NULL,
        [ModuleId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [Minutes] int NOT NULL,
        [Objectives] nvarchar(max) NOT NULL,
        [BodyMarkdown] nvarchar(max) NOT NULL,
        [BodyHtml] nvarchar(max) NOT NULL,
        [WordCount] int NOT NULL,
        [ContentHash] nvarchar(64) NOT NULL,
        [Source] nvarchar(500) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [FileText] nvarchar(max) NOT NULL,
        [AuthorName] nvarchar(max) NOT NULL,
        [DiscussionPrompts] nvarchar(max) NULL,
        [FurtherReading] nvarchar(max) NULL,
        [Headings] nvarchar(max) NULL,
        [ReflectionPrompts] nvarchar(max) NULL,
        CONSTRAINT [PK_courses_module_revisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_courses_module_revisions_courses_modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [courses].[courses_modules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [courses].[courses_progress] (
        [Id] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [ModuleId] uniqueidentifier NOT NULL,
        [FirstOpenedAt] datetimeoffset NOT NULL,
        [LastOpenedAt] datetimeoffset NOT NULL,
        [CompletedAt] datetimeoffset NULL,
        CONSTRAINT [PK_courses_progress] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_courses_progress_courses_modules_ModuleId] FOREIGN KEY ([ModuleId]) REFERENCES [courses].[courses_modules] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_follows] (
        [UserId] nvarchar(450) NOT NULL,
        [ThreadId] uniqueidentifier NOT NULL,
        [Level] int NOT NULL,
        CONSTRAINT [PK_discussions_follows] PRIMARY KEY ([UserId], [ThreadId]),
        CONSTRAINT [FK_discussions_follows_discussions_threads_ThreadId] FOREIGN KEY ([ThreadId]) REFERENCES [discussions].[discussions_threads] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_posts] (
        [Id] uniqueidentifier NOT NULL,
        [ThreadId] uniqueidentifier NOT NULL,
        [IdempotencyKey] uniqueidentifier NULL,
        [Sequence] int NOT NULL,
        [ParentSequence] int NULL,
        [RootSequence] int NOT NULL,
        [QuotedSequence] int NULL,
        [AuthorId] nvarchar(450) NOT NULL,
        [AuthorName] nvarchar(100) NOT NULL,
        [BodyMarkdown] nvarchar(max) NOT NULL,
        [BodyHtml] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [EditedAt] datetimeoffset NULL,
        [EditCount] int NOT NULL,
        [DeletedAt] datetimeoffset NULL,
        [HiddenAt] datetimeoffset NULL,
        [HiddenReason] nvarchar(500) NULL,
        [LikeCount] int NOT NULL,
        CONSTRAINT [PK_discussions_posts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_discussions_posts_discussions_threads_ThreadId] FOREIGN KEY ([ThreadId]) REFERENCES [discussions].[discussions_threads] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_read_marks] (
        [UserId] nvarchar(450) NOT NULL,
        [ThreadId] uniqueidentifier NOT NULL,
        [LastReadSequence] int NOT NULL,
        [ReadAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_discussions_read_marks] PRIMARY KEY ([UserId], [ThreadId]),
        CONSTRAINT [FK_discussions_read_marks_discussions_threads_ThreadId] FOREIGN KEY ([ThreadId]) REFERENCES [discussions].[discussions_threads] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_likes] (
        [PostId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [UserName] nvarchar(100) NOT NULL,
        [LikedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_discussions_likes] PRIMARY KEY ([PostId], [UserId]),
        CONSTRAINT [FK_discussions_likes_discussions_posts_PostId] FOREIGN KEY ([PostId]) REFERENCES [discussions].[discussions_posts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE TABLE [discussions].[discussions_post_revisions] (
        [Id] uniqueidentifier NOT NULL,
        [PostId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [BodyMarkdown] nvarchar(max) NOT NULL,
        [BodyHtml] nvarchar(max) NOT NULL,
        [WrittenAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_discussions_post_revisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_discussions_post_revisions_discussions_posts_PostId] FOREIGN KEY ([PostId]) REFERENCES [discussions].[discussions_posts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_cohorts_CourseSlug] ON [cohorts].[cohorts_cohorts] ([CourseSlug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_cohorts_Slug] ON [cohorts].[cohorts_cohorts] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_connection_requests_FromUserId_Status] ON [cohorts].[cohorts_connection_requests] ([FromUserId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_connection_requests_ToUserId_Status] ON [cohorts].[cohorts_connection_requests] ([ToUserId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_connections_FirstUserId_SecondUserId] ON [cohorts].[cohorts_connections] ([FirstUserId], [SecondUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_connections_SecondUserId] ON [cohorts].[cohorts_connections] ([SecondUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_introductions_IntroducerId_Status] ON [cohorts].[cohorts_introductions] ([IntroducerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_introductions_RequesterId_Status] ON [cohorts].[cohorts_introductions] ([RequesterId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_introductions_TargetId_Status] ON [cohorts].[cohorts_introductions] ([TargetId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_invitations_CohortId_Email] ON [cohorts].[cohorts_invitations] ([CohortId], [Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_invitations_TokenHash] ON [cohorts].[cohorts_invitations] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_members_CalendarToken] ON [cohorts].[cohorts_members] ([CalendarToken]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_members_CohortId_UserId] ON [cohorts].[cohorts_members] ([CohortId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_members_UserId] ON [cohorts].[cohorts_members] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_cohorts_notifications_UserId_ReadAt_CreatedAt] ON [cohorts].[cohorts_notifications] ([UserId], [ReadAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_courses_assignment_deadlines_CohortSlug_AssignmentSlug] ON [courses].[courses_assignment_deadlines] ([CohortSlug], [AssignmentSlug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_courses_courses_Slug] ON [courses].[courses_courses] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_courses_images_CourseId_FileName] ON [courses].[courses_images] ([CourseId], [FileName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_courses_module_releases_CohortSlug_ModuleId] ON [courses].[courses_module_releases] ([CohortSlug], [ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_courses_module_releases_ModuleId] ON [courses].[courses_module_releases] ([ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_courses_module_revisions_ModuleId_Number] ON [courses].[courses_module_revisions] ([ModuleId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_courses_modules_CourseId_Position] ON [courses].[courses_modules] ([CourseId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_courses_modules_CourseId_Slug] ON [courses].[courses_modules] ([CourseId], [Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_courses_progress_ModuleId] ON [courses].[courses_progress] ([ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_courses_progress_UserId_CohortSlug_ModuleId] ON [courses].[courses_progress] ([UserId], [CohortSlug], [ModuleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_discussions_flags_CohortSlug_ResolvedAt] ON [discussions].[discussions_flags] ([CohortSlug], [ResolvedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_discussions_follows_ThreadId_Level] ON [discussions].[discussions_follows] ([ThreadId], [Level]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_discussions_moderation_log_CohortSlug_At] ON [discussions].[discussions_moderation_log] ([CohortSlug], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_discussions_post_revisions_PostId_Number] ON [discussions].[discussions_post_revisions] ([PostId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_discussions_posts_AuthorId_CreatedAt] ON [discussions].[discussions_posts] ([AuthorId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_discussions_posts_AuthorId_IdempotencyKey] ON [discussions].[discussions_posts] ([AuthorId], [IdempotencyKey]) WHERE [IdempotencyKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_discussions_posts_ThreadId_RootSequence] ON [discussions].[discussions_posts] ([ThreadId], [RootSequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_discussions_posts_ThreadId_Sequence] ON [discussions].[discussions_posts] ([ThreadId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_discussions_read_marks_ThreadId] ON [discussions].[discussions_read_marks] ([ThreadId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_discussions_spaces_CohortSlug_Key] ON [discussions].[discussions_spaces] ([CohortSlug], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_discussions_threads_CohortSlug_Number] ON [discussions].[discussions_threads] ([CohortSlug], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_discussions_threads_SpaceId_IsPinned_LastPostAt] ON [discussions].[discussions_threads] ([SpaceId], [IsPinned], [LastPostAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_reflections_comments_ReflectionId_CreatedAt] ON [reflections].[reflections_comments] ([ReflectionId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE INDEX [IX_reflections_reflections_CohortSlug_Status] ON [reflections].[reflections_reflections] ([CohortSlug], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_reflections_reflections_CohortSlug_UserId_AssignmentSlug] ON [reflections].[reflections_reflections] ([CohortSlug], [UserId], [AssignmentSlug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_reflections_submissions_ReflectionId_Number] ON [reflections].[reflections_submissions] ([ReflectionId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223907_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202223907_Initial', N'10.0.15');
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223908_DiscussionSearch'
)
BEGIN
    IF FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'academy_search')
            EXEC('CREATE FULLTEXT CATALOG academy_search');
        IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID('discussions.discussions_posts'))
            EXEC('CREATE FULLTEXT INDEX ON discussions.discussions_posts (BodyMarkdown LANGUAGE 0) KEY INDEX PK_discussions_posts ON academy_search WITH CHANGE_TRACKING AUTO');
    END
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202223908_DiscussionSearch'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202223908_DiscussionSearch', N'10.0.15');
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203011223_ClusterState'
)
BEGIN
    IF SCHEMA_ID(N'host') IS NULL EXEC(N'CREATE SCHEMA [host];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203011223_ClusterState'
)
BEGIN
    IF SCHEMA_ID(N'shared') IS NULL EXEC(N'CREATE SCHEMA [shared];');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203011223_ClusterState'
)
BEGIN
    CREATE TABLE [host].[host_data_protection_keys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_host_data_protection_keys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203011223_ClusterState'
)
BEGIN
    CREATE TABLE [shared].[shared_job_leases] (
        [Name] nvarchar(100) NOT NULL,
        [Holder] nvarchar(200) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_shared_job_leases] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203011223_ClusterState'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203011223_ClusterState', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    ALTER TABLE [cohorts].[cohorts_cohorts] ADD [TimeZone] nvarchar(64) NOT NULL DEFAULT N'Europe/Helsinki';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_sessions] (
        [Id] uniqueidentifier NOT NULL,
        [CohortId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [AgendaMarkdown] nvarchar(4000) NOT NULL,
        [AgendaHtml] nvarchar(max) NOT NULL,
        [StartsAt] datetimeoffset NOT NULL,
        [EndsAt] datetimeoffset NOT NULL,
        [MeetingUrl] nvarchar(300) NULL,
        [Place] nvarchar(200) NULL,
        [ModuleSlug] nvarchar(100) NULL,
        [IsCancelled] bit NOT NULL,
        [CancelledAt] datetimeoffset NULL,
        [RecordingUrl] nvarchar(300) NULL,
        [NotesMarkdown] nvarchar(4000) NOT NULL,
        [NotesHtml] nvarchar(max) NOT NULL,
        [AttendanceTakenAt] datetimeoffset NULL,
        [Sequence] int NOT NULL,
        [ChangedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(450) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_cohorts_sessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_cohorts_sessions_cohorts_cohorts_CohortId] FOREIGN KEY ([CohortId]) REFERENCES [cohorts].[cohorts_cohorts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_session_attendance] (
        [Id] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Attended] bit NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_cohorts_session_attendance] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_cohorts_session_attendance_cohorts_sessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [cohorts].[cohorts_sessions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_session_rsvps] (
        [Id] uniqueidentifier NOT NULL,
        [SessionId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Answer] nvarchar(20) NOT NULL,
        [AnsweredAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_cohorts_session_rsvps] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_cohorts_session_rsvps_cohorts_sessions_SessionId] FOREIGN KEY ([SessionId]) REFERENCES [cohorts].[cohorts_sessions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_session_attendance_SessionId_UserId] ON [cohorts].[cohorts_session_attendance] ([SessionId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE INDEX [IX_cohorts_session_attendance_UserId] ON [cohorts].[cohorts_session_attendance] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_session_rsvps_SessionId_UserId] ON [cohorts].[cohorts_session_rsvps] ([SessionId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE INDEX [IX_cohorts_session_rsvps_UserId] ON [cohorts].[cohorts_session_rsvps] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_sessions_CohortId_Number] ON [cohorts].[cohorts_sessions] ([CohortId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE INDEX [IX_cohorts_sessions_CohortId_StartsAt] ON [cohorts].[cohorts_sessions] ([CohortId], [StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    CREATE INDEX [IX_cohorts_sessions_StartsAt] ON [cohorts].[cohorts_sessions] ([StartsAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203023202_LiveSessions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203023202_LiveSessions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    ALTER TABLE [cohorts].[cohorts_notifications] ADD [CohortSlug] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    ALTER TABLE [cohorts].[cohorts_notifications] ADD [Kind] nvarchar(32) NOT NULL DEFAULT N'Discussion';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    ALTER TABLE [cohorts].[cohorts_notifications] ADD [OnceKey] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    CREATE TABLE [host].[host_email_outbox] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NULL,
        [ToAddress] nvarchar(256) NOT NULL,
        [ToName] nvarchar(100) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [TextBody] nvarchar(max) NOT NULL,
        [HtmlBody] nvarchar(max) NOT NULL,
        [Topic] nvarchar(32) NULL,
        [UnsubscribeUrl] nvarchar(1000) NULL,
        [OnceKey] nvarchar(200) NULL,
        [SendBefore] datetimeoffset NULL,
        [Status] nvarchar(16) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [NextAttemptAt] datetimeoffset NOT NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(1000) NULL,
        [ClaimedBy] nvarchar(200) NULL,
        [SentAt] datetimeoffset NULL,
        CONSTRAINT [PK_host_email_outbox] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_host_email_outbox_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    CREATE TABLE [host].[host_email_preferences] (
        [UserId] nvarchar(450) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Delivery] nvarchar(16) NOT NULL,
        CONSTRAINT [PK_host_email_preferences] PRIMARY KEY ([UserId], [Kind]),
        CONSTRAINT [FK_host_email_preferences_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    UPDATE [cohorts].[cohorts_notifications] SET [Kind] = 'Announcement' WHERE [Text] LIKE 'New announcement from %'
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    UPDATE [cohorts].[cohorts_notifications] SET [Kind] = 'Networking' WHERE [Url] = '/connections'
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    UPDATE [cohorts].[cohorts_notifications] SET [Kind] = 'Other' WHERE [Url] LIKE '%/reflections/review' OR [Text] LIKE 'You were enrolled in %'
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    UPDATE [cohorts].[cohorts_notifications] SET [Kind] = 'ReflectionFeedback' WHERE [Kind] = 'Discussion' AND [Url] LIKE '%/reflections/%'
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    EXEC(N'INSERT INTO [host].[host_email_preferences] ([UserId], [Kind], [Delivery]) SELECT [Id], ''Discussion'', ''InApp'' FROM [AspNetUsers] WHERE [WantsDailyDigest] = 0')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    EXEC(N'INSERT INTO [host].[host_email_preferences] ([UserId], [Kind], [Delivery]) SELECT [Id], ''Other'', ''InApp'' FROM [AspNetUsers] WHERE [WantsDailyDigest] = 0')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AspNetUsers]') AND [c].[name] = N'WantsDailyDigest');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [AspNetUsers] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [AspNetUsers] DROP COLUMN [WantsDailyDigest];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_cohorts_notifications_UserId_OnceKey] ON [cohorts].[cohorts_notifications] ([UserId], [OnceKey]) WHERE [OnceKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    CREATE INDEX [IX_host_email_outbox_Status_NextAttemptAt] ON [host].[host_email_outbox] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    CREATE INDEX [IX_host_email_outbox_UserId] ON [host].[host_email_outbox] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203024356_EmailOutbox'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203024356_EmailOutbox', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203054908_PersonLanguageAndTimeZone'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [Language] nvarchar(8) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203054908_PersonLanguageAndTimeZone'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [TimeZone] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203054908_PersonLanguageAndTimeZone'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203054908_PersonLanguageAndTimeZone', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203084743_CourseLanguage'
)
BEGIN
    ALTER TABLE [discussions].[discussions_threads] ADD [ContentLanguage] nvarchar(35) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203084743_CourseLanguage'
)
BEGIN
    ALTER TABLE [discussions].[discussions_spaces] ADD [ContentLanguage] nvarchar(35) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203084743_CourseLanguage'
)
BEGIN
    ALTER TABLE [courses].[courses_courses] ADD [Language] nvarchar(35) NOT NULL DEFAULT N'en';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203084743_CourseLanguage'
)
BEGIN
    EXEC(N'UPDATE [discussions].[discussions_threads] SET [ContentLanguage] = N''en'' WHERE [AuthorId] = N''''')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203084743_CourseLanguage'
)
BEGIN
    EXEC(N'UPDATE [discussions].[discussions_spaces] SET [ContentLanguage] = N''en'' WHERE [ModuleSlug] IS NOT NULL')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203084743_CourseLanguage'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203084743_CourseLanguage', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_conversations] (
        [Id] uniqueidentifier NOT NULL,
        [Title] nvarchar(120) NULL,
        [IsRequest] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [LastMessageAt] datetimeoffset NOT NULL,
        [MessageCount] int NOT NULL,
        CONSTRAINT [PK_cohorts_conversations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_person_blocks] (
        [Id] uniqueidentifier NOT NULL,
        [BlockerId] nvarchar(450) NOT NULL,
        [BlockedId] nvarchar(450) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_cohorts_person_blocks] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_conversation_members] (
        [Id] uniqueidentifier NOT NULL,
        [ConversationId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [Standing] nvarchar(20) NOT NULL,
        [JoinedAt] datetimeoffset NOT NULL,
        [LastReadNumber] int NOT NULL,
        [IsMuted] bit NOT NULL,
        [AnsweredAt] datetimeoffset NULL,
        CONSTRAINT [PK_cohorts_conversation_members] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_cohorts_conversation_members_cohorts_conversations_ConversationId] FOREIGN KEY ([ConversationId]) REFERENCES [cohorts].[cohorts_conversations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_private_messages] (
        [Id] uniqueidentifier NOT NULL,
        [ConversationId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [AuthorId] nvarchar(450) NULL,
        [AuthorName] nvarchar(100) NOT NULL,
        [Markdown] nvarchar(max) NOT NULL,
        [Html] nvarchar(max) NOT NULL,
        [SentAt] datetimeoffset NOT NULL,
        [EditedAt] datetimeoffset NULL,
        [DeletedAt] datetimeoffset NULL,
        CONSTRAINT [PK_cohorts_private_messages] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_cohorts_private_messages_cohorts_conversations_ConversationId] FOREIGN KEY ([ConversationId]) REFERENCES [cohorts].[cohorts_conversations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_conversation_members_ConversationId_UserId] ON [cohorts].[cohorts_conversation_members] ([ConversationId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE INDEX [IX_cohorts_conversation_members_UserId_Standing] ON [cohorts].[cohorts_conversation_members] ([UserId], [Standing]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE INDEX [IX_cohorts_person_blocks_BlockedId] ON [cohorts].[cohorts_person_blocks] ([BlockedId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_person_blocks_BlockerId_BlockedId] ON [cohorts].[cohorts_person_blocks] ([BlockerId], [BlockedId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE INDEX [IX_cohorts_private_messages_AuthorId] ON [cohorts].[cohorts_private_messages] ([AuthorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    CREATE UNIQUE INDEX [IX_cohorts_private_messages_ConversationId_Number] ON [cohorts].[cohorts_private_messages] ([ConversationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203121458_PrivateMessages'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203121458_PrivateMessages', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125210_MessageReports'
)
BEGIN
    ALTER TABLE [cohorts].[cohorts_private_messages] ADD [RemovedByAdmin] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125210_MessageReports'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_message_reports] (
        [Id] uniqueidentifier NOT NULL,
        [MessageId] uniqueidentifier NOT NULL,
        [ReporterId] nvarchar(450) NULL,
        [ReporterName] nvarchar(100) NOT NULL,
        [Reason] nvarchar(500) NOT NULL,
        [ReportedAt] datetimeoffset NOT NULL,
        [Outcome] nvarchar(20) NOT NULL,
        [ResolvedAt] datetimeoffset NULL,
        [ResolvedById] nvarchar(450) NULL,
        [ResolvedByName] nvarchar(100) NULL,
        CONSTRAINT [PK_cohorts_message_reports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_cohorts_message_reports_cohorts_private_messages_MessageId] FOREIGN KEY ([MessageId]) REFERENCES [cohorts].[cohorts_private_messages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125210_MessageReports'
)
BEGIN
    CREATE INDEX [IX_cohorts_message_reports_MessageId_ReporterId] ON [cohorts].[cohorts_message_reports] ([MessageId], [ReporterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125210_MessageReports'
)
BEGIN
    CREATE INDEX [IX_cohorts_message_reports_Outcome_ReportedAt] ON [cohorts].[cohorts_message_reports] ([Outcome], [ReportedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125210_MessageReports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203125210_MessageReports', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203135132_ConversationDraftsAndReaders'
)
BEGIN
    ALTER TABLE [cohorts].[cohorts_conversation_members] ADD [Draft] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203135132_ConversationDraftsAndReaders'
)
BEGIN
    ALTER TABLE [cohorts].[cohorts_conversation_members] ADD [DraftSavedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203135132_ConversationDraftsAndReaders'
)
BEGIN
    CREATE TABLE [cohorts].[cohorts_conversation_readers] (
        [Id] uniqueidentifier NOT NULL,
        [ConversationId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_cohorts_conversation_readers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_cohorts_conversation_readers_cohorts_conversations_ConversationId] FOREIGN KEY ([ConversationId]) REFERENCES [cohorts].[cohorts_conversations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203135132_ConversationDraftsAndReaders'
)
BEGIN
    CREATE INDEX [IX_cohorts_conversation_readers_ConversationId_UserId] ON [cohorts].[cohorts_conversation_readers] ([ConversationId], [UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203135132_ConversationDraftsAndReaders'
)
BEGIN
    CREATE INDEX [IX_cohorts_conversation_readers_ExpiresAt] ON [cohorts].[cohorts_conversation_readers] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203135132_ConversationDraftsAndReaders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203135132_ConversationDraftsAndReaders', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164231_PeerReview'
)
BEGIN
    CREATE TABLE [reflections].[reflections_peer_review_settings] (
        [Id] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [AssignmentSlug] nvarchar(100) NOT NULL,
        [IsOn] bit NOT NULL,
        [ReviewsPerSubmission] int NOT NULL,
        [ReviewsToGive] int NOT NULL,
        [IsAnonymous] bit NOT NULL,
        [ReviewsDueOn] date NULL,
        [ShowsPeerScores] bit NOT NULL,
        [RevealsAfterGiving] bit NOT NULL,
        [IncludesPrivateReflections] bit NOT NULL,
        [ClaimHours] int NOT NULL,
        [ChangedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_reflections_peer_review_settings] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164231_PeerReview'
)
BEGIN
    CREATE TABLE [reflections].[reflections_peer_reviews] (
        [Id] uniqueidentifier NOT NULL,
        [ReflectionId] uniqueidentifier NOT NULL,
        [CohortSlug] nvarchar(100) NOT NULL,
        [AssignmentSlug] nvarchar(100) NOT NULL,
        [AuthorId] nvarchar(450) NOT NULL,
        [Slot] int NOT NULL,
        [ReviewerId] nvarchar(450) NOT NULL,
        [ReviewerName] nvarchar(100) NOT NULL,
        [LapsedReviewerId] nvarchar(450) NULL,
        [OpenClaimOf] nvarchar(450) NULL,
        [IsAnonymous] bit NOT NULL,
        [AssignedByInstructor] bit NOT NULL,
        [ClaimedAt] datetimeoffset NOT NULL,
        [ClaimExpiresAt] datetimeoffset NOT NULL,
        [SubmittedAt] datetimeoffset NULL,
        [IsHidden] bit NOT NULL,
        [HiddenBy] nvarchar(100) NULL,
        [ClaimVersion] int NOT NULL,
        [Criteria] nvarchar(max) NULL,
        CONSTRAINT [PK_reflections_peer_reviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_reflections_peer_reviews_reflections_reflections_ReflectionId] FOREIGN KEY ([ReflectionId]) REFERENCES [reflections].[reflections_reflections] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164231_PeerReview'
)
BEGIN
    CREATE UNIQUE INDEX [IX_reflections_peer_review_settings_CohortSlug_AssignmentSlug] ON [reflections].[reflections_peer_review_settings] ([CohortSlug], [AssignmentSlug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164231_PeerReview'
)
BEGIN
    CREATE INDEX [IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_AuthorId] ON [reflections].[reflections_peer_reviews] ([CohortSlug], [AssignmentSlug], [AuthorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164231_PeerReview'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_OpenClaimOf] ON [reflections].[reflections_peer_reviews] ([CohortSlug], [AssignmentSlug], [OpenClaimOf]) WHERE [OpenClaimOf] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164231_PeerReview'
)
BEGIN
    CREATE INDEX [IX_reflections_peer_reviews_CohortSlug_AssignmentSlug_ReviewerId] ON [reflections].[reflections_peer_reviews] ([CohortSlug], [AssignmentSlug], [ReviewerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164231_PeerReview'
)
BEGIN
    CREATE UNIQUE INDEX [IX_reflections_peer_reviews_ReflectionId_ReviewerId] ON [reflections].[reflections_peer_reviews] ([ReflectionId], [ReviewerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164231_PeerReview'
)
BEGIN
    CREATE UNIQUE INDEX [IX_reflections_peer_reviews_ReflectionId_Slot] ON [reflections].[reflections_peer_reviews] ([ReflectionId], [Slot]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203164231_PeerReview'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203164231_PeerReview', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204051321_ReflectionQueueIndexes'
)
BEGIN
    DROP INDEX [IX_reflections_reflections_CohortSlug_Status] ON [reflections].[reflections_reflections];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204051321_ReflectionQueueIndexes'
)
BEGIN
    CREATE INDEX [IX_reflections_reflections_CohortSlug_AssignmentSlug_SubmittedAt] ON [reflections].[reflections_reflections] ([CohortSlug], [AssignmentSlug], [SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204051321_ReflectionQueueIndexes'
)
BEGIN
    CREATE INDEX [IX_reflections_reflections_CohortSlug_ExtensionRequestedUntil] ON [reflections].[reflections_reflections] ([CohortSlug], [ExtensionRequestedUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204051321_ReflectionQueueIndexes'
)
BEGIN
    CREATE INDEX [IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id] ON [reflections].[reflections_reflections] ([CohortSlug], [Status], [SubmittedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204051321_ReflectionQueueIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204051321_ReflectionQueueIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204110003_ReflectionWaitingCountIndex'
)
BEGIN
    DROP INDEX [IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id] ON [reflections].[reflections_reflections];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204110003_ReflectionWaitingCountIndex'
)
BEGIN
    CREATE INDEX [IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id_AssignmentSlug] ON [reflections].[reflections_reflections] ([CohortSlug], [Status], [SubmittedAt], [Id], [AssignmentSlug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204110003_ReflectionWaitingCountIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204110003_ReflectionWaitingCountIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204125726_NameOrderIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204125726_NameOrderIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204131853_UnansweredThreadIndex'
)
BEGIN
    CREATE INDEX [IX_discussions_posts_ThreadId_AuthorId_DeletedAt] ON [discussions].[discussions_posts] ([ThreadId], [AuthorId], [DeletedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204131853_UnansweredThreadIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204131853_UnansweredThreadIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204134831_PeerReviewAudienceIndex'
)
BEGIN
    DROP INDEX [IX_reflections_reflections_CohortSlug_AssignmentSlug_SubmittedAt] ON [reflections].[reflections_reflections];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204134831_PeerReviewAudienceIndex'
)
BEGIN
    CREATE INDEX [IX_reflections_reflections_CohortSlug_AssignmentSlug_SubmittedAt_Audience] ON [reflections].[reflections_reflections] ([CohortSlug], [AssignmentSlug], [SubmittedAt], [Audience]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204134831_PeerReviewAudienceIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204134831_PeerReviewAudienceIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191854_ThreadAnsweredAt'
)
BEGIN
    DROP INDEX [IX_discussions_posts_ThreadId_AuthorId_DeletedAt] ON [discussions].[discussions_posts];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191854_ThreadAnsweredAt'
)
BEGIN
    ALTER TABLE [discussions].[discussions_threads] ADD [AnsweredAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191854_ThreadAnsweredAt'
)
BEGIN
    EXEC(N'UPDATE t SET [AnsweredAt] = (SELECT MIN(p.[CreatedAt]) FROM [discussions].[discussions_posts] AS p WHERE p.[ThreadId] = t.[Id] AND p.[AuthorId] <> t.[AuthorId] AND p.[DeletedAt] IS NULL) FROM [discussions].[discussions_threads] AS t')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191854_ThreadAnsweredAt'
)
BEGIN
    CREATE INDEX [IX_discussions_threads_CohortSlug_AnsweredAt_CreatedAt] ON [discussions].[discussions_threads] ([CohortSlug], [AnsweredAt], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204191854_ThreadAnsweredAt'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204191854_ThreadAnsweredAt', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204192327_PeerReviewCandidateIndex'
)
BEGIN
    DROP INDEX [IX_reflections_reflections_CohortSlug_AssignmentSlug_SubmittedAt_Audience] ON [reflections].[reflections_reflections];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204192327_PeerReviewCandidateIndex'
)
BEGIN
    CREATE INDEX [IX_reflections_reflections_CohortSlug_AssignmentSlug_SubmittedAt_Audience_Id_UserId_AuthorName] ON [reflections].[reflections_reflections] ([CohortSlug], [AssignmentSlug], [SubmittedAt], [Audience], [Id], [UserId], [AuthorName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204192327_PeerReviewCandidateIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204192327_PeerReviewCandidateIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075505_NotificationsNewestFirstIndex'
)
BEGIN
    CREATE INDEX [IX_cohorts_notifications_UserId_CreatedAt] ON [cohorts].[cohorts_notifications] ([UserId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205075505_NotificationsNewestFirstIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205075505_NotificationsNewestFirstIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205114007_ConnectionsLookedUpFromEitherEnd'
)
BEGIN
    DROP INDEX [IX_cohorts_connections_SecondUserId] ON [cohorts].[cohorts_connections];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205114007_ConnectionsLookedUpFromEitherEnd'
)
BEGIN
    CREATE INDEX [IX_cohorts_connections_SecondUserId_FirstUserId] ON [cohorts].[cohorts_connections] ([SecondUserId], [FirstUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205114007_ConnectionsLookedUpFromEitherEnd'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205114007_ConnectionsLookedUpFromEitherEnd', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205135108_CohortInstructorsFoundByRole'
)
BEGIN
    CREATE INDEX [IX_cohorts_members_CohortId_Role] ON [cohorts].[cohorts_members] ([CohortId], [Role]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261205135108_CohortInstructorsFoundByRole'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261205135108_CohortInstructorsFoundByRole', N'10.0.15');
END;

COMMIT;
GO

