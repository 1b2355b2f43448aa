using System.Text.Json;
using MediatR;

namespace Academy.Web.Account.Manage;

internal static class PersonalDataEndpoint
{
    /// <summary>The download: the same data as the readable page, as a JSON file.</summary>
    public static void MapPersonalDataDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/Account/Manage/data.json", async (IMediator mediator) =>
                TypedResults.File(JsonSerializer.SerializeToUtf8Bytes((await mediator.Send(new DownloadMyData())).ToJson(), PersonalDataExport.Json),
                    "application/json", "academy-my-data.json"))
            .RequireAuthorization();
}
