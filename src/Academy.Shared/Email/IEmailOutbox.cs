namespace Academy.Shared.Email;

/// <summary>Sends a plain-text e-mail (SMTP in production; in Development an .eml file in the pickup folder).</summary>
public interface IEmailOutbox
{
    Task SendAsync(string to, string subject, string body);
}
