using MimeKit;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>Reads the .eml files the app writes to its pickup folder (quoted-printable, UTF-8).</summary>
public static class PickupMail
{
    public static IEnumerable<string> All(string folder) =>
        Files(folder).Select(path => Decode(File.ReadAllText(path)));

    /// <summary>The messages to <paramref name="address"/> (whatever name goes with it), decoded as text.</summary>
    public static IEnumerable<string> To(string folder, string address) =>
        Files(folder).Where(path => Parse(path).To.Mailboxes.Any(mailbox => mailbox.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))
            .Select(path => Decode(File.ReadAllText(path)));

    /// <summary>Every message in the folder, read as a mail program reads it.</summary>
    public static IReadOnlyList<Mail> Messages(string folder) => Files(folder).Select(path => Mail.From(Parse(path))).ToList();

    public static string Decode(string eml)
    {
        var text = eml.Replace("=\r\n", string.Empty);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static IEnumerable<string> Files(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];

    private static MimeMessage Parse(string path)
    {
        using var stream = File.OpenRead(path);
        return MimeMessage.Load(stream);
    }
}

/// <summary>One e-mail as it arrived, from the pickup folder or from smtp4dev.</summary>
public sealed record Mail(string To, string ToName, string Subject, string Text, string Html, string MessageId,
    string? ListUnsubscribe, string? ListUnsubscribePost, string? AutoSubmitted, bool IsMultipartAlternative)
{
    public static Mail From(MimeMessage message) => new(
        message.To.Mailboxes.Single().Address,
        message.To.Mailboxes.Single().Name ?? string.Empty,
        message.Subject ?? string.Empty,
        message.TextBody ?? string.Empty,
        message.HtmlBody ?? string.Empty,
        message.MessageId ?? string.Empty,
        message.Headers["List-Unsubscribe"],
        message.Headers["List-Unsubscribe-Post"],
        message.Headers["Auto-Submitted"],
        message.Body is Multipart { ContentType.MediaSubtype: "alternative" });

    /// <summary>The absolute links of the plain-text part, in order.</summary>
    public IReadOnlyList<string> Links => System.Text.RegularExpressions.Regex.Matches(Text, @"https?://\S+").Select(match => match.Value).ToList();

    /// <summary>The address in <c>List-Unsubscribe: &lt;...&gt;</c>.</summary>
    public string? UnsubscribeUrl => ListUnsubscribe is { } header ? header.Trim().TrimStart('<').TrimEnd('>') : null;
}
