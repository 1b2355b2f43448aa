namespace Academy.Courses.Authoring;

internal static class ImageNames
{
    public const int MaximumBytes = 5 * 1024 * 1024;

    public static string Url(string courseSlug, string fileName) => $"/courses/{courseSlug}/images/{fileName}";

    /// <summary>A safe, readable file name from whatever the browser sent, with the extension of the real type.</summary>
    public static string Safe(string uploaded, string contentType)
    {
        var stem = Academy.Shared.Text.Slugs.From(Path.GetFileNameWithoutExtension(uploaded ?? string.Empty), 80, "image");
        return $"{stem}.{contentType switch { "image/png" => "png", "image/webp" => "webp", _ => "jpg" }}";
    }
}
