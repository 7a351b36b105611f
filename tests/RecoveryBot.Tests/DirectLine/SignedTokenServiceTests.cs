using System.Buffers.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.DirectLine;

namespace RecoveryBot.Tests.DirectLine;

public class SignedTokenServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void IssuedToken_ChecksOut_WithItsConversationUserAndExpiry()
    {
        var tokens = Service("secret-one-secret-one-secret-one-secret-one");

        var issued = tokens.Issue("conv1", "dl_user1", TokenScope.Conversation);
        var check = tokens.Check(issued.Value, TokenScope.Conversation);

        Assert.Equal(1800, issued.ExpiresInSeconds);
        Assert.Equal(new DirectLineToken("conv1", "dl_user1", TokenScope.Conversation, _time.GetUtcNow().AddSeconds(1800)), check.Token);
    }

    [Fact]
    public void Token_CarriesTheUserClaim_ThatDirectLineJsReads()
    {
        var issued = Service("secret-one-secret-one-secret-one-secret-one").Issue("conv1", "dl_user1", TokenScope.Conversation);

        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(issued.Value.Split('.')[1]));

        Assert.Equal("dl_user1", payload.RootElement.GetProperty("user").GetString());
    }

    [Fact]
    public void Token_ExpiresExactlyAtItsLifetime()
    {
        var tokens = Service("secret-one-secret-one-secret-one-secret-one");
        var issued = tokens.Issue("conv1", "dl_user1", TokenScope.Stream);

        _time.Advance(TimeSpan.FromSeconds(59));
        var before = tokens.Check(issued.Value, TokenScope.Stream).Status;
        _time.Advance(TimeSpan.FromSeconds(1));
        var at = tokens.Check(issued.Value, TokenScope.Stream).Status;

        Assert.Equal(TokenCheckStatus.Valid, before);
        Assert.Equal(TokenCheckStatus.Expired, at);
    }

    [Fact]
    public void Token_OfOneScope_IsInvalidForTheOther()
    {
        var tokens = Service("secret-one-secret-one-secret-one-secret-one");

        var stream = tokens.Issue("conv1", "dl_user1", TokenScope.Stream);

        Assert.Equal(TokenCheckStatus.Invalid, tokens.Check(stream.Value, TokenScope.Conversation).Status);
    }

    [Fact]
    public void Token_FromAnotherSecret_IsInvalid()
    {
        var issued = Service("secret-one-secret-one-secret-one-secret-one").Issue("conv1", "dl_user1", TokenScope.Conversation);

        Assert.Equal(TokenCheckStatus.Invalid, Service("secret-two-secret-two-secret-two-secret-two").Check(issued.Value, TokenScope.Conversation).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("...")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    public void Malformed_IsInvalid(string token) =>
        Assert.Equal(TokenCheckStatus.Invalid, Service("secret-one-secret-one-secret-one-secret-one").Check(token, TokenScope.Conversation).Status);

    [Fact]
    public void OverlongToken_IsInvalid_WithoutBeingParsed() =>
        Assert.Equal(TokenCheckStatus.Invalid, Service("secret-one-secret-one-secret-one-secret-one").Check(new string('a', 5000), TokenScope.Conversation).Status);

    private SignedTokenService Service(string secret)
    {
        var options = Options.Create(new DirectLineOptions { Secret = secret });
        return new SignedTokenService(new DirectLineSecret(options), options, _time);
    }
}
