using RecoveryBot.Dialogs.Advice;

namespace RecoveryBot.Tests.Advice;

public class ChineseAmountWordsTests
{
    [Theory]
    [InlineData("200", "贰佰元整")]
    [InlineData("5000", "伍仟元整")]
    [InlineData("10", "壹拾元整")]
    [InlineData("15", "壹拾伍元整")]
    [InlineData("105", "壹佰零伍元整")]
    [InlineData("1005", "壹仟零伍元整")]
    [InlineData("10005", "壹万零伍元整")]
    [InlineData("12000", "壹万贰仟元整")]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("100500", "壹拾万零伍佰元整")]
    [InlineData("1000000", "壹佰万元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("1680.32", "壹仟陆佰捌拾元叁角贰分")]
    [InlineData("1680.05", "壹仟陆佰捌拾元零伍分")]
    [InlineData("1680.5", "壹仟陆佰捌拾元伍角整")]
    [InlineData("0.5", "伍角整")]
    [InlineData("0.05", "伍分")]
    public void Write_FollowsTheUsageOnFormsAndFilings(string amount, string expected) =>
        Assert.Equal(expected, ChineseAmountWords.Write(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
