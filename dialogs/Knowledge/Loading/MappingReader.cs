using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// Reads the fields of one YAML map, records an error with file and line for every missing, empty or
/// mistyped field, and, on <see cref="RejectUnknownFields"/>, for every field nobody asked for.
/// </summary>
internal sealed class MappingReader
{
    private readonly KnowledgeErrors errors;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    private MappingReader(string file, YamlMappingNode node, KnowledgeErrors errors, string context)
    {
        File = file;
        Node = node;
        this.errors = errors;
        Context = context;
    }

    public string File { get; }

    public YamlMappingNode Node { get; }

    /// <summary>Where this map sits, for messages ("text.zh-CN"); empty at the top of a file.</summary>
    public string Context { get; }

    public int Line => KnowledgeErrors.LineOf(Node);

    public static MappingReader? From(YamlNode node, string file, KnowledgeErrors errors, string context)
    {
        if (node is YamlMappingNode map)
        {
            return new MappingReader(file, map, errors, context);
        }

        errors.Add(file, node, Prefix(context) + $"expected a map of fields, found {YamlFile.Describe(node)}");
        return null;
    }

    public void Error(YamlNode node, string message) => errors.Add(File, node, Prefix(Context) + message);

    public void Error(string message) => Error(Node, message);

    public void ErrorAt(int line, string message) => errors.Add(File, line, Prefix(Context) + message);

    /// <summary>The entries of a map whose keys are data (locales, kinds, string keys), in file order.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries()
    {
        foreach (var (key, value) in Node.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } name })
            {
                read.Add(name);
                yield return (name, key, value);
            }
            else
            {
                Error(key, "a key must be a plain name");
            }
        }
    }

    public YamlNode? Field(string name, bool required)
    {
        read.Add(name);
        if (Node.Children.TryGetValue(new YamlScalarNode(name), out var value))
        {
            return value;
        }

        if (required)
        {
            Error($"missing required field '{name}'");
        }

        return null;
    }

    public bool Has(string name) => Node.Children.ContainsKey(new YamlScalarNode(name));

    public string? Text(string name, bool required = true)
    {
        var node = Field(name, required);
        return node is null ? null : Scalar(node, name);
    }

    /// <summary>A non-empty single value; null (with an error) otherwise.</summary>
    public string? Scalar(YamlNode node, string name)
    {
        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"'{name}' must be a single value, found {YamlFile.Describe(node)}");
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Error(node, $"'{name}' is empty");
            return null;
        }

        return scalar.Value.Trim();
    }

    public YamlSequenceNode? Sequence(string name, bool required)
    {
        var node = Field(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            if (sequence.Children.Count == 0 && required)
            {
                Error(node, $"'{name}' must not be empty");
            }

            return sequence;
        }

        Error(node, $"'{name}' must be a list, found {YamlFile.Describe(node)}");
        return null;
    }

    /// <summary>A list of non-empty single values, each with its node (for lines).</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> TextList(string name, bool required)
    {
        var sequence = Sequence(name, required);
        if (sequence is null)
        {
            return [];
        }

        var values = new List<(string, YamlNode)>();
        foreach (var item in sequence.Children)
        {
            if (Scalar(item, name + " item") is { } value)
            {
                values.Add((value, item));
            }
        }

        return values;
    }

    public MappingReader? Map(string name, bool required)
    {
        var node = Field(name, required);
        return node is null ? null : From(node, File, errors, Join(Context, name));
    }

    public MappingReader Child(YamlNode node, string name) =>
        From(node, File, errors, Join(Context, name)) ?? throw new InvalidOperationException("not a map");

    public MappingReader? ChildOrNull(YamlNode node, string name) => From(node, File, errors, Join(Context, name));

    public bool? Bool(string name, bool required)
    {
        var node = Field(name, required);
        if (node is null || Scalar(node, name) is not { } text)
        {
            return null;
        }

        switch (text)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(node, $"'{name}' must be true or false, found '{text}'");
                return null;
        }
    }

    public Confidence? Confidence(string name = "confidence")
    {
        var node = Field(name, required: true);
        if (node is null || Scalar(node, name) is not { } text)
        {
            return null;
        }

        if (WireNames.TryParseConfidence(text, out var confidence))
        {
            return confidence;
        }

        Error(node, $"unknown confidence '{text}' (use high, medium-high, medium or low)");
        return null;
    }

    /// <summary>Records an error for every field that no reader method asked for.</summary>
    public void RejectUnknownFields(params string[] alsoAllowed)
    {
        foreach (var key in Node.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !read.Contains(name) && !alsoAllowed.Contains(name))
            {
                var known = read.Concat(alsoAllowed).Order(StringComparer.Ordinal);
                Error(key, $"unknown field '{name}' (allowed here: {string.Join(", ", known)})");
            }
        }
    }

    private static string Join(string context, string name) => context.Length == 0 ? name : context + "." + name;

    private static string Prefix(string context) => context.Length == 0 ? "" : context + ": ";
}
