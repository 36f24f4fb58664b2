using WinkSensor.Core.Hardware;
using WinkSensor.Core.Sensors;
using WinkSensor.Core.Sensors.Mpu6050;

namespace WinkSensor.Core.Tests.Sensors;

/// <summary>Reading the FIFO: exact samples in order, whole frames only, overflow and bus errors recovered from.</summary>
public class Mpu6050DrainTests
{
    private readonly Mpu6050TestRig rig = new(withThoracolumbar: false);
    private readonly ImuSample[] buffer = new ImuSample[64];
    private readonly List<ImuSample> drained = [];

    private int Drain(int maximumFrames = 64)
    {
        int count = rig.Sacrum.Drain(rig.Now, buffer, 0, maximumFrames);
        for (int i = 0; i < count; i++) drained.Add(buffer[i]);
        return count;
    }

    [Fact]
    public void Drained_frames_are_the_generated_samples_in_order_within_quantisation_and_only_whole_frames_leave_the_fifo()
    {
        rig.BringUp(rig.Sacrum);
        var random = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            rig.Advance(random.Next(3_000, 25_000));
            Drain();
            Assert.Equal(Mpu6050Error.None, rig.Sacrum.LastError);
            Assert.Equal(0, rig.SacrumPart.FifoCountBytes % 12);
            Assert.True(rig.SacrumPart.FifoCountBytes < 12, "everything available was read");
        }
        Assert.True(drained.Count > 400, $"only {drained.Count} frames");
        Assert.Equal(rig.SacrumTaken.Count, drained.Count);
        for (int i = 0; i < drained.Count; i++) Mpu6050TestRig.AssertWithinQuantisation(rig.SacrumTaken[i].Signal, drained[i]);
        Assert.Equal(drained.Count, rig.Sacrum.FramesRead);
    }

    [Fact]
    public void A_small_capacity_reads_whole_frames_and_reports_what_is_left()
    {
        rig.BringUp(rig.Sacrum);
        rig.Advance(105_000); // 10 frames
        Assert.Equal(3, Drain(3));
        Assert.Equal(7, rig.Sacrum.FramesLeftInFifo);
        Assert.Equal(7 * 12, rig.SacrumPart.FifoCountBytes);
        Assert.Equal(7, Drain(20));
        for (int i = 0; i < drained.Count; i++) Mpu6050TestRig.AssertWithinQuantisation(rig.SacrumTaken[i].Signal, drained[i]);
    }

    [Fact]
    public void Full_scale_values_saturate_instead_of_wrapping()
    {
        var loud = new WinkSensor.Simulation.Hardware.FunctionImuSignal(_ =>
            new ImuSample(new Numerics.Vector3(6f, -9f, 1f), new Numerics.Vector3(800f, -20f, -1000f)));
        var saturating = new Mpu6050TestRig(loud, withThoracolumbar: false);
        saturating.BringUp(saturating.Sacrum);
        saturating.Advance(20_000);
        var samples = new ImuSample[4];
        Assert.Equal(2, saturating.Sacrum.Drain(saturating.Now, samples, 0, 4));
        Assert.Equal(32767f / 8192f, samples[0].Acceleration.X, 5);
        Assert.Equal(-4f, samples[0].Acceleration.Y, 5);
        Assert.Equal(32767f / 65.5f, samples[0].AngularRate.X, 3);
        Assert.Equal(-32768f / 65.5f, samples[0].AngularRate.Z, 3);
    }

    [Fact]
    public void A_fifo_overflow_is_reported_with_the_samples_lost_and_frames_are_aligned_afterwards()
    {
        rig.BringUp(rig.Sacrum);
        rig.Advance(50_000);
        Drain();
        rig.Advance(1_500_000); // 150 frames = 1800 bytes > 1024: the oldest bytes were pushed out mid-frame

        Assert.Equal(0, Drain());
        Assert.Equal(Mpu6050Error.FifoOverflow, rig.Sacrum.LastError);
        Assert.Equal(1, rig.Sacrum.FifoOverflows);
        Assert.Equal(150, rig.Sacrum.LastSamplesLost);
        Assert.Equal(0, rig.SacrumPart.FifoCountBytes);

        long resynchronisedAt = rig.Now;
        int before = drained.Count;
        for (int i = 0; i < 50; i++)
        {
            rig.Advance(12_000);
            Drain();
            Assert.Equal(Mpu6050Error.None, rig.Sacrum.LastError);
        }
        var expected = rig.SacrumTaken.Where(s => s.Time > resynchronisedAt).ToList();
        Assert.Equal(expected.Count, drained.Count - before);
        for (int i = 0; i < expected.Count; i++) Mpu6050TestRig.AssertWithinQuantisation(expected[i].Signal, drained[before + i]);
    }

    [Fact]
    public void An_overflow_shown_only_by_the_interrupt_status_bit_is_still_caught()
    {
        rig.BringUp(rig.Sacrum);
        rig.Advance(1_000_000); // 100 frames into a 85-frame FIFO: overflowed, INT_STATUS bit 4 set
        // Someone else pops 64 bytes: the count (960) is now a whole number of frames below the limit,
        // but the data is misaligned. Only INT_STATUS can tell.
        var popped = new byte[64];
        Assert.Equal(I2cTransferStatus.FullTransfer, rig.Bus.WriteRead(0x68, [0x74], 1, popped, 64));
        Assert.Equal(960, rig.SacrumPart.FifoCountBytes);

        Assert.Equal(0, Drain());
        Assert.Equal(Mpu6050Error.FifoOverflow, rig.Sacrum.LastError);
        Assert.Equal(0, rig.SacrumPart.FifoCountBytes);
    }

    [Fact]
    public void A_nack_is_reported_and_counted_and_sampling_continues()
    {
        rig.BringUp(rig.Sacrum);
        rig.Advance(30_000);
        rig.Bus.InjectFault(0x68, I2cTransferStatus.AddressNotAcknowledged);
        Assert.Equal(0, Drain());
        Assert.Equal(Mpu6050Error.AddressNotAcknowledged, rig.Sacrum.LastError);
        Assert.Equal(1, rig.Sacrum.BusErrors);
        Assert.Equal(Mpu6050Health.Running, rig.Sacrum.Health);
        Assert.Equal(3, Drain());
        for (int i = 0; i < drained.Count; i++) Mpu6050TestRig.AssertWithinQuantisation(rig.SacrumTaken[i].Signal, drained[i]);
    }

    [Fact]
    public void A_partial_fifo_read_is_reported_and_the_fifo_resynchronised_so_later_frames_are_exact()
    {
        rig.BringUp(rig.Sacrum);
        rig.Advance(50_000);
        // A drain is INT_STATUS, FIFO_COUNT, then the FIFO burst: let the first two through and stop the burst after
        // the register byte and 7 data bytes, which leaves the FIFO 7 bytes into a frame.
        rig.Bus.InjectPartialTransfer(0x68, 8, skipTransactions: 2);
        Assert.Equal(0, Drain());
        Assert.Equal(Mpu6050Error.PartialTransfer, rig.Sacrum.LastError);
        Assert.Equal(1, rig.Sacrum.BusErrors);
        Assert.Equal(5 * 12 - 7, rig.SacrumPart.FifoCountBytes);

        rig.Advance(10_000);
        Assert.Equal(0, Drain());
        Assert.Equal(Mpu6050Error.FifoOverflow, rig.Sacrum.LastError);
        long resynchronisedAt = rig.Now;

        for (int i = 0; i < 20; i++)
        {
            rig.Advance(15_000);
            Drain();
            Assert.Equal(Mpu6050Error.None, rig.Sacrum.LastError);
        }
        var expected = rig.SacrumTaken.Where(s => s.Time > resynchronisedAt).ToList();
        Assert.Equal(expected.Count, drained.Count);
        for (int i = 0; i < expected.Count; i++) Mpu6050TestRig.AssertWithinQuantisation(expected[i].Signal, drained[i]);
    }

    [Fact]
    public void A_clock_stretch_timeout_is_reported_as_a_bus_fault()
    {
        rig.BringUp(rig.Sacrum);
        rig.Advance(50_000);
        rig.Bus.InjectFault(0x68, I2cTransferStatus.ClockStretchTimeout);
        Assert.Equal(0, Drain());
        Assert.Equal(Mpu6050Error.BusFault, rig.Sacrum.LastError);
        Assert.Equal(5, Drain());
    }
}
