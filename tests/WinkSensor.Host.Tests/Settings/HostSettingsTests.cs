using WinkSensor.Core.Runtime;
using WinkSensor.Host.Settings;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Settings;

public sealed class HostSettingsTests
{
    [Fact]
    public void Defaults_apply_when_nothing_is_set()
    {
        using var directory = new TemporaryDirectory();
        var settings = HostSettings.From(HostSettingsFile.Load(Path.Combine(directory.Path, ConfigDirectory.FileName)));

        Assert.Null(settings.DeviceAddress);
        Assert.Equal("auto", settings.Transport);
        Assert.True(settings.AlertSound);
        Assert.True(settings.AlertNotification);
        Assert.Equal(DeviceConfiguration.DefaultWinkThresholdDegrees, settings.WinkThresholdDegrees);
        Assert.Equal(20, settings.ToRecorderSettings().SetRestSeconds);
    }

    [Fact]
    public void Stored_values_come_back_typed_after_reloading_the_file()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, ConfigDirectory.FileName);
        var file = HostSettingsFile.Load(path);
        file.Set(HostSettingKeys.DeviceAddress, "/dev/ttyUSB0");
        file.Set(HostSettingKeys.AlertNotification, "off");
        file.Set(HostSettingKeys.WinkThresholdDegrees, "12.5");
        file.Set(HostSettingKeys.SetRestSeconds, "45");

        var settings = HostSettings.From(HostSettingsFile.Load(path));

        Assert.Equal("/dev/ttyUSB0", settings.DeviceAddress);
        Assert.False(settings.AlertNotification);
        Assert.Equal(12.5f, settings.WinkThresholdDegrees);
        Assert.Equal(45, settings.ToRecorderSettings().SetRestSeconds);
    }
}
