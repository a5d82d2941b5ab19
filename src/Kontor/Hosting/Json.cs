using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kontor.Hosting;

public static class Json
{
    /// <summary>camelCase, enums as camelCase strings, and unknown members refused (a typo must not be ignored).</summary>
    public static void Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.NumberHandling = JsonNumberHandling.Strict;
        o.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
