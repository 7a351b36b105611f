using System.Text.Json;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>Direct Line response bodies: JSON in the protocol's casing, errors as <c>{"error":{"code","message"}}</c>.</summary>
public static class DirectLineResults
{
    public static IResult Json<T>(T body, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(body, ProtocolJson.Options, statusCode: statusCode);

    public static IResult Error(int statusCode, string code, string message) =>
        Json(new ErrorResponse(new ErrorBody(code, message)), statusCode);

    /// <summary>An ActivitySet already serialised by <see cref="ActivitySetWriter"/>.</summary>
    public static IResult ActivitySet(byte[] json) => TypedResults.Bytes(json, "application/json; charset=utf-8");

    private sealed record ErrorResponse(ErrorBody Error);

    private sealed record ErrorBody(string Code, string Message);
}
