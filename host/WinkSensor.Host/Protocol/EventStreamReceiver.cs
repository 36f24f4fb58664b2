using WinkSensor.Core.Protocol;

namespace WinkSensor.Host.Protocol;

/// <summary>
/// Reassembles the device's event stream across drops and reconnections: hands every event on exactly once and in
/// sequence order, holds back events that arrive after a gap, and builds the resume request (ResendEventsAfter the
/// last event it holds without a gap). When the device answers that some events are no longer held, they are
/// reported once through EventsLost and skipped. A new boot id (device restart) is reported and the stream starts again.
/// Feed it every frame from the Events and Control characteristics (and Status reads), or every serial frame,
/// from one thread at a time (it is not thread-safe).
/// </summary>
public sealed class EventStreamReceiver
{
    private readonly DeviceFrameReader reader = new();
    private readonly SortedDictionary<uint, DeviceEvent> heldBack = new();
    private readonly Dictionary<uint, uint> resumeRequests = new();
    private uint nextRequestId = 1;

    /// <param name="lastHeldSequence">The newest event already stored from this device boot (0 = none).</param>
    /// <param name="bootId">The boot id those events came from, or null when unknown.</param>
    public EventStreamReceiver(uint lastHeldSequence = 0, ushort? bootId = null)
    {
        LastContiguousSequence = lastHeldSequence;
        BootId = bootId;
    }

    /// <summary>Every event, once, in sequence order.</summary>
    public event Action<DeviceEvent>? EventReceived;

    public event Action<EventsLost>? EventsLost;

    /// <summary>The device restarted (new boot id): its sequence numbers begin again at 1. Argument: the new boot id.</summary>
    public event Action<ushort>? DeviceRestarted;

    /// <summary>Every frame that decoded, events included, for whoever records streams and answers.</summary>
    public event Action<object>? FrameDecoded;

    /// <summary>Every event up to this sequence has been handed on or reported lost.</summary>
    public uint LastContiguousSequence { get; private set; }

    /// <summary>The newest sequence the device is known to have issued (from events, status or answers).</summary>
    public uint LatestKnownSequence { get; private set; }

    public ushort? BootId { get; private set; }

    /// <summary>True while events are known to be missing: the host should send CreateResumeRequest().</summary>
    public bool NeedsResume => LatestKnownSequence > LastContiguousSequence;

    /// <summary>Status frames taken so far (reads, ReadStatus answers and notifications).</summary>
    public int StatusesReceived { get; private set; }

    public int DuplicateEvents { get; private set; }
    public int RejectedFrames => reader.RejectedFrames;
    public int HeldBackEvents => heldBack.Count;
    public uint LostEventCount { get; private set; }

    /// <summary>
    /// A Command frame asking for the events after LastContiguousSequence up to the last one missing before the
    /// newest held-back event (all of them when none is held back). Write it to the Control characteristic.
    /// </summary>
    public byte[] CreateResumeRequest()
    {
        uint requestId = nextRequestId++;
        resumeRequests[requestId] = LastContiguousSequence;
        return CommandFrames.Command(requestId, CommandCode.ResendEventsAfter, LastContiguousSequence, ResumeCount());
    }

    private uint ResumeCount()
    {
        if (heldBack.Count == 0) return 0;
        uint lastMissing = heldBack.Keys.Last();
        while (heldBack.ContainsKey(lastMissing)) lastMissing--;
        return lastMissing - LastContiguousSequence;
    }

    /// <summary>
    /// Skips the events the device issued before now (up to <see cref="LatestKnownSequence"/>): for a host task that
    /// only wants what happens from here on, so the resume requests do not replay the device's whole log.
    /// </summary>
    public void SkipToLatest()
    {
        foreach (uint sequence in heldBack.Keys.Where(s => s <= LatestKnownSequence).ToList()) heldBack.Remove(sequence);
        if (LatestKnownSequence > LastContiguousSequence) LastContiguousSequence = LatestKnownSequence;
        DeliverContiguous();
    }

