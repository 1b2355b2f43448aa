using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Academy.Shared.Email;
using Academy.Shared.Links;
using Academy.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Email;

/// <summary>A line of the daily digest: what happened, and the path to it.</summary>
internal sealed record DigestItem(string Text, string Path);

/// <summary>Why the person receives the e-mail, and how to stop it: the footer of every message.</summary>
internal sealed record EmailFooter(string Reason, string? UnsubscribeUrl);

/// <summary>
/// Writes an e-mail twice, as plain text and as HTML with the site's look (inline styles: mail programs ignore style
/// sheets): a greeting, the message, a button to the thing itself, and a footer that says why it came and, for
/// notifications, how to stop them. Every link is absolute, made from the public address (<see cref="PublicSite"/>).
/// Its words are in the current culture: the outbox renders each message in its recipient's language.
/// </summary>
internal sealed class EmailTemplate(PublicSite site, IStringLocalizer<WebText> t)
{
    private const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public (string Text, string Html) Render(string recipientName, EmailContent content, EmailFooter footer, IReadOnlyList<DigestItem>? items = null)
    {
        var action = site.Link(content.ActionPath);
        var settings = site.Link("/Account/Manage");
        return (PlainText(recipientName, content, action, footer, settings, items), HtmlText(recipientName, content, action, footer, settings, items));
    }

    private string PlainText(string name, EmailContent content, string action, EmailFooter footer, string settings, IReadOnlyList<DigestItem>? items)
    {
        var text = new StringBuilder();
        text.Append(t["Hello {0},", name]).Append("\n\n");
        foreach (var paragraph in content.Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        foreach (var item in items ?? [])
        {
            text.Append("- ").Append(item.Text).Append("\n  ").Append(site.Link(item.Path)).Append('\n');
        }

        if (items is { Count: > 0 })
        {
            text.Append('\n');
        }

        text.Append(content.ActionLabel).Append(":\n").Append(action).Append("\n\n-- \n").Append(footer.Reason).Append('\n');
        if (footer.UnsubscribeUrl is { } unsubscribe)
        {
            text.Append(t["Stop these e-mails"]).Append(": ").Append(unsubscribe).Append('\n');
        }

        text.Append(t["Your e-mail choices"]).Append(": ").Append(settings).Append('\n');
        return text.ToString();
    }

    private string HtmlText(string name, EmailContent content, string action, EmailFooter footer, string settings, IReadOnlyList<DigestItem>? items)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Encode(content.Subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background:#fafaf7;\">\n")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fafaf7;\"><tr><td align=\"center\" style=\"padding:24px 12px;\">\n")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:560px;background:#ffffff;border:1px solid #e2dfd6;border-radius:14px;\">\n")
            .Append("<tr><td style=\"padding:18px 28px;border-bottom:3px solid #c8702a;font-family:").Append(Font).Append(";font-size:18px;font-weight:700;color:#1f4e79;\">")
            .Append("<span style=\"display:inline-block;width:28px;height:28px;line-height:28px;text-align:center;border-radius:6px;background:#1f4e79;color:#ffffff;\">A</span> Academy</td></tr>\n")
            .Append("<tr><td style=\"padding:24px 28px;font-family:").Append(Font).Append(";font-size:16px;line-height:1.5;color:#1d1d1f;\">\n")
            .Append("<p style=\"margin:0 0 16px;\">").Append(Html.Encode(t["Hello {0},", name])).Append("</p>\n");
        foreach (var paragraph in content.Paragraphs)
        {
            html.Append("<p style=\"margin:0 0 16px;\">").Append(Html.Encode(paragraph)).Append("</p>\n");
        }

        if (items is { Count: > 0 })
        {
            html.Append("<ul style=\"margin:0 0 16px;padding-left:20px;\">\n");
            foreach (var item in items)
            {
                html.Append("<li style=\"margin:0 0 8px;\"><a href=\"").Append(Html.Encode(site.Link(item.Path))).Append("\" style=\"color:#1f4e79;\">")
                    .Append(Html.Encode(item.Text)).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<p style=\"margin:24px 0;\"><a href=\"").Append(Html.Encode(action))
            .Append("\" style=\"display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:8px;font-weight:600;\">")
            .Append(Html.Encode(content.ActionLabel)).Append("</a></p>\n")
            .Append("<p style=\"margin:0;font-size:14px;color:#5c5c63;\">").Append(Html.Encode(t["Or open this address:"])).Append(" <a href=\"").Append(Html.Encode(action)).Append("\" style=\"color:#1f4e79;word-break:break-all;\">")
            .Append(Html.Encode(action)).Append("</a></p>\n</td></tr>\n")
            .Append("<tr><td style=\"padding:16px 28px 20px;border-top:1px solid #e2dfd6;font-family:").Append(Font).Append(";font-size:13px;line-height:1.5;color:#5c5c63;\">\n")
            .Append("<p style=\"margin:0 0 8px;\">").Append(Html.Encode(footer.Reason)).Append("</p>\n<p style=\"margin:0;\">");
        if (footer.UnsubscribeUrl is { } unsubscribe)
        {
            html.Append("<a href=\"").Append(Html.Encode(unsubscribe)).Append("\" style=\"color:#1f4e79;\">").Append(Html.Encode(t["Stop these e-mails"])).Append("</a> · ");
        }

        html.Append("<a href=\"").Append(Html.Encode(settings)).Append("\" style=\"color:#1f4e79;\">").Append(Html.Encode(t["Your e-mail choices"])).Append("</a></p>\n</td></tr>\n")
            .Append("</table>\n</td></tr></table>\n</body>\n</html>\n");
        return html.ToString();
    }
}
