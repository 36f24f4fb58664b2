using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace WinkSensor.Core.Tests.Hardware;

/// <summary>
/// The pins exist three times: in the firmware (BoardConfiguration.cs), in the wiring diagram (hardware/wiring.svg)
/// and in the pin table of hardware/README.md. These tests read all three and fail on any disagreement.
/// </summary>
public class PinConsistencyTests
{
    private static string BoardConfigurationPath() =>
        Path.Combine(RepositoryPaths.Root(), "firmware", "WinkSensor.Firmware", "BoardConfiguration.cs");

    private static string WiringDiagramPath() => Path.Combine(RepositoryPaths.Root(), "hardware", "wiring.svg");

    private static string HardwareReadmePath() => Path.Combine(RepositoryPaths.Root(), "hardware", "README.md");

    /// <summary>Constant name to value for every "public const int ...Pin = n;" and "public const byte ...Address = 0x..;".</summary>
    public static Dictionary<string, int> ReadBoardConfiguration(string source)
    {
        var values = new Dictionary<string, int>();
        foreach (Match m in Regex.Matches(source, @"public\s+const\s+int\s+(\w+Pin)\s*=\s*(\d+)\s*;"))
            values[m.Groups[1].Value] = int.Parse(m.Groups[2].Value);
        foreach (Match m in Regex.Matches(source, @"public\s+const\s+byte\s+(\w+Address)\s*=\s*0x([0-9A-Fa-f]+)\s*;"))
            values[m.Groups[1].Value] = Convert.ToInt32(m.Groups[2].Value, 16);
        return values;
    }

    /// <summary>data-signal/data-gpio pairs and data-address/data-value pairs of the diagram, each with the visible
    /// text of its element, which must name the same number.</summary>
    public static Dictionary<string, (int Value, string Text)> ReadWiringDiagram(string svg)
    {
        var values = new Dictionary<string, (int, string)>();
        foreach (var element in XDocument.Parse(svg).Descendants())
        {
            string? signal = (string?)element.Attribute("data-signal");
            string? gpio = (string?)element.Attribute("data-gpio");
            if (signal != null && gpio != null) values[signal] = (int.Parse(gpio), element.Value);
            string? address = (string?)element.Attribute("data-address");
            string? value = (string?)element.Attribute("data-value");
            if (address != null && value != null) values[address] = (Convert.ToInt32(value, 16), element.Value);
        }
        return values;
    }

    /// <summary>Rows "| ConstantName | GPIOn |" or "| ConstantName | 0x68 |" of the README's pin table.</summary>
    public static Dictionary<string, int> ReadPinTable(string markdown)
    {
        var values = new Dictionary<string, int>();
        foreach (Match m in Regex.Matches(markdown, @"^\|\s*`?(\w+(?:Pin|Address))`?\s*\|\s*(?:GPIO(\d+)|0x([0-9A-Fa-f]+))\s*\|", RegexOptions.Multiline))
            values[m.Groups[1].Value] = m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : Convert.ToInt32(m.Groups[3].Value, 16);
        return values;
    }

    public static List<string> Disagreements(Dictionary<string, int> firmware, Dictionary<string, (int Value, string Text)> diagram, Dictionary<string, int> table)
    {
        var problems = new List<string>();
        foreach (var (name, value) in firmware)
        {
            if (!diagram.TryGetValue(name, out var drawn)) problems.Add($"{name} = {value} is not in wiring.svg");
            else
            {
                if (drawn.Value != value) problems.Add($"{name}: firmware {value}, wiring.svg {drawn.Value}");
                string expectedText = name.EndsWith("Address") ? $"0x{value:x2}" : $"GPIO{value}";
                if (!drawn.Text.Contains(expectedText, StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{name}: wiring.svg label '{drawn.Text.Trim()}' does not say {expectedText}");
            }
            if (!table.TryGetValue(name, out int listed)) problems.Add($"{name} = {value} is not in the hardware/README.md pin table");
            else if (listed != value) problems.Add($"{name}: firmware {value}, README pin table {listed}");
        }
        foreach (string name in diagram.Keys.Where(n => !firmware.ContainsKey(n))) problems.Add($"wiring.svg names {name}, which BoardConfiguration.cs lacks");
        foreach (string name in table.Keys.Where(n => !firmware.ContainsKey(n))) problems.Add($"README pin table names {name}, which BoardConfiguration.cs lacks");
        return problems;
    }

    [Fact]
    public void Firmware_diagram_and_pin_table_name_the_same_pins_and_addresses()
    {
        var firmware = ReadBoardConfiguration(File.ReadAllText(BoardConfigurationPath()));
        var diagram = ReadWiringDiagram(File.ReadAllText(WiringDiagramPath()));
        var table = ReadPinTable(File.ReadAllText(HardwareReadmePath()));

        // Not vacuous: the board has nine pins and two sensor addresses.
        Assert.Equal(11, firmware.Count);
        var problems = Disagreements(firmware, diagram, table);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_two_sensors_sit_at_the_documented_addresses()
    {
        var firmware = ReadBoardConfiguration(File.ReadAllText(BoardConfigurationPath()));
        Assert.Equal(0x68, firmware["SacrumSensorAddress"]);
        Assert.Equal(0x69, firmware["ThoracolumbarSensorAddress"]);
    }

    [Fact]
    public void A_pin_moved_in_the_diagram_only_is_caught()
    {
        string svg = File.ReadAllText(WiringDiagramPath()).Replace("data-gpio=\"21\"", "data-gpio=\"25\"");
        var problems = Disagreements(
            ReadBoardConfiguration(File.ReadAllText(BoardConfigurationPath())),
            ReadWiringDiagram(svg),
            ReadPinTable(File.ReadAllText(HardwareReadmePath())));
        Assert.Contains(problems, p => p.StartsWith("MotorPin: firmware 21, wiring.svg 25"));
    }

    [Fact]
    public void Deep_sleep_wake_pins_are_rtc_capable()
    {
        // Only RTC GPIOs can wake the ESP32 from deep sleep (ESP-IDF sleep modes; nanoFramework Sleep.WakeupGpioPin).
        int[] rtcGpios = { 0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };
        var firmware = ReadBoardConfiguration(File.ReadAllText(BoardConfigurationPath()));
        Assert.Contains(firmware["ButtonPin"], rtcGpios);
        Assert.Contains(firmware["MotionInterruptPin"], rtcGpios);
    }
}
