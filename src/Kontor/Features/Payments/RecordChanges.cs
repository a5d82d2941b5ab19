using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Kontor.Features.Payments;

/// <summary>What happened to a payment or delivery, as its timeline entry says.</summary>
public enum RecordEvent
{
    Created,
    Changed,
    Deleted,
}

/// <summary>The field-by-field difference of two inputs (records of plain values), culture-free, for the timeline.</summary>
public static class RecordChanges
{
    public static IReadOnlyList<Deals.FieldChange> Between<T>(T before, T after)
        where T : notnull
    {
        var changes = new List<Deals.FieldChange>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var (from, to) = (Text(property.GetValue(before)), Text(property.GetValue(after)));
            if (from != to)
            {
                changes.Add(new Deals.FieldChange(JsonNamingPolicy.CamelCase.ConvertName(property.Name), from, to));
            }
        }

        return changes;
    }

    public static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
