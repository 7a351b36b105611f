using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Recognizers.Text;

namespace RecoveryBot.Dialogs.Recognizers.Policy;

/// <summary>
/// Digit runs that identify or unlock something and are never an amount of money:
/// <list type="bullet">
/// <item>a mainland mobile number: 11 digits 1[3-9]xxxxxxxxx, grouped by spaces or dashes or not, with or without
/// +86 / 0086 in front;</item>
/// <item>a bank card or account: 12 or more digits in one run (grouped or not); 16 to 19 is a card;</item>
/// <item>a verification code or password: 4 to 8 digits after a word that names one (验证码, 校验码, 动态码, 密码,
/// code, OTP, PIN);</item>
/// <item>a pasted code: a whole message that is only 4 to 8 digits and either starts with 0 ("0427") or has 6 or
/// more digits and is not a multiple of 100 ("483920"). Amounts people type alone are round or short ("5000",
/// "12000", "1999", "150000"); codes are random. A six-digit amount that is not round needs a unit ("128888元").</item>
/// </list>
/// Matching runs on width-folded text, so full-width digits (１３８…) count the same.
/// </summary>
internal static partial class SecretDigits
{
    private const int MinCodeDigits = 4;
    private const int MaxCodeDigits = 8;
    private const int MinUnroundCodeDigits = 6;

    public static bool HasPhoneNumber(string text) => PhoneNumber().IsMatch(WidthNormalizer.Fold(text));

    public static bool HasCardNumber(string text) => CardNumber().IsMatch(WidthNormalizer.Fold(text));

    /// <summary>A code named as one ("验证码 384920", "code 0427") or a message that is only a code ("483920").</summary>
    public static bool HasVerificationCode(string text) => NamedCodes(WidthNormalizer.Fold(text)).Any() || IsBareCode(text, out _);

    /// <summary>The spans of <paramref name="text"/> that hold phone numbers, card or account numbers and codes.</summary>
    public static List<TextSpan> Find(string text)
    {
        var folded = WidthNormalizer.Fold(text);
        var spans = new List<TextSpan>();
        foreach (var regex in (ReadOnlySpan<Regex>)[PhoneNumber(), AccountNumber()])
        {
            foreach (Match match in regex.Matches(folded))
            {
                var digits = match.Groups["digits"];
                spans.Add(new TextSpan(digits.Index, digits.Length));
            }
        }

        spans.AddRange(NamedCodes(folded));

        if (IsBareCode(text, out var bare))
        {
            spans.Add(bare);
        }

        return spans;
    }

    /// <summary>
    /// "验证码 384920", "the code they texted me is 0427": the digits after a word naming a code, in the same clause,
    /// unless the words between pay someone ("密码忘了就转了5000" is a payment, not a password).
    /// </summary>
    private static IEnumerable<TextSpan> NamedCodes(string folded)
    {
        foreach (Match match in NamedCode().Matches(folded))
        {
            var between = match.Groups["between"].ValueSpan;
            if (between.ContainsAny(PayingChars) || ContainsPayingWord(between))
            {
                continue;
            }

            var digits = match.Groups["digits"];
            yield return new TextSpan(digits.Index, digits.Length);
        }
    }

    private static readonly System.Buffers.SearchValues<char> PayingChars = System.Buffers.SearchValues.Create("转付汇發发充");

    private static bool ContainsPayingWord(ReadOnlySpan<char> text)
    {
        foreach (var word in (ReadOnlySpan<string>)["sent", "paid", "transferred", "wired", "lost", "gave"])
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBareCode(string text, out TextSpan span)
    {
        span = default;
        var folded = WidthNormalizer.Fold(text);
        var trimmed = folded.AsSpan().Trim();
        trimmed = trimmed.TrimEnd("。.!！");
        if (trimmed.Length is < MinCodeDigits or > MaxCodeDigits || trimmed.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var looksRandom = trimmed[0] == '0' || (trimmed.Length >= MinUnroundCodeDigits && !trimmed.EndsWith("00"));
        if (!looksRandom)
        {
            return false;
        }

        span = new TextSpan(folded.Length - folded.AsSpan().TrimStart().Length, trimmed.Length);
        return true;
    }

    [GeneratedRegex(@"(?<![+\d]|\d[ -])(?:(?:\+|00)?86[ -]?)?(?<digits>1[3-9]\d(?:[ -]?\d){8})(?![ -]?\d)")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)")]
    private static partial Regex CardNumber();

    [GeneratedRegex(@"(?<!\d|\d[ -])(?<digits>\d(?:[ -]?\d){11,})(?![ -]?\d)")]
    private static partial Regex AccountNumber();

    [GeneratedRegex(@"(?:验证码|校验码|动态码|动态密码|短信码|确认码|密码|口令|\b(?:verification|security|sms|confirmation|one[- ]time)?\s*code\b|\botp\b|\bpin\b|\bpasscode\b|\bpassword\b)(?<between>[^\d，。,.;!?；！？]{0,24}?)(?<digits>(?<!\d)\d{4,8})(?!\d)(?!\s*(?:元|块|塊|yuan|rmb|dollars?|bucks)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedCode();
}
