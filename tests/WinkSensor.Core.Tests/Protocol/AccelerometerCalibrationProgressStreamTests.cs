using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Tests.Calibration;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>The 0x22 progress frames: on change, at least once a second while running, once at the end.</summary>
public class AccelerometerCalibrationProgressStreamTests
{
    private readonly RecordingLink link = new();
    private readonly AccelerometerCalibrationProcedure procedure = new(new AccelerometerCalibrationProcedureSettings());
    private readonly AccelerometerCalibrationProgressStream stream;

    public AccelerometerCalibrationProgressStreamTests()
    {
        stream = new AccelerometerCalibrationProgressStream(link);
    }

    private List<AccelerometerCalibrationProgressMessage> Decoded() => link.Frames.Select(f =>
    {
        var message = new AccelerometerCalibrationProgressMessage();
        Assert.Equal(DecodeResult.Ok, message.Decode(f, 0, f.Length));
        return message;
    }).ToList();

    /// <summary>Feeds each frame to the procedure and offers progress after it, as the main loop does.</summary>
    private List<long> Run(IEnumerable<Signals.SyntheticFrame> frames)
    {
        var sentAt = new List<long>();
        foreach (var frame in frames)
        {
            procedure.Update(frame.TimeMicroseconds, frame.Sacrum, frame.Thoracolumbar, true);
            if (stream.Offer(frame.TimeMicroseconds, procedure)) sentAt.Add(frame.TimeMicroseconds);
        }
        return sentAt;
    }

    [Fact]
    public void Nothing_is_sent_before_the_first_procedure()
    {
        for (long t = 0; t < 5_000_000; t += 10_000) Assert.False(stream.Offer(t, procedure));
        Assert.Empty(link.Frames);
    }

    [Fact]
    public void A_still_board_gets_a_frame_at_least_every_second_and_a_moving_one_no_more_than_face_changes_need()
    {
        procedure.Begin(0, 0);
        var boards = new BoardTumbling().Rest(AccelerometerFace.ZUp, AccelerometerFace.ZUp, 6).Turn(3);
        var sentAt = Run(boards.Frames);

        var gaps = sentAt.Zip(sentAt.Skip(1), (a, b) => b - a).ToList();
        Assert.True(gaps.Max() <= AccelerometerCalibrationProgressStream.HeartbeatMicroseconds + 10_000, $"longest gap {gaps.Max()} µs");
        // 9 s: heartbeats, hold steps (at most 5 per second), the face capture and the face lost.
        Assert.InRange(sentAt.Count, 9, 9 * 5 + 3);
        var frames = Decoded();
        Assert.Contains(frames, f => f.SacrumFaceHeld == (byte)AccelerometerFace.ZUp && f.SacrumHoldPercent == 100);
        Assert.Contains(frames, f => f.SacrumFacesSeen == 1 << (int)AccelerometerFace.ZUp);
        Assert.Equal(AccelerometerCalibrationProgressMessage.NoFace, frames[^1].SacrumFaceHeld);
        Assert.All(frames, f => Assert.Equal(AccelerometerCalibrationState.Collecting, f.State));
        // The counter runs without gaps while the link takes every frame.
        Assert.Equal(Enumerable.Range(1, frames.Count).Select(i => (uint)i), frames.Select(f => f.Sequence));
    }

    [Fact]
    public void A_face_capture_is_sent_on_the_sample_it_happens()
    {
        procedure.Begin(0, 0);
        var boards = new BoardTumbling().Turn(1).Rest(AccelerometerFace.XDown, AccelerometerFace.YUp, 3);
        long capturedAt = -1;
        foreach (var frame in boards.Frames)
        {
            int before = procedure.SacrumFacesSeenMask;
            procedure.Update(frame.TimeMicroseconds, frame.Sacrum, frame.Thoracolumbar, true);
            bool sent = stream.Offer(frame.TimeMicroseconds, procedure);
            if (procedure.SacrumFacesSeenMask != before)
            {
                capturedAt = frame.TimeMicroseconds;
                Assert.True(sent);
            }
        }
        Assert.True(capturedAt > 0);
    }

    [Fact]
    public void The_end_is_sent_once_and_a_refused_end_is_offered_again_a_second_later()
    {
        procedure.Begin(0, 0);
        var boards = new BoardTumbling().Turn(1);
        Run(boards.Frames);
        link.Accepting = false;
        procedure.Cancel();
        Assert.False(stream.Offer(boards.NowMicroseconds, procedure));
        Assert.Equal(1, stream.FramesDropped);
        link.Accepting = true;
        Assert.False(stream.Offer(boards.NowMicroseconds + 500_000, procedure));
        Assert.True(stream.Offer(boards.NowMicroseconds + 1_000_000, procedure));
        for (long t = 1_010_000; t < 5_000_000; t += 10_000) Assert.False(stream.Offer(boards.NowMicroseconds + t, procedure));

        var last = Decoded()[^1];
        Assert.Equal(AccelerometerCalibrationState.Cancelled, last.State);
        Assert.Equal(0, last.SecondsRemaining);
        Assert.Equal(stream.FramesOffered, last.Sequence);
        Assert.Single(Decoded(), f => f.State == AccelerometerCalibrationState.Cancelled);
    }

    [Fact]
    public void A_second_run_reports_its_own_end()
    {
        procedure.Begin(0, 0);
        procedure.Cancel();
        Assert.True(stream.Offer(10_000, procedure));
        procedure.Begin(20_000, 0);
        Assert.True(stream.Offer(20_000, procedure));
        procedure.Cancel();
        Assert.True(stream.Offer(30_000, procedure));
        Assert.Equal([AccelerometerCalibrationState.Cancelled, AccelerometerCalibrationState.Collecting, AccelerometerCalibrationState.Cancelled],
            Decoded().Select(f => f.State));
    }

    [Fact]
    public void Offer_allocates_nothing()
    {
        procedure.Begin(0, 0);
        var frames = new BoardTumbling().Together(BoardTumbling.AllFaces).Frames.ToArray();
        var discarding = new AccelerometerCalibrationProgressStream(new DiscardingLink());
        discarding.Offer(0, procedure);
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var frame in frames)
        {
            procedure.Update(frame.TimeMicroseconds, frame.Sacrum, frame.Thoracolumbar, true);
            discarding.Offer(frame.TimeMicroseconds, procedure);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
