using WinkSensor.Core.Protocol.Serial;
using WinkSensor.Core.Persistence;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Persistence;

public class ConfigurationStoreTests
{
    private static DeviceConfiguration NonDefaultConfiguration()
    {
        var configuration = new DeviceConfiguration();
        Assert.Equal(ConfigurationError.None, configuration.SetWinkThresholdDegrees(12.37f));
        Assert.Equal(ConfigurationError.None, configuration.SetBuzzEnabled(false));
        Assert.Equal(ConfigurationError.None, configuration.SetWinkPattern((int)HapticPatternKind.WinkTriple));
        Assert.Equal(ConfigurationError.None, configuration.SetIdleSleepMinutes(45));
        Assert.Equal(ConfigurationError.None, configuration.SetLiveAngleRateHertz(50));
        return configuration;
    }

    private static void AssertDefaults(DeviceConfiguration configuration)
    {
        Assert.Equal(DeviceConfiguration.DefaultWinkThresholdDegrees, configuration.WinkThresholdDegrees);
        Assert.True(configuration.BuzzEnabled);
        Assert.Equal(HapticPatternKind.WinkLong, configuration.WinkPattern);
        Assert.Equal(DeviceConfiguration.DefaultIdleSleepMinutes, configuration.IdleSleepMinutes);
        Assert.Equal(DeviceConfiguration.DefaultLiveAngleRateHertz, configuration.LiveAngleRateHertz);
    }

    [Fact]
    public void A_saved_configuration_loads_back_field_for_field()
    {
        var storage = new InMemoryConfigurationStorage();
        var store = new ConfigurationStore(storage);
        Assert.True(store.Save(NonDefaultConfiguration()));

        var loaded = new DeviceConfiguration();
        Assert.Equal(ConfigurationLoadResult.Loaded, store.Load(loaded));
        Assert.Equal(12.37f, loaded.WinkThresholdDegrees, 0.005f);
        Assert.False(loaded.BuzzEnabled);
        Assert.Equal(HapticPatternKind.WinkTriple, loaded.WinkPattern);
        Assert.Equal(45, loaded.IdleSleepMinutes);
        Assert.Equal(50, loaded.LiveAngleRateHertz);
    }

    [Fact]
    public void The_record_has_the_documented_version_1_layout()
    {
        byte[] record = new byte[ConfigurationRecordLayout.BufferLength];
        int length = ConfigurationStore.Encode(NonDefaultConfiguration(), record);
        Assert.Equal(13, length);
        Assert.Equal(new byte[] { 0x57, 0x43, 1, 7, 0xD5, 0x04, 0, 2, 45, 0, 50 }, record.Take(11).ToArray());
        ushort crc = Crc16Ccitt.Compute(record, 0, 11);
        Assert.Equal(crc & 0xFF, record[11]);
        Assert.Equal(crc >> 8, record[12]);
    }

    [Fact]
    public void Nothing_stored_gives_defaults_and_says_so()
    {
        var loaded = NonDefaultConfiguration();
        var result = new ConfigurationStore(new InMemoryConfigurationStorage()).Load(loaded);
        Assert.Equal(ConfigurationLoadResult.NothingStored, result);
        AssertDefaults(loaded);
    }

    [Fact]
    public void Unreadable_storage_gives_defaults_and_says_so()
    {
        var loaded = NonDefaultConfiguration();
        var result = new ConfigurationStore(new InMemoryConfigurationStorage { FailReads = true }).Load(loaded);
        Assert.Equal(ConfigurationLoadResult.StorageUnreadable, result);
        AssertDefaults(loaded);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(11)]
    [InlineData(12)]
    public void A_flipped_byte_is_caught_by_the_checksum(int index)
    {
        var storage = new InMemoryConfigurationStorage();
        var store = new ConfigurationStore(storage);
        store.Save(NonDefaultConfiguration());
        storage.Stored![index] ^= 0x10;

        var loaded = new DeviceConfiguration();
        Assert.Equal(ConfigurationLoadResult.ChecksumMismatch, store.Load(loaded));
        AssertDefaults(loaded);
    }

    [Fact]
    public void A_record_cut_short_by_power_loss_is_reported_truncated()
    {
        var storage = new InMemoryConfigurationStorage();
        var store = new ConfigurationStore(storage);
        store.Save(NonDefaultConfiguration());
        storage.Stored = storage.Stored!.Take(9).ToArray();

        var loaded = new DeviceConfiguration();
        Assert.Equal(ConfigurationLoadResult.Truncated, store.Load(loaded));
        AssertDefaults(loaded);
    }

