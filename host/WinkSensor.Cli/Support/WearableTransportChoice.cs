using WinkSensor.Core.Protocol;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Transports;
using WinkSensor.Host.Transports.Bluez;
using WinkSensor.Host.Transports.Serial;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Cli.Support;

/// <summary>
/// The transport named by --transport (ble, serial, loopback) and, for loopback, the virtual wearable behind it:
/// a simulated lifter (reps alternating deep with a wink and shallow without) played in real time.
/// </summary>
internal sealed class WearableTransportChoice : IAsyncDisposable
{
    public const string Bluetooth = "ble";
    public const string Serial = "serial";
    public const string Loopback = "loopback";
    public static readonly string[] Names = [Bluetooth, Serial, Loopback];

    private readonly CancellationTokenSource stopSimulation = new();
    private VirtualWearableLoopback? virtualWearable;
    private Task? simulation;

    private WearableTransportChoice(string name, IWearableTransport transport)
    {
        Name = name;
        Transport = transport;
    }

    public string Name { get; }

    public IWearableTransport Transport { get; }

    /// <summary>The virtual wearable's address (loopback only).</summary>
    public string? VirtualAddress => virtualWearable?.Address;

    public static WearableTransportChoice Create(string? name)
    {
        switch ((name ?? Bluetooth).Trim().ToLowerInvariant())
        {
            case Bluetooth:
                return new WearableTransportChoice(Bluetooth, new BluezWearableTransport());
            case Serial:
                return new WearableTransportChoice(Serial, new SerialWearableTransport(new SerialTransportOptions
                {
                    ReadRequestFrame = channel => CommandFrames.Command(0,
                        channel == WearableChannel.Configuration ? CommandCode.ReadConfiguration : CommandCode.ReadStatus),
                }));
            case Loopback:
                var wearable = new VirtualWearable(bootId: 0x5EED);
                var loopback = new VirtualWearableLoopback(wearable);
                return new WearableTransportChoice(Loopback, loopback.HostTransport) { virtualWearable = loopback };
            default:
                throw new UsageException($"Unknown transport '{name}': use {string.Join(", ", Names)}.");
        }
    }

    /// <summary>Loopback only: starts the simulated lifter (real time) on the virtual wearable.</summary>
    public void StartVirtualLifter(long seed)
    {
        if (virtualWearable is null || simulation is not null) return;
        var (athlete, script) = new QuickScenario { Reps = 10, Wink = WinkMode.Mixed }.Build(seed);
        var simulator = new Simulation.Recording.RecordingSimulator(athlete, script, new Simulation.Recording.SimulationSettings { Seed = seed });
        simulation = VirtualWearableRunner.RunAsync(virtualWearable.Wearable, simulator.Samples(), WearablePacing.RealTime,
            virtualWearable, cancellationToken: stopSimulation.Token);
    }

    public async ValueTask DisposeAsync()
    {
        stopSimulation.Cancel();
        if (simulation is not null)
        {
            try
            {
                await simulation.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped on purpose.
            }
        }
        await Transport.DisposeAsync().ConfigureAwait(false);
        stopSimulation.Dispose();
    }
}
