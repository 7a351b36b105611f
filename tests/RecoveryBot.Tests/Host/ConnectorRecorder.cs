using System.Collections.Concurrent;
using System.Net;
using Moq;
using Moq.Protected;

namespace RecoveryBot.Tests.Host;

/// <summary>One request the bot sent to the Connector, read while it was still open.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? ContentType, string Body, string? Authorization = null);

/// <summary>A mocked <see cref="HttpMessageHandler"/> standing in for the channel's Connector; records every call.</summary>
internal sealed class ConnectorRecorder
{
    private readonly Func<int, HttpStatusCode> _statusForCall;
    private int _calls;

    public ConnectorRecorder(Func<int, HttpStatusCode>? statusForCall = null)
    {
        _statusForCall = statusForCall ?? (_ => HttpStatusCode.OK);
        Handler = new Mock<HttpMessageHandler>();
        Handler.Protected()
            .Setup<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .Returns(async (HttpRequestMessage request, CancellationToken cancellationToken) =>
            {
                var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
                Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.ToString(), body, request.Headers.Authorization?.ToString()));
                var status = _statusForCall(Interlocked.Increment(ref _calls));
                return new HttpResponseMessage(status) { Content = new StringContent("{\"id\":\"r1\"}") };
            });
    }

    public Mock<HttpMessageHandler> Handler { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public void VerifyCalls(Times times) =>
        Handler.Protected().Verify("SendAsync", times, ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
}
