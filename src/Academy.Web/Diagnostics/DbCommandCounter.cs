using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Academy.Web.Diagnostics;

/// <summary>
/// Counts the database commands each HTTP request runs, so tests and the benchmark can hold pages to a
/// budget (no N+1). When <c>Diagnostics:ExposeDbCommandCount</c> is on, the count goes out in the
/// <c>X-Db-Commands</c> response header.
/// </summary>
internal sealed class DbCommandCounter(IHttpContextAccessor httpContextAccessor) : DbCommandInterceptor
{
    public const string HeaderName = "X-Db-Commands";

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        httpContextAccessor.HttpContext?.Features.Get<RequestCommandCount>()?.Increment();
        return result;
    }

    public static IApplicationBuilder UseDbCommandCountHeader(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var count = new RequestCommandCount();
        context.Features.Set(count);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        await next();
    });

    internal sealed class RequestCommandCount
    {
        private int value;

        public int Value => Volatile.Read(ref value);

        public void Increment() => Interlocked.Increment(ref value);
    }
}
