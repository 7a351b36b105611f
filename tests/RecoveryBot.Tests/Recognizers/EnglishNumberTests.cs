using RecoveryBot.Dialogs.Recognizers;
using static RecoveryBot.Tests.Recognizers.RecognizerAssert;

namespace RecoveryBot.Tests.Recognizers;

public class EnglishNumberTests
{
    private static ModelResult Recognize(string text) => Single(Recognizer.RecognizeNumber(text, RecognizerCulture.English));

    [Theory]
    [InlineData("three", "3")]
    [InlineData("fifty-two", "52")]
    [InlineData("one hundred and sixty-one", "161")]
    [InlineData("twenty-one trillion and three hundred", "21000000000300")]
    [InlineData("3 hundred and 21", "321")]
    [InlineData("a dozen", "12")]
    public void CardinalWords_AreRead(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Value(Recognize(text)));
    }

    [Theory]
    [InlineData("1,000", "1000")]
    [InlineData("2.5k", "2500")]
    [InlineData("10M", "10000000")]
    [InlineData("1 234 567", "1234567")]
    [InlineData("1e10", "10000000000")]
    [InlineData("-9.2321312", "-9.2321312")]
    public void DigitNotations_AreRead(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Value(Recognize(text)));
    }

    [Theory]
    [InlineData("two thirds", "0.6666666666666666666666666667")]
    [InlineData("one and a half", "1.5")]
    [InlineData("five eighths", "0.625")]
    [InlineData("half million", "500000")]
    public void Fractions_AreRead(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Value(Recognize(text)), 10);
    }

    [Theory]
    [InlineData("The one you mentioned is invalid")]
    [InlineData("the 180ml liquid")]
    [InlineData("Book a first class seat to seattle")]
    [InlineData("a")]
    public void PronounsMeasurementsAndOrdinals_AreNotNumbers(string text)
    {
        Assert.Empty(Recognizer.RecognizeNumber(text, RecognizerCulture.English));
    }

    [Fact]
    public void SeparatedGroups_AreSeparateNumbers()
    {
        var results = Recognizer.RecognizeNumber("1, 234, 567", RecognizerCulture.English);

        Assert.Equal([1m, 234m, 567m], results.Select(Value));
    }
}
