namespace RecoveryBot.Bot.Endpoints;

/// <summary>Reads a request body into memory, refusing to go past a byte limit whatever the transfer encoding.</summary>
public static class RequestBodyReader
{
    /// <summary>The whole body, or <see langword="null"/> when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new byte[(int)(request.ContentLength ?? Math.Min(limit, 16 * 1024)) + 1];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, limit + 1));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return buffer.AsMemory(0, length);
            }

            length += read;
            if (length > limit)
            {
                return null;
            }
        }
    }
}
