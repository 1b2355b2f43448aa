namespace Academy.Courses.Domain;

/// <summary>A picture uploaded for a course's modules, referenced from their Markdown by its address.</summary>
internal sealed class ModuleImage
{
    private ModuleImage()
    {
    }

    public ModuleImage(Guid courseId, string fileName, string contentType, byte[] bytes, string uploadedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CourseId = courseId;
        FileName = fileName;
        ContentType = contentType;
        Bytes = bytes;
        UploadedBy = uploadedBy;
        UploadedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }

    /// <summary>Lower-case letters, digits, hyphens and one extension; unique within the course.</summary>
    public string FileName { get; private set; } = string.Empty;

    /// <summary>Taken from the file's own bytes, never from the browser.</summary>
    public string ContentType { get; private set; } = string.Empty;

    public byte[] Bytes { get; private set; } = [];
    public string UploadedBy { get; private set; } = string.Empty;
    public DateTimeOffset UploadedAt { get; private set; }
}
