using WinkSensor.Host.Settings;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Commands;

public sealed class ConfigCommandTests
{
    private static CliRun Config(TemporaryDirectory directory, params string[] args) =>
        CliRun.Of(["config", .. args, "--config-dir", directory.Path]);

    [Fact]
    public void Set_then_get_round_trips_normalised_values_through_the_settings_file()
    {
        using var directory = new TemporaryDirectory();

        Assert.Equal(0, Config(directory, "set", "device.address", "aa:bb:cc:dd:ee:ff").ExitCode);
        Assert.Equal(0, Config(directory, "set", "alert.sound", "no").ExitCode);
        Assert.Equal(0, Config(directory, "set", "wink.threshold-deg", "9.5").ExitCode);

        Assert.Equal("AA:BB:CC:DD:EE:FF", Config(directory, "get", "device.address").Output.Trim());
        Assert.Equal("off", Config(directory, "get", "alert.sound").Output.Trim());
        Assert.Equal("9.5", Config(directory, "get", "wink.threshold-deg").Output.Trim());
        Assert.Equal("auto", Config(directory, "get", "transport").Output.Trim()); // default, never set
        Assert.True(File.Exists(Path.Combine(directory.Path, ConfigDirectory.FileName)));
    }

    [Fact]
    public void Get_without_a_key_lists_every_setting_marking_defaults()
    {
        using var directory = new TemporaryDirectory();
        Config(directory, "set", "transport", "serial");

        var run = Config(directory, "get");

        Assert.Equal(0, run.ExitCode);
        foreach (var setting in HostSettingKeys.All) Assert.Contains(setting.Key, run.Output);
        Assert.Contains("serial", run.Output);
        Assert.Contains("(default)", run.Output);
    }

    [Fact]
    public void Unset_returns_a_setting_to_its_default()
    {
        using var directory = new TemporaryDirectory();
        Config(directory, "set", "sets.rest-s", "45");
        Assert.Equal(0, Config(directory, "unset", "sets.rest-s").ExitCode);
        Assert.Equal("20", Config(directory, "get", "sets.rest-s").Output.Trim());
    }

    [Theory]
    [InlineData("wink.threshold-deg", "2", "between 3 and 30 deg")]
    [InlineData("wink.threshold-deg", "31", "between 3 and 30 deg")]
    [InlineData("wink.threshold-deg", "eight", "not a number")]
    [InlineData("wink.threshold-deg", "NaN", "not a number")]
    [InlineData("transport", "wifi", "use one of auto, ble, serial, loopback")]
    [InlineData("alert.notification", "maybe", "use on or off")]
    [InlineData("device.address", "AA:BB:CC", "not a device address")]
    [InlineData("sets.rest-s", "1", "between 5 and 600 s")]
    [InlineData("colour", "red", "Unknown setting 'colour'")]
    public void Invalid_values_are_refused_with_a_clear_message_and_nothing_is_written(string key, string value, string message)
    {
        using var directory = new TemporaryDirectory();

        var run = Config(directory, "set", key, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        run.AssertNoStackTrace();
        Assert.False(File.Exists(Path.Combine(directory.Path, ConfigDirectory.FileName)));
    }

    [Fact]
    public void A_broken_settings_file_is_reported_by_name_and_not_overwritten()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, ConfigDirectory.FileName);
        File.WriteAllText(path, "transport = ble\n");

        var run = Config(directory, "set", "transport", "serial");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(path, run.Error.Replace("\n", ""));
        Assert.Equal("transport = ble\n", File.ReadAllText(path));
        run.AssertNoStackTrace();
    }
}
