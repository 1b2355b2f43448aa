namespace Academy.Web.Startup;

/// <summary>
/// Names the instance that answered in a response header, so an operator (and the cluster tests) can tell the
/// instances behind a load balancer apart. Off unless <c>Cluster:InstanceName</c> is set: a name is an operator's
/// detail, not something to tell every visitor by default.
/// </summary>
internal static class InstanceName
{
    public const string Header = "X-Academy-Instance";

    public static void UseInstanceNameHeader(this WebApplication app)
    {
        if (app.Configuration["Cluster:InstanceName"] is not { Length: > 0 } name)
        {
            return;
        }

        app.Use((context, next) =>
        {
            context.Response.Headers[Header] = name;
            return next();
        });
    }
}
