using System.Globalization;

namespace WinkSensor.Host.Export;

/// <summary>Writes RFC 4180 CSV rows with invariant-culture numbers; null becomes an empty field.</summary>
internal sealed class CsvWriter(TextWriter writer)
{
    public void Row(params object?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Field(fields[i]));
        }
        writer.Write("\r\n");
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            bool flag => flag ? "1" : "0",
            double number => number.ToString("0.####", CultureInfo.InvariantCulture),
            float number => number.ToString("0.####", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
