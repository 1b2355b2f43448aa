namespace Academy.IntegrationTests.Infrastructure;

/// <summary>Reads the .eml files the app writes to its pickup folder (quoted-printable, UTF-8).</summary>
public static class PickupMail
{
    public static IEnumerable<string> All(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(path => Decode(File.ReadAllText(path))) : [];

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
}
