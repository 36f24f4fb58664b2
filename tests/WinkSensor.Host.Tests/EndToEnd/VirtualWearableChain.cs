using WinkSensor.Host.Tests.Fixtures;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Transports.Loopback;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>A virtual wearable on a faulty loopback link with a recorder on the other end, for the end-to-end tests.</summary>
internal sealed class VirtualWearableChain
{
    private VirtualWearableChain(IReadOnlyList<SimulatedSample> samples, RepTruth[] reps, VirtualWearableLoopback loopback)
    {
        Samples = samples;
        TruthReps = reps;
        Loopback = loopback;
    }

    public IReadOnlyList<SimulatedSample> Samples { get; }
    public RepTruth[] TruthReps { get; }
    public VirtualWearableLoopback Loopback { get; }
    public VirtualWearable Wearable => Loopback.Wearable;
    public List<RecorderAlert> Alerts { get; } = [];

    /// <param name="dropProbability">Share of notifications lost in the air.</param>
    /// <param name="linkDropProbability">Chance that the link drops as any one notification goes out.</param>
    /// <param name="linkSeed">Seed of the link's fault dice (default: the scenario seed).</param>
    public static VirtualWearableChain Create(long seed, int reps, double dropProbability, double linkDropProbability = 0,
        int? linkSeed = null)
    {
        var (athlete, script) = new QuickScenario { Reps = reps, Wink = WinkMode.Mixed }.Build(seed);
        var simulator = new RecordingSimulator(athlete, script, new SimulationSettings { Seed = seed });
        var samples = simulator.Samples().ToList();
        var wearable = new VirtualWearable(bootId: 4242);
        var loopback = new VirtualWearableLoopback(wearable,
            new LoopbackFaultInjection
            {
                NotificationDropProbability = dropProbability,
                LinkDropProbability = linkDropProbability,
                RandomSeed = linkSeed ?? (int)seed,
            });
        return new VirtualWearableChain(samples, simulator.Truth.Reps.ToArray(), loopback);
    }

    /// <param name="finalSyncTimeout">How long the stop may take collecting missing events (default 10 s).</param>
    public WearableRecorder Recorder(SessionStore store, TimeSpan? finalSyncTimeout = null) =>
        new(Loopback.HostTransport, Loopback.Address, store, new CollectingAlertNotifier(Alerts), new WearableRecorderOptions
        {
            GapResumeDelay = TimeSpan.FromMilliseconds(50),
            StatusPollInterval = TimeSpan.FromMilliseconds(200),
            HousekeepingInterval = TimeSpan.FromMilliseconds(20),
            Backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50)),
            FinalSyncTimeout = finalSyncTimeout ?? TimeSpan.FromSeconds(10),
        });

    /// <summary>Waits (bounded) until the recorder's connection is up.</summary>
    public async Task WaitForHostAsync()
    {
        for (int i = 0; i < 2000 && !Loopback.Link.IsHostConnected; i++) await Task.Delay(5);
        Assert.True(Loopback.Link.IsHostConnected, "the recorder did not connect to the virtual wearable");
    }

    /// <summary>Waits (bounded) until the recorder has raised an alert of this kind.</summary>
    public async Task WaitForAlertAsync(AlertKind kind)
    {
        bool Raised()
        {
            lock (Alerts) return Alerts.Any(a => a.Kind == kind);
        }
        for (int i = 0; i < 2000 && !Raised(); i++) await Task.Delay(5);
        Assert.True(Raised(), $"the recorder raised no {kind} alert");
    }

    /// <summary>Every event the wearable logged (it holds its last 256), decoded as the host decodes frames.</summary>
    public IReadOnlyList<Protocol.DeviceEvent> LoggedEvents()
    {
        var log = Wearable.Events.Log;
        var reader = new Protocol.DeviceFrameReader();
        var events = new List<Protocol.DeviceEvent>();
        for (uint sequence = log.OldestSequence; sequence != 0 && sequence <= log.LatestSequence; sequence++)
            events.Add((Protocol.DeviceEvent)reader.Read(log.Storage, log.SlotOffset(sequence), log.LengthOf(sequence))!);
        return events;
    }
}
