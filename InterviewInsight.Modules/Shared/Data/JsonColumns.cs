using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Shared.Data;

/// <summary>
/// Maps an immutable value (a record) to one JSON text column, so services work with the typed value and nothing parses
/// strings by hand. A text column with a converter, rather than a provider JSON type, keeps SQLite and PostgreSQL
/// identical; the values are read and written whole, never queried inside.
/// </summary>
public static class JsonColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T?> HasJsonConversion<T>(this PropertyBuilder<T?> property, string column, int maxLength)
        where T : class =>
        property
            .HasColumnName(column)
            .HasMaxLength(maxLength)
            .HasConversion(
                value => JsonSerializer.Serialize(value, Json),
                text => JsonSerializer.Deserialize<T>(text, Json),
                new ValueComparer<T?>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    value => JsonSerializer.Serialize(value, Json).GetHashCode(StringComparison.Ordinal),
                    value => value));
}
