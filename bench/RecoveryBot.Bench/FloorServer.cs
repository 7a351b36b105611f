namespace RecoveryBot.Bench;

/// <summary>
/// <c>serve-floor</c>: bare Kestrel that reads the posted body and answers a fixed expectReplies JSON. The
/// fastest any bot could be on this box with this client: the floor the bot is compared against.
/// </summary>
internal static class FloorServer
{
    private static readonly byte[] FixedReply =
        """{"activities":[{"type":"message","text":"ok","inputHint":"acceptingInput"}]}"""u8.ToArray();

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(FixedReply);
        });
        await app.RunAsync();
    }
}
