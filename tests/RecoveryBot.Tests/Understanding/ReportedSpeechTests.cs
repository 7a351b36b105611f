using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Understanding;

/// <summary>What the other side claims in its own favour is not what the user sees; what it admits is.</summary>
public class ReportedSpeechTests
{
    [Theory]
    [InlineData("账单上显示已收款了，可他非说没收到")]
    [InlineData("it shows accepted on my side but she says she never got anything")]
    public void TheirDenial_DoesNotOutweighWhatTheUserSees(string text)
    {
        var reading = MessageReader.Read(text, Slot.RecipientAction);

        Assert.Equal(RecipientAction.Accepted, reading.RecipientAction);
    }

    [Theory]
    [InlineData("那个人说他转错给我了，让我转回去")]
    [InlineData("对方说是他手滑发错了")]
    public void TheirMistake_IsNotTheUsersMistake(string text)
    {
        var reading = MessageReader.Read(text);

        Assert.Null(reading.Reason);
    }

    [Fact]
    public void TheirClaimToHaveRefunded_IsNotTakenAsReturned()
    {
        var reading = MessageReader.Read("店家说早就退给我了，我一分钱没见到");

        Assert.NotEqual(RecipientAction.Returned, reading.RecipientAction);
    }
}