    /// <summary>A fresh request id for other commands, distinct from the resume requests' ids.</summary>
    public uint NextRequestId() => nextRequestId++;

    /// <summary>Takes one frame; answers the decoded record, or null when the frame was rejected.</summary>
    public object? Accept(byte[] frame, int offset, int length)
    {
        object? decoded = reader.Read(frame, offset, length);
        switch (decoded)
        {
            case DeviceEvent deviceEvent:
                AcceptEvent(deviceEvent);
                break;
            case DeviceStatus status:
                StatusesReceived++;
                NoteBoot(status.BootId);
                NoteLatest(status.LatestEventSequence);
                break;
            case CommandAnswer answer:
                AcceptAnswer(answer);
                break;
        }
        if (decoded != null) FrameDecoded?.Invoke(decoded);
        return decoded;
    }

    public object? Accept(byte[] frame) => Accept(frame, 0, frame.Length);

    private void AcceptEvent(DeviceEvent deviceEvent)
    {
        NoteLatest(deviceEvent.Sequence);
        if (deviceEvent.Sequence <= LastContiguousSequence || heldBack.ContainsKey(deviceEvent.Sequence))
        {
            DuplicateEvents++;
            return;
        }
        heldBack[deviceEvent.Sequence] = deviceEvent;
        DeliverContiguous();
    }

    private void AcceptAnswer(CommandAnswer answer)
    {
        uint askedAfter = 0;
        bool isResume = answer.RequestFrameType == (byte)FrameType.Command && answer.Command == CommandCode.ResendEventsAfter
            && resumeRequests.Remove(answer.RequestId, out askedAfter);
        bool restarted = NoteBoot(answer.BootId);
        if (!isResume) return;
        if (answer.Result == ResultCode.SequenceNotIssued)
        {
            // The host holds sequences this boot never issued: the device restarted (or the host was given the wrong
            // starting point). Start again from this boot's first event.
            if (!restarted) Restart(answer.BootId);
            NoteLatest(answer.Detail);
            return;
        }
        if (restarted) return; // the answer's range was asked in the previous boot's numbering
        if (answer.Result != ResultCode.Success || answer.Detail == 0) return;
        uint lastLost = askedAfter + answer.Detail;
        NoteLatest(lastLost);
        uint? firstLost = null;
        for (uint sequence = LastContiguousSequence + 1; sequence <= lastLost; sequence++)
        {
            if (heldBack.Remove(sequence, out DeviceEvent? early))
            {
                ReportLost(firstLost, sequence);
                firstLost = null;
                LastContiguousSequence = sequence;
                EventReceived?.Invoke(early);
                continue;
            }
            firstLost ??= sequence;
            LastContiguousSequence = sequence;
        }
        ReportLost(firstLost, lastLost + 1);
        DeliverContiguous();
    }

    private void ReportLost(uint? firstLost, uint endExclusive)
    {
        if (firstLost is not uint first || endExclusive <= first) return;
        var lost = new EventsLost(first, endExclusive - first);
        LostEventCount += lost.Count;
        EventsLost?.Invoke(lost);
    }

    private void DeliverContiguous()
    {
        while (heldBack.Remove(LastContiguousSequence + 1, out DeviceEvent? next))
        {
            LastContiguousSequence++;
            EventReceived?.Invoke(next);
        }
    }

    private void NoteLatest(uint sequence)
    {
        if (sequence > LatestKnownSequence) LatestKnownSequence = sequence;
    }

    /// <summary>True when the boot id changed: the device restarted.</summary>
    private bool NoteBoot(ushort bootId)
    {
        if (BootId is null) BootId = bootId;
        else if (BootId != bootId)
        {
            Restart(bootId);
            return true;
        }
        return false;
    }

    private void Restart(ushort bootId)
    {
        BootId = bootId;
        LastContiguousSequence = 0;
        LatestKnownSequence = 0;
        heldBack.Clear();
        resumeRequests.Clear();
        DeviceRestarted?.Invoke(bootId);
    }
}
