using System.Globalization;
using BackOffice.SharedKernel;
using Google.OrTools.Sat;
using Google.Protobuf.Reflection;

namespace BackOffice.Scheduling.Solving.CpSat;

/// <summary>
/// CP-SAT takes its parameters as protobuf text, and the native side aborts the whole process on a bad
/// string (a duplicated or unknown field). So parameters are assembled as a <see cref="SatParameters"/>
/// message, user additions are checked field by field against its descriptor, and the text is written here.
/// </summary>
internal static class CpSatParameters
{
    /// <summary>Parses <c>name:value</c> pairs separated by spaces; later values override earlier ones.</summary>
    public static Result<SatParameters> Apply(SatParameters parameters, string? text)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var result = parameters.Clone();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        foreach (var pair in text.Split([' ', '\t', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return new Error("solver.parameters", $"CP-SAT parameter '{pair}' is not name:value.");
            }

            var name = pair[..colon];
            var value = pair[(colon + 1)..].Trim('"');
            var field = SatParameters.Descriptor.FindFieldByName(name);
            if (field is null)
            {
                return new Error("solver.parameters", $"'{name}' is not a CP-SAT parameter.");
            }

            object? converted = field.FieldType switch
            {
                FieldType.Bool when bool.TryParse(value, out var b) => b,
                FieldType.Int32 when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
                FieldType.Int64 when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
                FieldType.Double when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                FieldType.String => value,
                FieldType.Enum => field.EnumType.FindValueByName(value) is { } enumValue ? Enum.ToObject(field.Accessor.GetValue(result).GetType(), enumValue.Number) : null,
                _ => null,
            };
            if (converted is null)
            {
                return new Error("solver.parameters", $"'{value}' is not a valid value for CP-SAT parameter '{name}'.");
            }

            if (field.IsRepeated)
            {
                ((System.Collections.IList)field.Accessor.GetValue(result)).Add(converted);
            }
            else
            {
                field.Accessor.SetValue(result, converted);
            }
        }

        return result;
    }

    /// <summary>Writes the fields that are set, in protobuf text format.</summary>
    public static string ToText(SatParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var parts = new List<string>();
        foreach (var field in SatParameters.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.IsRepeated)
            {
                foreach (var item in (System.Collections.IEnumerable)field.Accessor.GetValue(parameters))
                {
                    parts.Add($"{field.Name}:{Format(field, item)}");
                }
            }
            else if (field.Accessor.HasValue(parameters))
            {
                parts.Add($"{field.Name}:{Format(field, field.Accessor.GetValue(parameters))}");
            }
        }

        return string.Join(' ', parts);
    }

    private static string Format(FieldDescriptor field, object value) => field.FieldType switch
    {
        FieldType.Bool => (bool)value ? "true" : "false",
        FieldType.String => "\"" + (string)value + "\"",
        FieldType.Enum => field.EnumType.FindValueByNumber(Convert.ToInt32(value, CultureInfo.InvariantCulture)).Name,
        FieldType.Double => ((double)value).ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
