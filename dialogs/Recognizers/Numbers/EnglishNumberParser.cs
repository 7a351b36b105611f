namespace RecoveryBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// Finds numbers in English text: digits (1,000; 2.5k; 1 234 567), words (twenty-one thousand and three hundred),
/// both mixed (3 hundred and 21), decimals (five point five), fractions (two thirds, one and a half, 1 over 3),
/// dozens and signs (minus 5).
/// </summary>
internal static class EnglishNumberParser
{
    private enum Part
    {
        None,
        A,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        Digits,
    }

    private static readonly HashSet<string> PronounDeterminers = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "which", "each", "every", "any", "no", "another", "one", "someone", "anyone",
    };

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
    };

    /// <param name="folded">Width-folded text in its original case ("10M" is ten million, "1m" is not).</param>
    public static List<NumberMatch> Scan(string folded)
    {
        var tokens = EnglishTokenizer.Tokenize(folded);
        var matches = new List<NumberMatch>();
        var k = 0;
        while (k < tokens.Count)
        {
            if (CanBeginNumber(tokens[k]) && TryNumberAt(tokens, k, out var start, out var end, out var value))
            {
                matches.Add(new NumberMatch(TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End), value));
                k = end;
            }
            else
            {
                k++;
            }
        }

        return matches;
    }

    /// <summary>
    /// The tokens <see cref="TryNumberAt"/> can begin with: digits, a sign, "a"/"an", "half", "quarter" and cardinal
    /// words. Checked first because most words of a sentence are none of these.
    /// </summary>
    private static bool CanBeginNumber(EnglishToken token) => token.Kind switch
    {
        EnglishTokenKind.Number or EnglishTokenKind.Hyphen => true,
        EnglishTokenKind.Word => token.Text is "minus" or "negative" or "a" or "an" or "half" or "quarter" || EnglishNumberWords.TryCardinal(token.Text, out _),
        _ => false,
    };

    /// <summary>Reads a number beginning at token <paramref name="k"/>; <paramref name="start"/> excludes nothing but may point at a sign.</summary>
    public static bool TryNumberAt(List<EnglishToken> t, int k, out int start, out int end, out decimal value)
    {
        start = k;
        end = k;
        value = 0;
        var sign = 1;
        var i = k;
        if (IsWord(t, i, "minus") || IsWord(t, i, "negative"))
        {
            sign = -1;
            i++;
        }
        else if (t[i].Kind == EnglishTokenKind.Hyphen && IsSignHyphen(t, i))
        {
            sign = -1;
            i++;
        }

        try
        {
            if (i >= t.Count || !TryUnsigned(t, i, out end, out value))
            {
                return false;
            }
        }
        catch (OverflowException)
        {
            return false; // trillions of trillions: beyond any amount
        }

        if (IsPronounOne(t, i, end))
        {
            return false;
        }

        value *= sign;
        return true;
    }

    private static bool IsSignHyphen(List<EnglishToken> t, int i)
    {
        if (i + 1 >= t.Count || (t[i + 1].Kind != EnglishTokenKind.Number && !IsCardinalWord(t, i + 1)))
        {
            return false;
        }

        return i == 0 || t[i - 1].End < t[i].Start || t[i - 1].Kind == EnglishTokenKind.Other;
    }

    private static bool IsPronounOne(List<EnglishToken> t, int i, int end) =>
        end == i + 1 && IsWord(t, i, "one") && i > 0 && t[i - 1].Kind == EnglishTokenKind.Word && PronounDeterminers.Contains(t[i - 1].Text);

    private static bool TryUnsigned(List<EnglishToken> t, int i, out int end, out decimal value)
    {
        end = i;
        value = 0;
        if (t[i].Kind == EnglishTokenKind.Number && i + 1 < t.Count && t[i + 1].Start == t[i].End && t[i + 1].Kind == EnglishTokenKind.Word
            && !EnglishNumberWords.TryDigitScale(t[i + 1].Text, out _))
        {
            // "180ml", "4th", "29km": a measurement or an ordinal, not a number.
            return false;
        }

        if (TryHalfOrQuarter(t, i, out end, out value))
        {
            return true;
        }

        if (!TryCardinal(t, i, out var cardinal))
        {
            return false;
        }

        end = cardinal.End;
        value = cardinal.Value;

        if (end < t.Count && t[end].Kind == EnglishTokenKind.Word && EnglishNumberWords.IsDozen(t[end].Text))
        {
            value = cardinal.BeforeAnd + ((cardinal.Value - cardinal.BeforeAnd) * 12);
            end++;
            return true;
        }

        var denominatorStart = end < t.Count && t[end].Kind == EnglishTokenKind.Hyphen ? end + 1 : end;
        if (TryDenominator(t, denominatorStart, out var denominatorEnd, out var denominator, out var plural))
        {
            var afterAnd = cardinal.Value - cardinal.BeforeAnd;
            if (cardinal.HasAnd && afterAnd is > 0 and < 10 && (plural || afterAnd == 1))
            {
                // "twenty and three fifths" = 20 + 3/5; "one billion and three quarters million" = 10⁹ + ¾ × 10⁶.
                end = denominatorEnd;
                value = AddFraction(cardinal.BeforeAnd, cardinal.LastBeforeAnd, cardinal.ScaleBeforeAnd, afterAnd / denominator, t, ref end);
                return true;
            }

            if (plural || cardinal.Value == 1)
            {
                value = cardinal.Value / denominator;
                end = denominatorEnd;
                if (TryScaleWord(t, end, out var scale))
                {
                    value *= scale;
                    end++;
                }

                return true;
            }
        }

        if (cardinal.Last == Part.A)
        {
            return false;
        }

        if (IsWord(t, end, "and") && TryFraction(t, end + 1, out var fractionEnd, out var fraction))
        {
            end = fractionEnd;
            value = AddFraction(cardinal.Value, cardinal.Last, cardinal.LastScale, fraction, t, ref end);
            return true;
        }

        if (IsWord(t, end, "point") && TryDecimalWords(t, end + 1, out var decimalEnd, out var decimals))
        {
            value += decimals;
            end = decimalEnd;
            return true;
        }

        if (TryRatio(t, end, value, out var ratioEnd, out var ratio))
        {
            value = ratio;
            end = ratioEnd;
        }

        return true;
    }

    /// <summary>
    /// A whole number and a fraction: "five and a half million" = 5.5 × 10⁶, "one million and a half" = 1.5 × 10⁶,
    /// "one billion and a quarter million" = 10⁹ + ¼ × 10⁶, "one hundred and three quarters" = 100.75.
    /// </summary>
    private static decimal AddFraction(decimal whole, Part wholeLast, decimal wholeScale, decimal fraction, List<EnglishToken> t, ref int end)
    {
        if (TryScaleWord(t, end, out var scale))
        {
            end++;
            return wholeLast == Part.Scale ? whole + (fraction * scale) : (whole + fraction) * scale;
        }

        return whole + (wholeLast == Part.Scale && wholeScale >= 1000 ? fraction * wholeScale : fraction);
    }

    /// <summary>"half", "half million", "quarter million": a fraction used as a number on its own.</summary>
    private static bool TryHalfOrQuarter(List<EnglishToken> t, int start, out int end, out decimal value)
    {
        // "a quarter million": the article counts only with a scale after.
        var i = IsWord(t, start, "a") && TryScaleWord(t, start + 2, out _) ? start + 1 : start;
        end = i;
        value = IsWord(t, i, "half") ? 0.5m : IsWord(t, i, "quarter") ? 0.25m : 0m;
        if (value == 0)
        {
            return false;
        }

        end = i + 1;
        if (TryScaleWord(t, end, out var scale))
        {
            value *= scale;
            end++;
        }
        else if (value == 0.25m)
        {
            return false;
        }

        return true;
    }

    /// <summary>"a half", "one fourth", "two thirds", "a thirtieth": the fraction after "and".</summary>
    private static bool TryFraction(List<EnglishToken> t, int i, out int end, out decimal value)
    {
        end = i;
        value = 0;
        decimal numerator;
        int afterNumerator;
        if (IsWord(t, i, "a") || IsWord(t, i, "an"))
        {
            numerator = 1;
            afterNumerator = i + 1;
        }
        else if (TryCardinal(t, i, out var cardinal) && cardinal.Last != Part.A)
        {
            numerator = cardinal.Value;
            afterNumerator = cardinal.End;
        }
        else
        {
            return false;
        }

        if (!TryDenominator(t, afterNumerator, out end, out var denominator, out var plural) || (!plural && numerator != 1))
        {
            return false;
        }

        value = numerator / denominator;
        return true;
    }

    /// <summary>"fifths", "twenty-firsts", "twenty fifths", "one hundred fifth": the ordinal that names a fraction.</summary>
    private static bool TryDenominator(List<EnglishToken> t, int i, out int end, out decimal value, out bool plural)
    {
        end = i;
        value = 0;
        plural = false;
        if (i >= t.Count || t[i].Kind != EnglishTokenKind.Word)
        {
            return false;
        }

        if (EnglishNumberWords.TryOrdinal(t[i].Text, out value, out plural))
        {
            // "first" alone ranks; only "twenty-first" and the like name a fraction.
            end = i + 1;
            return value > 1;
        }

        if (!TryCardinal(t, i, out var prefix) || prefix.Last is not (Part.Tens or Part.Hundred or Part.Scale))
        {
            return false;
        }

        var j = prefix.End;
        if (prefix.Last == Part.Tens && j < t.Count && t[j].Kind == EnglishTokenKind.Hyphen)
        {
            j++;
        }
        else if (prefix.Last != Part.Tens && IsWord(t, j, "and"))
        {
            j++;
        }

        if (j >= t.Count || t[j].Kind != EnglishTokenKind.Word || !EnglishNumberWords.TryOrdinal(t[j].Text, out var ordinal, out plural)
            || ordinal >= 10 && prefix.Last == Part.Tens || ordinal >= 100)
        {
            return false;
        }

        value = prefix.Value + ordinal;
        end = j + 1;
        return true;
    }

    /// <summary>"point five", "point nought four", "point seventy-one".</summary>
    private static bool TryDecimalWords(List<EnglishToken> t, int i, out int end, out decimal value)
    {
        end = i;
        value = 0;
        var digits = new System.Text.StringBuilder("0.");
        var j = i;
        while (j < t.Count && t[j].Kind == EnglishTokenKind.Word && EnglishNumberWords.TryCardinal(t[j].Text, out var d) && d < 10)
        {
            digits.Append((char)('0' + d));
            j++;
        }

        if (j == i && TryCardinal(t, i, out var cardinal) && cardinal.Value < 100 && cardinal.Last is Part.Tens or Part.Teen or Part.Unit)
        {
            digits.Append(((int)cardinal.Value).ToString(System.Globalization.CultureInfo.InvariantCulture));
            j = cardinal.End;
        }

        if (j == i)
        {
            return false;
        }

        end = j;
        value = decimal.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>"one over three", "1 in twenty-one", "two out of five hundred".</summary>
    private static bool TryRatio(List<EnglishToken> t, int i, decimal numerator, out int end, out decimal value)
    {
        end = i;
        value = 0;
        int denominatorStart;
        string connector;
        if (IsWord(t, i, "over") || IsWord(t, i, "in"))
        {
            connector = t[i].Text;
            denominatorStart = i + 1;
        }
        else if (IsWord(t, i, "out") && IsWord(t, i + 1, "of"))
        {
            connector = "out of";
            denominatorStart = i + 2;
        }
        else
        {
            return false;
        }

        if (denominatorStart >= t.Count || !TryCardinal(t, denominatorStart, out var denominator) || denominator.Value == 0 || denominator.Last == Part.A)
        {
            return false;
        }

        var accepted = connector switch
        {
            "in" => numerator == 1,
            "out of" => denominator.Value > numerator,
            _ => !(denominator.End < t.Count && TimeUnits.Contains(t[denominator.End].Text)),
        };
        if (!accepted)
        {
            return false;
        }

        end = denominator.End;
        if (IsWord(t, end, "hundreds"))
        {
            end++;
        }

        value = numerator / denominator.Value;
        return true;
    }

    /// <summary>A whole number read; <see cref="BeforeAnd"/>/<see cref="LastBeforeAnd"/> describe the part before its last "and".</summary>
    private readonly record struct Cardinal(int End, decimal Value, Part Last, decimal LastScale, decimal BeforeAnd, bool HasAnd = false, Part LastBeforeAnd = Part.None, decimal ScaleBeforeAnd = 0);

    /// <summary>
    /// A whole number in words and/or digits. Parts must come in English order: units after tens, hundreds
    /// inside a group, scales descending (million before thousand); "and" and hyphens join parts.
    /// </summary>
    private static bool TryCardinal(List<EnglishToken> t, int k, out Cardinal result)
    {
        result = default;
        decimal total = 0;
        decimal group = 0;
        var last = Part.None;
        var lastScale = decimal.MaxValue;
        decimal beforeAnd = 0;
        var pendingAnd = false;
        decimal pendingBeforeAnd = 0;
        var hasAnd = false;
        var lastBeforeAnd = Part.None;
        var pendingLastBeforeAnd = Part.None;
        decimal scaleBeforeAnd = 0;
        decimal pendingScaleBeforeAnd = 0;
        var i = k;
        var committed = false;

        while (i < t.Count)
        {
            var token = t[i];
            if (token.Kind == EnglishTokenKind.Hyphen)
            {
                if (last == Part.Tens && !pendingAnd && IsUnitWord(t, i + 1))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (token.Kind == EnglishTokenKind.Number)
            {
                if (!(last is Part.None or Part.Scale || (pendingAnd && token.Value is > 0 and < 100 && decimal.IsInteger(token.Value))))
                {
                    break;
                }

                if (pendingAnd && i + 1 < t.Count && t[i + 1].Kind == EnglishTokenKind.Word
                    && (EnglishNumberWords.IsHundred(t[i + 1].Text) || EnglishNumberWords.TryScale(t[i + 1].Text, out _)))
                {
                    break;
                }

                group += token.Value;
                last = Part.Digits;
            }
            else if (token.Kind == EnglishTokenKind.Word)
            {
                var w = token.Text;
                if (w == "and")
                {
                    if (pendingAnd || !(last is Part.Hundred or Part.Scale or Part.Tens) || !StartsSmallNumber(t, i + 1))
                    {
                        break;
                    }

                    pendingAnd = true;
                    pendingBeforeAnd = total + group;
                    pendingLastBeforeAnd = last;
                    pendingScaleBeforeAnd = lastScale;
                    i++;
                    continue;
                }

                if (w is "a" or "an")
                {
                    if (last != Part.None || !IsWordFollowingA(t, i + 1))
                    {
                        break;
                    }

                    group = 1;
                    last = Part.A;
                }
                else if (EnglishNumberWords.TryCardinal(w, out var v))
                {
                    var afterAnd = pendingAnd;
                    if (v == 0)
                    {
                        if (last != Part.None)
                        {
                            break;
                        }

                        result = new Cardinal(i + 1, 0, Part.Unit, lastScale, 0);
                        return true;
                    }

                    if (v < 10)
                    {
                        if (!(last is Part.None or Part.Tens or Part.Hundred or Part.Scale || afterAnd))
                        {
                            break;
                        }

                        last = Part.Unit;
                    }
                    else
                    {
                        if (!(last is Part.None or Part.Hundred or Part.Scale || (afterAnd && last != Part.Tens)))
                        {
                            break;
                        }

                        if (v >= 20 && last != Part.None && (IsHyphenOrdinal(t, i + 1) || (last == Part.Hundred && !afterAnd && IsUnitOrdinal(t, i + 1))))
                        {
                            // "one hundred thirty-fifths": the tens belong to the denominator.
                            break;
                        }

                        last = v < 20 ? Part.Teen : Part.Tens;
                    }

                    group += v;
                }
                else if (EnglishNumberWords.IsHundred(w))
                {
                    if (!(last is Part.Unit or Part.Teen or Part.Tens or Part.Digits or Part.A) || (group >= 100 && last != Part.Digits) || pendingAnd)
                    {
                        break;
                    }

                    group *= 100;
                    last = Part.Hundred;
                }
                else if (EnglishNumberWords.TryScale(w, out var scale))
                {
                    if (!(last is Part.Unit or Part.Teen or Part.Tens or Part.Hundred or Part.Digits or Part.A) || scale >= lastScale || pendingAnd)
                    {
                        break;
                    }

                    total += group * scale;
                    group = 0;
                    lastScale = scale;
                    last = Part.Scale;
                }
                else if (EnglishNumberWords.TryDigitScale(w, out var digitScale) && last == Part.Digits && total == 0 && !pendingAnd)
                {
                    group *= digitScale;
                    lastScale = digitScale;
                    last = Part.Scale;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }

            if (pendingAnd)
            {
                beforeAnd = pendingBeforeAnd;
                lastBeforeAnd = pendingLastBeforeAnd;
                scaleBeforeAnd = pendingScaleBeforeAnd;
                hasAnd = true;
                pendingAnd = false;
            }

            i++;
            committed = true;
            result = new Cardinal(i, total + group, last, lastScale, beforeAnd, hasAnd, lastBeforeAnd, scaleBeforeAnd);
        }

        return committed;
    }

    private static bool IsWordFollowingA(List<EnglishToken> t, int i)
    {
        if (i >= t.Count || t[i].Kind != EnglishTokenKind.Word)
        {
            return false;
        }

        var w = t[i].Text;
        return EnglishNumberWords.IsHundred(w) || EnglishNumberWords.TryScale(w, out _) || EnglishNumberWords.IsDozen(w)
               || (EnglishNumberWords.TryOrdinal(w, out var ordinal, out var plural) && !plural && ordinal > 1 && w is not ("half" or "quarter"))
               || (EnglishNumberWords.TryCardinal(w, out var v) && v >= 20 && IsHyphenOrdinal(t, i + 1));
    }

    private static bool StartsSmallNumber(List<EnglishToken> t, int i)
    {
        if (i >= t.Count)
        {
            return false;
        }

        return t[i].Kind == EnglishTokenKind.Number
            || (t[i].Kind == EnglishTokenKind.Word && EnglishNumberWords.TryCardinal(t[i].Text, out var v) && v > 0);
    }

    private static bool IsUnitWord(List<EnglishToken> t, int i) =>
        i < t.Count && t[i].Kind == EnglishTokenKind.Word && EnglishNumberWords.TryCardinal(t[i].Text, out var v) && v is > 0 and < 10;

    private static bool IsHyphenOrdinal(List<EnglishToken> t, int i) =>
        i + 1 < t.Count && t[i].Kind == EnglishTokenKind.Hyphen && t[i + 1].Kind == EnglishTokenKind.Word
        && EnglishNumberWords.TryOrdinal(t[i + 1].Text, out var o, out _) && o < 10;

    private static bool IsUnitOrdinal(List<EnglishToken> t, int i) =>
        i < t.Count && t[i].Kind == EnglishTokenKind.Word && EnglishNumberWords.TryOrdinal(t[i].Text, out var o, out _) && o is > 1 and < 10;

    private static bool IsCardinalWord(List<EnglishToken> t, int i) =>
        i < t.Count && t[i].Kind == EnglishTokenKind.Word && EnglishNumberWords.TryCardinal(t[i].Text, out _);

    private static bool TryScaleWord(List<EnglishToken> t, int i, out decimal scale)
    {
        scale = 0;
        return i < t.Count && t[i].Kind == EnglishTokenKind.Word && EnglishNumberWords.TryScale(t[i].Text, out scale);
    }

    private static bool IsWord(List<EnglishToken> t, int i, string word) =>
        i < t.Count && t[i].Kind == EnglishTokenKind.Word && t[i].Text == word;
}
