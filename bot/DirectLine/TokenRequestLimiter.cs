using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// How many <c>POST /api/token</c> calls one client address may make per minute (ASP.NET Core's fixed-window
/// limiter, partitioned by address). Used directly by the endpoint rather than through the rate-limiting
/// middleware, so it does not depend on where other code puts that middleware. Behind a proxy, forwarded
/// headers must be applied first or every user shares the proxy's address.
/// </summary>
public sealed class TokenRequestLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public TokenRequestLimiter(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PermitLimit = options.Value.TokenRequestsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public int PermitLimit { get; }

    /// <summary>Whether the caller of <paramref name="context"/> may have another token now.</summary>
    public bool TryAcquire(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
