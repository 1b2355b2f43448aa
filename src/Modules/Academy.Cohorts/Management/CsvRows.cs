using System.Text;

namespace Academy.Cohorts.Management;

/// <summary>A CSV that cannot be read at all (as opposed to a bad row); the message says where.</summary>
/// <summary>The file is not CSV: <see cref="Format"/> (a resource key) says why, with the line it found it on.</summary>
internal sealed class CsvFormatException(string format, int line)
    : Exception(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, line))
{
    public string Format { get; } = format;

    public int Line { get; } = line;
}

/// <summary>Reads CSV as spreadsheets write it (RFC 4180: commas or semicolons, quoted fields, doubled quotes, CRLF or LF).</summary>
internal static class CsvRows
{
    public static List<(int Line, List<string> Fields)> Read(string text)
    {
        var rows = new List<(int, List<string>)>();
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var rowLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                if (fields.Any(f => f.Length > 0))
                {
                    rows.Add((rowLine, fields));
                }

                fields = [];
                line++;
                rowLine = line;
            }
            else if (char.IsControl(c) && c != '\t')
            {
                throw new CsvFormatException("Line {0} holds a character that does not belong in a CSV file; is it a spreadsheet saved in another format?", line);
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new CsvFormatException("A quoted field that starts on line {0} is never closed.", rowLine);
        }

        fields.Add(field.ToString());
        if (fields.Any(f => f.Length > 0))
        {
            rows.Add((rowLine, fields));
        }

        return rows;
    }
}
