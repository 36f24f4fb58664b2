using WinkSensor.Core.Hardware;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;
using WinkSensor.Simulation.Hardware;

namespace WinkSensor.Core.Tests.Sensors;

/// <summary>The simulated part behaves like the datasheet says, so driver tests against it mean something.</summary>
public class SimulatedMpu6050Tests
{
    private readonly SimulatedI2cBus bus = new();
    private readonly SimulatedMpu6050 part;

    public SimulatedMpu6050Tests()
    {
        part = new SimulatedMpu6050(new FunctionImuSignal(t => new ImuSample(new Vector3(0.25f, -0.5f, 1f), new Vector3(10f, -20f, 30f))));
        bus.Attach(0x68, part);
        part.AdvanceMicroseconds(part.ResetDurationMicroseconds);
    }

    private void Write(byte register, byte value) => Assert.Equal(I2cTransferStatus.FullTransfer, bus.WriteRead(0x68, [register, value], 2, [], 0));

    private byte[] Read(byte register, int count)
    {
        var data = new byte[count];
        Assert.Equal(I2cTransferStatus.FullTransfer, bus.WriteRead(0x68, [register], 1, data, count));
        return data;
    }

    private void StartFifoAt100Hertz()
    {
        Write(0x6B, 0x01);
        Write(0x1A, 0x03);
        Write(0x19, 9);
        Write(0x23, 0x78);
        Write(0x6A, 0x40);
    }

    [Fact]
    public void Power_on_values_are_asleep_with_who_am_i_0x68_and_no_samples()
    {
        Assert.Equal(0x40, Read(0x6B, 1)[0]);
        Assert.Equal(0x68, Read(0x75, 1)[0]);
        Assert.Equal(0, Read(0x23, 1)[0]);
        part.AdvanceMicroseconds(100_000);
        Assert.Equal(0, part.FifoCountBytes);
        Assert.Equal(0.0, part.SampleRateHertz);
    }

    [Fact]
    public void Frames_are_twelve_big_endian_bytes_accelerometer_then_gyroscope_at_the_configured_ranges()
    {
        StartFifoAt100Hertz();
        part.AdvanceMicroseconds(10_000);
        Assert.Equal(12, part.FifoCountBytes);
        var frame = Read(0x74, 12); // FIFO_R_W does not auto-increment: 12 successive FIFO bytes
        short Word(int i) => (short)((frame[2 * i] << 8) | frame[2 * i + 1]);
        Assert.Equal(4096, Word(0));   // 0.25 g × 16384 (±2 g after reset)
        Assert.Equal(-8192, Word(1));
        Assert.Equal(16384, Word(2));
        Assert.Equal(1310, Word(3));   // 10 deg/s × 131 (±250 deg/s)
        Assert.Equal(-2620, Word(4));
        Assert.Equal(3930, Word(5));
        Assert.Equal(0, part.FifoCountBytes);
    }

    [Fact]
    public void Fifo_reset_written_while_fifo_enable_is_set_is_ignored_as_on_the_real_part()
    {
        StartFifoAt100Hertz();
        part.AdvanceMicroseconds(50_000);
        Write(0x6A, 0x44);
        Assert.Equal(60, part.FifoCountBytes);
        Write(0x6A, 0x04);
        Assert.Equal(0, part.FifoCountBytes);
        Assert.Equal(0x00, Read(0x6A, 1)[0]); // FIFO_RESET clears itself; FIFO_EN now off
        part.AdvanceMicroseconds(50_000);
        Assert.Equal(0, part.FifoCountBytes); // the upstream binding's mistake: FIFO_RESET alone never starts the FIFO
    }

    [Fact]
    public void Overflow_drops_the_oldest_bytes_keeps_1024_and_sets_int_status_bit_4_until_read()
    {
        Write(0x38, 0x10);
        StartFifoAt100Hertz();
        part.AdvanceMicroseconds(860_000); // 86 frames = 1032 bytes
        Assert.Equal(1024, part.FifoCountBytes);
        var count = Read(0x72, 2);
        Assert.Equal(1024, (count[0] << 8) | count[1]);
        Assert.Equal(0x10, Read(0x3A, 1)[0] & 0x10);
        Assert.Equal(0, Read(0x3A, 1)[0] & 0x10);
        // The oldest 8 bytes are gone: the FIFO now starts 8 bytes into a frame (the gyroscope Y word of frame 1).
        var first = Read(0x74, 2);
        Assert.Equal(-2620, (short)((first[0] << 8) | first[1]));
    }

    [Fact]
    public void Writes_during_the_reset_time_are_ignored()
    {
        Write(0x6B, 0x80);
        Write(0x23, 0x78);
        Assert.Equal(0, Read(0x23, 1)[0]);
        part.AdvanceMicroseconds(part.ResetDurationMicroseconds);
        Write(0x23, 0x78);
        Assert.Equal(0x78, Read(0x23, 1)[0]);
    }

    [Fact]
    public void The_parts_own_clock_error_changes_how_many_samples_arrive()
    {
        part.ClockErrorFraction = 0.01;
        StartFifoAt100Hertz();
        part.AdvanceMicroseconds(5_000_000);
        // 500 nominal frames in 5 s, 1 % more = 505 frames; the FIFO holds 85, so count the samples taken instead.
        int taken = 0;
        part.SampleTaken = (_, _) => taken++;
        part.AdvanceMicroseconds(10_000_000);
        Assert.InRange(taken, 1009, 1011);
    }

    [Fact]
    public void A_disconnected_part_does_not_acknowledge_and_a_partial_read_consumes_only_its_bytes()
    {
        bus.Disconnect(0x68);
        Assert.Equal(I2cTransferStatus.AddressNotAcknowledged, bus.WriteRead(0x68, [0x75], 1, new byte[1], 1));
        bus.Reconnect(0x68, powerCycled: false);
        part.AdvanceMicroseconds(part.ResetDurationMicroseconds);
        StartFifoAt100Hertz();
        part.AdvanceMicroseconds(20_000);
        bus.InjectPartialTransfer(0x68, 1 + 5);
        Assert.Equal(I2cTransferStatus.PartialTransfer, bus.WriteRead(0x68, [0x74], 1, new byte[24], 24));
        Assert.Equal(24 - 5, part.FifoCountBytes);
    }
}
