namespace RecoveryBot.Tests.Fuzz;

/// <summary>One hostile request body and how it was made. <see cref="Chunked"/>: sent without a Content-Length.</summary>
public sealed record FuzzCase(string Kind, byte[] Body, bool Chunked)
{
    public override string ToString() => $"{Kind}, {Body.Length} bytes{(Chunked ? ", chunked" : "")}: {Preview()}";

    private string Preview()
    {
        var text = System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300));
        return Body.Length > 300 ? text + "…" : text;
    }
}
