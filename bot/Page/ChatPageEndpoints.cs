using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RecoveryBot.Bot.DirectLine;

namespace RecoveryBot.Bot.Page;

/// <summary>
/// Serves the chat page at <c>/</c> and its files under <c>/assets/</c>, from this server only (no CDN). Browsers
/// revalidate every time (<c>no-cache</c> with an ETag), so a new bundle is picked up at once and an unchanged
/// one costs a 304. The page gets a strict content security policy; it may be framed only by the origins that
/// may also call Direct Line.
/// </summary>
public sealed class ChatPageEndpoints(ChatPageAssets assets, IOptions<DirectLineOptions> options)
{
    public const string AssetsPrefix = "/assets/";

    public IResult Page(HttpContext context) => Serve(context, "index.html");

    public IResult Asset(HttpContext context, string fileName) => Serve(context, fileName);

    private IResult Serve(HttpContext context, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asset = assets.Get(fileName);
        if (asset is null)
        {
            return fileName == ChatPageAssets.BundleFile
                ? TypedResults.Text("The Web Chat bundle is missing: run 'npm ci' in web/ and build again.\n", statusCode: StatusCodes.Status404NotFound)
                : TypedResults.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.XContentTypeOptions = "nosniff";
        if (fileName == "index.html")
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request);
            headers["Referrer-Policy"] = "no-referrer";
        }

        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (AcceptsGzip(context.Request))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(asset.Gzipped, asset.ContentType);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(value => value is not null && value.Contains("gzip", StringComparison.OrdinalIgnoreCase));

    private string ContentSecurityPolicy(HttpRequest request)
    {
        var socketOrigin = (request.IsHttps ? "wss://" : "ws://") + request.Host;
        var framers = string.Join(' ', options.Value.AllowedOrigins.Prepend("'self'"));
        // Web Chat injects its styles at run time, hence 'unsafe-inline' for styles (never for scripts).
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"font-src 'self' data:; media-src 'self' blob:; connect-src 'self' {socketOrigin}; object-src 'none'; base-uri 'none'; "
            + $"form-action 'self'; frame-ancestors {framers}";
    }
}
