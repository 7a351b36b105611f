namespace RecoveryBot.Bot.Storage;

/// <summary>
/// How <see cref="RedisStorage"/> names and shapes its data. Version 1: one hash per storage key at
/// <c>{prefix}v1:state:{key}</c> with the fields below. A later layout gets a new version segment, so old and
/// new keys can live side by side while a migration copies one into the other.
/// </summary>
internal static class RedisKeyLayout
{
    public const int Version = 1;

    public const string ValueField = "value";
    public const string ETagField = "etag";
    public const string SchemaField = "schema";
    public const string UpdatedAtField = "updatedAt";

    public static string StateKey(string prefix, string key) => $"{prefix}v{Version}:state:{key}";
}
