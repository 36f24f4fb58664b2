using WinkSensor.Core.Hardware;
using WinkSensor.Core.Sensors;
using WinkSensor.Core.Sensors.Mpu6050;

namespace WinkSensor.Core.Tests.Sensors;

/// <summary>Bring-up of one MPU-6050, checked against the simulated part's register file (datasheet register numbers).</summary>
public class Mpu6050InitialisationTests
{
    [Fact]
    public void Bring_up_leaves_the_registers_the_datasheet_requires_for_100_hertz_fifo_sampling()
    {
        var rig = new Mpu6050TestRig(withThoracolumbar: false);
        Assert.Equal(Mpu6050Error.None, rig.Sacrum.Start(rig.Now));
        Assert.Equal(Mpu6050Health.Resetting, rig.Sacrum.Health);
        rig.Advance(rig.Settings.ResetDelayMilliseconds * 1000L);
        Assert.Equal(Mpu6050Error.None, rig.Sacrum.Configure(rig.Now));

        var part = rig.SacrumPart;
        Assert.Equal(0x01, part.Register(0x6B)); // awake, CLKSEL = 1 (PLL on X gyroscope)
        Assert.Equal(0x03, part.Register(0x1A)); // DLPF 44 Hz
        Assert.Equal(0x08, part.Register(0x1B)); // ±500 deg/s
        Assert.Equal(0x08, part.Register(0x1C)); // ±4 g, high-pass off
        Assert.Equal(9, part.Register(0x19));    // 1 kHz / (1 + 9) = 100 Hz
        Assert.Equal(0x78, part.Register(0x23)); // FIFO: accelerometer + 3 gyroscope axes
        Assert.Equal(0x40, part.Register(0x6A)); // USER_CTRL FIFO_EN (not FIFO_RESET)
        Assert.Equal(0x10, part.Register(0x38)); // FIFO overflow interrupt, so INT_STATUS bit 4 reports it
        Assert.Equal(100.0, part.SampleRateHertz, 6);

        // DEVICE_RESET came first, and the FIFO was reset with FIFO_EN = 0 before being enabled.
        var log = part.WriteLog.ToList();
        Assert.Equal(((byte)0x6B, (byte)0x80), log[0]);
        int reset = log.IndexOf(((byte)0x6A, (byte)0x04));
        int enable = log.IndexOf(((byte)0x6A, (byte)0x40));
        Assert.True(reset > 0 && enable > reset, "FIFO reset (0x04) must precede FIFO enable (0x40)");

        rig.Advance(100_000);
        Assert.Equal(10 * 12, part.FifoCountBytes);
    }

    [Fact]
    public void Configuring_before_the_part_has_finished_resetting_is_detected_and_the_reset_repeated()
    {
        var rig = new Mpu6050TestRig(withThoracolumbar: false);
        rig.SacrumPart.ResetDurationMicroseconds = 50_000;
        rig.Sacrum.Start(rig.Now);
        rig.Advance(1_000);
        Assert.Equal(Mpu6050Error.ConfigurationRejected, rig.Sacrum.Configure(rig.Now));
        Assert.Equal(Mpu6050Health.Resetting, rig.Sacrum.Health);
        rig.BringUp(rig.Sacrum);
        Assert.Equal(0x78, rig.SacrumPart.Register(0x23));
    }

    [Fact]
    public void Drain_alone_brings_the_sensor_up_after_the_reset_delay()
    {
        var rig = new Mpu6050TestRig(withThoracolumbar: false);
        var samples = new ImuSample[16];
        long start = rig.Now;
        while (rig.Sacrum.Health != Mpu6050Health.Running)
        {
            Assert.Equal(0, rig.Sacrum.Drain(rig.Now, samples, 0, samples.Length));
            rig.Advance(10_000);
            Assert.True(rig.Now - start < 1_000_000, "not running after 1 s");
        }
        Assert.True(rig.Now - start >= rig.Settings.ResetDelayMilliseconds * 1000L, "configured before the reset delay");
    }

    [Fact]
    public void A_wrong_who_am_i_is_reported_and_the_part_is_left_alone()
    {
        var rig = new Mpu6050TestRig(withThoracolumbar: false, sacrumWhoAmI: 0x70);
        Assert.Equal(Mpu6050Error.WrongIdentity, rig.Sacrum.Start(rig.Now));
        Assert.Equal(Mpu6050Health.WrongIdentity, rig.Sacrum.Health);
        Assert.Empty(rig.SacrumPart.WriteLog);
    }

    [Fact]
    public void An_absent_sensor_is_reported_lost_at_start()
    {
        var rig = new Mpu6050TestRig(withThoracolumbar: false);
        Assert.Equal(Mpu6050Error.AddressNotAcknowledged, rig.Thoracolumbar.Start(rig.Now));
        Assert.Equal(Mpu6050Health.Lost, rig.Thoracolumbar.Health);
    }

    [Fact]
    public void Invalid_settings_are_refused_without_touching_the_bus()
    {
        var rig = new Mpu6050TestRig(withThoracolumbar: false);
        rig.Settings.SampleRateHertz = 300; // 1000 / 300 is not whole
        int before = rig.Bus.Transactions;
        Assert.Equal(Mpu6050Error.InvalidSettings, rig.Sacrum.Start(rig.Now));
        Assert.Equal(before, rig.Bus.Transactions);
    }

    [Theory]
    [InlineData(200, 4)]
    [InlineData(50, 19)]
    [InlineData(1000, 0)]
    public void The_sample_rate_divider_follows_the_setting(int rateHertz, int divider)
    {
        var settings = new Mpu6050Settings { SampleRateHertz = rateHertz };
        Assert.True(settings.IsValid);
        Assert.Equal(divider, settings.SampleRateDivider);
        Assert.Equal(1_000_000 / rateHertz, settings.SamplePeriodMicroseconds);
    }

    [Fact]
    public void A_nack_during_configuration_is_reported_not_thrown()
    {
        var rig = new Mpu6050TestRig(withThoracolumbar: false);
        rig.Sacrum.Start(rig.Now);
        rig.Advance(100_000);
        rig.Bus.InjectFault(0x68, I2cTransferStatus.AddressNotAcknowledged);
        Assert.Equal(Mpu6050Error.AddressNotAcknowledged, rig.Sacrum.Configure(rig.Now));
        Assert.Equal(1, rig.Sacrum.BusErrors);
        Assert.Equal(Mpu6050Health.Resetting, rig.Sacrum.Health);
        Assert.Equal(Mpu6050Error.None, rig.Sacrum.Configure(rig.Now));
        Assert.Equal(Mpu6050Health.Running, rig.Sacrum.Health);
    }
}
