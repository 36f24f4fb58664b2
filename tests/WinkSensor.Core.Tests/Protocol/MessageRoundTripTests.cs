using CsCheck;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>Every frame type encodes and decodes back to the same fields, within 20 bytes, with the documented header.</summary>
public class MessageRoundTripTests
{
    public static TheoryData<FrameType> FrameTypes() => new(ProtocolSamples.AllTypes().Select(m => m.Type));

    [Theory]
    [MemberData(nameof(FrameTypes))]
    public void Random_fields_survive_encode_then_decode(FrameType type)
    {
        Gen.Int.Sample(seed =>
        {
            var original = ProtocolSamples.Random(type, new Random(seed));
            byte[] frame = ProtocolSamples.Encode(original);
            var decoded = ProtocolSamples.Fresh(type);
            Assert.Equal(DecodeResult.Ok, decoded.Decode(frame, 0, frame.Length));
            Assert.Equal(ProtocolSamples.Describe(original), ProtocolSamples.Describe(decoded));
        }, iter: 500, threads: 1);
    }

    [Theory]
    [MemberData(nameof(FrameTypes))]
    public void Frame_fits_one_default_notification_and_starts_with_version_type_and_little_endian_sequence(FrameType type)
    {
        var message = ProtocolSamples.Random(type, new Random(7));
        message.Sequence = 0xA1B2C3D4;
        byte[] frame = ProtocolSamples.Encode(message);
        Assert.True(frame.Length <= FrameHeader.DefaultMaximumFrameBytes, $"{type} is {frame.Length} bytes");
        Assert.Equal(new byte[] { ProtocolVersion.Current, (byte)type, 0xD4, 0xC3, 0xB2, 0xA1 }, frame[..6]);
    }

    [Theory]
    [MemberData(nameof(FrameTypes))]
    public void Encode_at_an_offset_and_decode_from_it_inside_a_larger_buffer(FrameType type)
    {
        var original = ProtocolSamples.Random(type, new Random(11));
        var buffer = new byte[64];
        Array.Fill(buffer, (byte)0xEE);
        int length = original.Encode(buffer, 17);
        Assert.Equal(original.Length, length);
        Assert.Equal(0xEE, buffer[16]);
        Assert.Equal(0xEE, buffer[17 + length]);
        var decoded = ProtocolSamples.Fresh(type);
        Assert.Equal(DecodeResult.Ok, decoded.Decode(buffer, 17, length));
        Assert.Equal(ProtocolSamples.Describe(original), ProtocolSamples.Describe(decoded));
    }

    [Theory]
    [MemberData(nameof(FrameTypes))]
    public void Encode_into_a_buffer_too_small_writes_nothing_and_answers_zero(FrameType type)
    {
        var message = ProtocolSamples.Random(type, new Random(3));
        var buffer = new byte[message.Length + 2];
        Assert.Equal(0, message.Encode(buffer, 3));
        Assert.Equal(0, message.Encode(null!, 0));
        Assert.Equal(0, message.Encode(buffer, -1));
        Assert.All(buffer, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Rep_completed_layout_matches_the_documented_bytes()
    {
        var rep = new RepCompletedMessage
        {
            Sequence = 0x01020304, RepNumber = 0x0506, StartMilliseconds = 0x0708090A, BottomAfterStartMilliseconds = 0x0C0B,
            EndAfterStartMilliseconds = 0x0E0D, PeakFlexionCentidegrees = -2, Wink = true, PelvisOnly = true,
        };
        byte[] expected =
        [
            0x01, 0x02, 0x04, 0x03, 0x02, 0x01, // version 1, RepCompleted, sequence
            0x06, 0x05, 0x0A, 0x09, 0x08, 0x07, // rep number, start ms
            0x0B, 0x0C, 0x0D, 0x0E, 0xFE, 0xFF, // bottom and end after start, peak flexion -0.02 deg
            0x03,                               // wink | pelvis-only
        ];
        Assert.Equal(expected, ProtocolSamples.Encode(rep));
    }

    [Fact]
    public void Live_angles_layout_matches_the_documented_bytes()
    {
        var live = new LiveAnglesMessage
        {
            Sequence = 9, TimeMilliseconds = 1000, FlexionCentidegrees = 1234, SacrumTiltCentidegrees = -500,
            ThoracolumbarTiltCentidegrees = 734, Phase = SquatPhase.Bottom, RepCount = 3,
        };
        byte[] expected =
        [
            0x01, 0x10, 0x09, 0x00, 0x00, 0x00, 0xE8, 0x03, 0x00, 0x00, // header, time 1000 ms
            0xD2, 0x04, 0x0C, 0xFE, 0xDE, 0x02,                         // 12.34, -5.00, 7.34 deg
            0x03, 0x03, 0x00,                                           // Bottom, 3 reps
        ];
        Assert.Equal(expected, ProtocolSamples.Encode(live));
    }

    [Fact]
    public void Runtime_records_convert_to_wire_units_with_rounding_saturation_and_wrap_around()
    {
        var rep = new RepRecord
        {
            RepNumber = 70000, StartMicroseconds = (1L << 32) * 1000 + 5_000_999, BottomMicroseconds = (1L << 32) * 1000 + 6_200_000,
            EndMicroseconds = (1L << 32) * 1000 + 80_000_000, PeakFlexionDegrees = 12.345f, Wink = true,
        };
        var message = new RepCompletedMessage();
        message.CopyFrom(rep);
        Assert.Equal(65535, message.RepNumber);                    // saturates
        Assert.Equal(5000u, message.StartMilliseconds);            // ms since boot modulo 2^32
        Assert.Equal(1199, message.BottomAfterStartMilliseconds);  // 6 200 000 - 5 000 999 us, truncated to ms
        Assert.Equal(65535, message.EndAfterStartMilliseconds);    // 75 s saturates
        Assert.Equal(1235, message.PeakFlexionCentidegrees);       // rounded
        Assert.Equal(ProtocolUnits.AngleNotAvailable, ProtocolUnits.ToCentidegrees(float.NaN));
        Assert.Equal(32767, ProtocolUnits.ToCentidegrees(1000f));
        Assert.Equal(-32767, ProtocolUnits.ToCentidegrees(-1000f));
        Assert.Equal(-1235, ProtocolUnits.ToCentidegrees(-12.345f));
    }

    [Fact]
    public void Rep_metrics_without_a_wink_mark_the_onset_fields_not_available()
    {
        var metrics = new RepMetricsMessage();
        metrics.Set(4, 42.36f, 0.512f, 1.25f, float.NaN, float.NaN);
        Assert.Equal(424, metrics.DepthMillimetres);
        Assert.Equal(512, metrics.MeanConcentricVelocityMillimetresPerSecond);
        Assert.Equal(1250, metrics.PeakConcentricVelocityMillimetresPerSecond);
        Assert.Equal(ProtocolUnits.NotAvailable, metrics.OnsetDepthMillimetres);
        Assert.Equal(ProtocolUnits.NotAvailable, metrics.OnsetFractionOfDepth);
        metrics.Set(4, 42f, 0.5f, 1.2f, 30.1f, 0.7167f);
        Assert.Equal(301, metrics.OnsetDepthMillimetres);
        Assert.Equal(7167, metrics.OnsetFractionOfDepth);
    }
}
