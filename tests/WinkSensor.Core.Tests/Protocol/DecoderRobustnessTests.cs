using CsCheck;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>Decoders take any bytes without throwing, reject what breaks the layout and count what they reject.</summary>
public class DecoderRobustnessTests
{
    private static readonly FrameType[] Types = ProtocolSamples.AllTypes().Select(m => m.Type).ToArray();

    [Fact]
    public void Random_bytes_never_make_any_decoder_throw_and_every_rejection_is_counted()
    {
        Gen.Select(Gen.Byte.Array[0, 40], Gen.Int[-2, 8], Gen.Int[-3, 44]).Sample((bytes, offset, length) =>
        {
            var decoder = new FrameDecoder();
            var result = decoder.Decode(bytes, offset, length);
            Assert.Equal(result == DecodeResult.Ok ? 1 : 0, decoder.AcceptedFrames);
            Assert.Equal(result == DecodeResult.Ok ? 0 : 1, decoder.RejectedFrames);
            bool inRange = offset >= 0 && offset <= bytes.Length && length >= 0 && length <= bytes.Length - offset;
            if (!inRange) Assert.Equal(DecodeResult.BadRange, result);
            foreach (var message in ProtocolSamples.AllTypes())
            {
                var direct = message.Decode(bytes, offset, length);
                if (direct == DecodeResult.Ok)
                {
                    Assert.Equal(message.Length, length);
                    Assert.Equal((byte)message.Type, bytes[offset + 1]);
                }
            }
        }, iter: 5000, threads: 1);
    }

    [Fact]
    public void Random_bytes_that_pass_the_header_are_mostly_accepted_so_the_fuzzing_reaches_the_payload_checks()
    {
        // Guards the test above: frames with a valid header and length must get through to the field checks.
        var random = new Random(5);
        int accepted = 0;
        for (int i = 0; i < 1000; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var message = ProtocolSamples.Fresh(type);
            var frame = new byte[message.Length];
            random.NextBytes(frame);
            frame[0] = ProtocolVersion.Current;
            frame[1] = (byte)type;
            if (new FrameDecoder().Decode(frame, 0, frame.Length) == DecodeResult.Ok) accepted++;
        }
        Assert.InRange(accepted, 300, 1000);
    }

    [Fact]
    public void Truncated_or_extended_frames_are_rejected_as_bad_length()
    {
        Gen.Select(Gen.Int[0, Types.Length - 1], Gen.Int, Gen.Int[-20, 20]).Sample((typeIndex, seed, change) =>
        {
            if (change == 0) return;
            var message = ProtocolSamples.Random(Types[typeIndex], new Random(seed));
            byte[] frame = ProtocolSamples.Encode(message);
            int length = Math.Max(0, frame.Length + change);
            var mutated = new byte[length];
            Array.Copy(frame, mutated, Math.Min(length, frame.Length));
            var decoder = new FrameDecoder();
            var result = decoder.Decode(mutated, 0, mutated.Length);
            Assert.NotEqual(DecodeResult.Ok, result);
            Assert.Equal(1, decoder.RejectedFrames);
            Assert.Equal(DecodeResult.BadLength, ProtocolSamples.Fresh(message.Type).Decode(mutated, 0, mutated.Length));
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Bit_flips_never_throw_and_a_flip_in_the_version_byte_is_always_rejected()
    {
        Gen.Select(Gen.Int[0, Types.Length - 1], Gen.Int, Gen.Int[0, 159]).Sample((typeIndex, seed, bit) =>
        {
            var message = ProtocolSamples.Random(Types[typeIndex], new Random(seed));
            byte[] frame = ProtocolSamples.Encode(message);
            bit %= frame.Length * 8;
            frame[bit / 8] ^= (byte)(1 << (bit % 8));
            var decoder = new FrameDecoder();
            var result = decoder.Decode(frame, 0, frame.Length);
            if (bit < 8) Assert.Equal(DecodeResult.BadVersion, result);
            if (result == DecodeResult.Ok) Assert.Same(decoder.MessageFor(frame[1]), decoder.Last);
            else Assert.Null(decoder.Last);
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Payload_values_the_layout_forbids_are_rejected_as_bad_value()
    {
        var cases = new (FrameType Type, int Offset, byte Value)[]
        {
            (FrameType.RepCompleted, 18, 0x04),          // reserved flag bit
            (FrameType.LiveAngles, 16, 6),               // no such squat phase
            (FrameType.RawImu, 6, 2),                    // no third sensor
            (FrameType.Status, 8, 101),                  // battery percent over 100
            (FrameType.Status, 9, 0x40),                 // reserved health bit
            (FrameType.Status, 10, 4),                   // no such calibration state
            (FrameType.Configuration, 8, 2),             // buzz enabled is 0 or 1
            (FrameType.ConfigurationChanged, 12, 2),
            (FrameType.RepMetrics, 17, 0x28),            // onset fraction 10 240 > 10 000
            (FrameType.AccelerometerCalibrated, 6, 2),   // no third sensor
            (FrameType.AccelerometerCalibrated, 8, 0x7F),  // X offset over 0.15 g
            (FrameType.AccelerometerCalibrated, 14, 0x7F), // X scale over 1.1
            (FrameType.AccelerometerCalibrated, 19, 0x02), // reserved flag bit
            (FrameType.AccelerometerCalibrationProgress, 6, 6),    // no such state
            (FrameType.AccelerometerCalibrationProgress, 7, 0x40), // no seventh face
            (FrameType.AccelerometerCalibrationProgress, 10, 6),   // no such face held
            (FrameType.AccelerometerCalibrationProgress, 11, 101), // hold over 100 %
            (FrameType.AccelerometerCalibrationProgress, 14, 6),   // no such solve result
        };
        foreach (var (type, offset, value) in cases)
        {
            var message = ProtocolSamples.Random(type, new Random(1));
            byte[] frame = ProtocolSamples.Encode(message);
            frame[offset] = value;
            if (type == FrameType.RepMetrics) frame[16] = 0x00;
            Assert.True(DecodeResult.BadValue == ProtocolSamples.Fresh(type).Decode(frame, 0, frame.Length), $"{type} byte {offset} = {value}");
        }
    }

    [Fact]
    public void Unknown_frame_type_and_unknown_version_are_told_apart()
    {
        var decoder = new FrameDecoder();
        Assert.Equal(DecodeResult.UnknownFrameType, decoder.Decode([1, 0x7F, 0, 0, 0, 0], 0, 6));
        Assert.Equal(DecodeResult.BadVersion, decoder.Decode([2, 0x7F, 0, 0, 0, 0], 0, 6));
        Assert.Equal(DecodeResult.BadVersion, decoder.Decode([2, (byte)FrameType.Calibrated, 0, 0, 0, 0, 0, 0, 0, 0], 0, 10));
        Assert.Equal(DecodeResult.BadLength, decoder.Decode([1, 1, 0], 0, 3));
        Assert.Equal(DecodeResult.BadRange, decoder.Decode(null!, 0, 0));
        Assert.Equal(5, decoder.RejectedFrames);
    }
}
