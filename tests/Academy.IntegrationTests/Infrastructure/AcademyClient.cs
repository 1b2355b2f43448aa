using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A browser-like client over HTTP: keeps cookies, parses pages with AngleSharp, and posts a page's form back
/// with its hidden fields (antiforgery token, form name) as a browser would.
/// </summary>
public sealed class AcademyClient(HttpClient http) : IDisposable
{
    public const string DemoPassword = "academy-demo-2026";

    public HttpClient Http { get; } = http;

    public async Task<Page> GetAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return await Page.ReadAsync(response, url);
    }

    /// <summary>Fills the form named <paramref name="formName"/> on the page at <paramref name="url"/> and posts it with every field it shows, as a browser would.</summary>
    public async Task<Page> SubmitAsync(string url, string formName, IDictionary<string, string> fields)
    {
        var page = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await SubmitAsync(page, formName, fields);
    }

    /// <param name="postTo">Posts the form somewhere else than its own action, as a forged request would.</param>
    public async Task<Page> SubmitAsync(Page page, string formName, IDictionary<string, string> fields, string? postTo = null)
    {
        var form = page.Document.QuerySelectorAll<IHtmlFormElement>("form")
            .SingleOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form named {formName} on {page.Url}.");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[name]")
            .Where(input => input.Type is not ("checkbox" or "radio" or "file") || input.IsChecked)
            .Select(input => (Name: input.Name!, Value: input.Value))
            .Concat(form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]").Select(textarea => (Name: textarea.Name!, Value: textarea.Value)))
            .Concat(form.QuerySelectorAll<IHtmlSelectElement>("select[name]").Select(select => (Name: select.Name!, Value: select.Value ?? string.Empty)))
            .GroupBy(field => field.Name)
            .ToDictionary(group => group.Key, group => group.First().Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = postTo ?? (string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!);
        var response = await Http.PostAsync(action, new FormUrlEncodedContent(values));
        return await Page.ReadAsync(response, action);
    }

    /// <summary>Posts the page's form named <paramref name="formName"/> with a file, as a browser posts a multipart form (its hidden fields and the file).</summary>
    public async Task<Page> UploadAsync(Page page, string formName, string fileField, byte[] bytes, string fileName, string contentType = "application/octet-stream")
    {
        var form = page.Document.QuerySelectorAll<IHtmlFormElement>("form")
            .SingleOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form named {formName} on {page.Url}.");
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            content.Add(new StringContent(input.Value), input.Name!);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(file, fileField, fileName);
        return await Page.ReadAsync(await Http.PostAsync(page.Url, content), page.Url);
    }

    /// <summary>Signs in through the real sign-in form and follows the redirect.</summary>
    public async Task SignInAsync(string email, string password = DemoPassword)
    {
        var result = await SubmitAsync("/Account/Login", "sign-in",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"Sign-in as {email} failed: {result.Text("[role=alert]")}");
    }

    public void Dispose() => Http.Dispose();
}

public sealed record Page(HttpStatusCode Status, string Url, IHtmlDocument Document, HttpResponseMessage Response)
{
    public static async Task<Page> ReadAsync(HttpResponseMessage response, string url)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response.StatusCode, url, new HtmlParser().ParseDocument(html), response);
    }

    public string? RedirectedTo => Response.Headers.Location?.OriginalString;

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    public string Text(string selector) => string.Join(" | ", Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()));

    /// <summary>The validation message shown beside the field with this id.</summary>
    public string FieldError(string fieldId) => Text($"#{fieldId}-error");

    public string? InputValue(string fieldId) => Document.QuerySelector<IHtmlInputElement>($"#{fieldId}")?.Value;

    public int DbCommands => int.Parse(Response.Headers.GetValues("X-Db-Commands").Single(), System.Globalization.CultureInfo.InvariantCulture);
}