    [Fact]
    public void An_unknown_format_version_gives_defaults_even_with_a_valid_checksum()
    {
        var storage = new InMemoryConfigurationStorage();
        var store = new ConfigurationStore(storage);
        store.Save(NonDefaultConfiguration());
        byte[] record = storage.Stored!;
        record[2] = 2;
        ushort crc = Crc16Ccitt.Compute(record, 0, 11);
        record[11] = (byte)crc;
        record[12] = (byte)(crc >> 8);

        var loaded = new DeviceConfiguration();
        Assert.Equal(ConfigurationLoadResult.UnknownFormatVersion, store.Load(loaded));
        AssertDefaults(loaded);
    }

    [Fact]
    public void Foreign_bytes_are_not_taken_for_a_configuration()
    {
        var storage = new InMemoryConfigurationStorage { Stored = new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF } };
        var loaded = new DeviceConfiguration();
        Assert.Equal(ConfigurationLoadResult.NotAConfigurationRecord, new ConfigurationStore(storage).Load(loaded));
        AssertDefaults(loaded);
    }

    [Fact]
    public void An_intact_record_with_an_out_of_range_value_gives_defaults_for_every_field()
    {
        var storage = new InMemoryConfigurationStorage();
        var store = new ConfigurationStore(storage);
        store.Save(NonDefaultConfiguration());
        byte[] record = storage.Stored!;
        record[ConfigurationRecordLayout.LiveAngleRateOffset] = 200;
        ushort crc = Crc16Ccitt.Compute(record, 0, 11);
        record[11] = (byte)crc;
        record[12] = (byte)(crc >> 8);

        var loaded = NonDefaultConfiguration();
        Assert.Equal(ConfigurationLoadResult.ValueOutOfRange, store.Load(loaded));
        AssertDefaults(loaded);
    }

    [Fact]
    public void A_refused_write_is_reported()
    {
        Assert.False(new ConfigurationStore(new InMemoryConfigurationStorage { FailWrites = true }).Save(new DeviceConfiguration()));
    }

    [Fact]
    public void Every_load_result_has_a_plain_language_reason()
    {
        foreach (ConfigurationLoadResult result in Enum.GetValues<ConfigurationLoadResult>())
        {
            string text = ConfigurationLoadResultText.Describe(result);
            Assert.DoesNotContain("unknown settings load result", text);
            if (result != ConfigurationLoadResult.Loaded) Assert.Contains("defaults", text);
        }
    }
}

public class ConfigurationStoreSaveIfChangedTests
{
    private sealed class CountingStorage : IConfigurationStorage
    {
        public readonly InMemoryConfigurationStorage Inner = new();
        public int Writes;
        public int Read(byte[] buffer) => Inner.Read(buffer);
        public bool Write(byte[] buffer, int count) { Writes++; return Inner.Write(buffer, count); }
        public void Erase() => Inner.Erase();
    }

    [Fact]
    public void Writes_only_when_a_setting_changed()
    {
        var storage = new CountingStorage();
        var store = new ConfigurationStore(storage);
        var configuration = new DeviceConfiguration();
        store.Load(configuration);

        Assert.True(store.SaveIfChanged(configuration));
        Assert.Equal(0, storage.Writes); // defaults, as loaded: nothing to write

        configuration.SetBuzzEnabled(false);
        Assert.True(store.SaveIfChanged(configuration));
        Assert.True(store.SaveIfChanged(configuration));
        Assert.Equal(1, storage.Writes);

        var reloaded = new DeviceConfiguration();
        Assert.Equal(ConfigurationLoadResult.Loaded, new ConfigurationStore(storage).Load(reloaded));
        Assert.False(reloaded.BuzzEnabled);
    }

    [Fact]
    public void A_failed_write_is_retried_at_the_next_call()
    {
        var storage = new CountingStorage();
        var store = new ConfigurationStore(storage);
        var configuration = new DeviceConfiguration();
        store.Load(configuration);
        configuration.SetIdleSleepMinutes(3);
        storage.Inner.FailWrites = true;
        Assert.False(store.SaveIfChanged(configuration));
        storage.Inner.FailWrites = false;
        Assert.True(store.SaveIfChanged(configuration));
        Assert.Equal(2, storage.Writes);
    }

    [Fact]
    public void Checking_an_unchanged_configuration_allocates_nothing()
    {
        var store = new ConfigurationStore(new InMemoryConfigurationStorage());
        var configuration = new DeviceConfiguration();
        store.Load(configuration);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) store.SaveIfChanged(configuration);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
