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
                return new WearableTransportChoice(Serial, new SerialWearableTransport(SerialReadRequests.TransportOptions()));
            case Loopback:
                var wearable = new VirtualWearable(bootId: 0x5EED);
                var loopback = new VirtualWearableLoopback(wearable);
                return new WearableTransportChoice(Loopback, loopback.HostTransport) { virtualWearable = loopback };
            default:
                throw new UsageException($"Unknown transport '{name}': use {string.Join(", ", Names)}.");
        }
    }

    /// <summary>
    /// The address to use when the user gave none: the virtual wearable's, or the only wearable a 5 s scan finds.
    /// Serial needs the port named; several wearables in reach need one picked.
    /// </summary>
    public async Task<string> FindOnlyWearableAsync()
    {
        if (VirtualAddress is { } virtualAddress) return virtualAddress;
        if (Name == Serial)
            throw new UsageException("Give the serial port with --port (e.g. /dev/ttyUSB0); `winksensor scan --transport serial` lists ports.");
        return await FindOnlyWearableAsync(Transport).ConfigureAwait(false);
    }

    /// <summary>The only wearable a 5 s scan of <paramref name="transport"/> finds; none or several is an error that says what to do.</summary>
    public static async Task<string> FindOnlyWearableAsync(IWearableTransport transport)
    {
        var found = await transport.DiscoverAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        return found.Count switch
        {
            1 => found[0].Address,
            0 => throw new WearableTransportException(TransportFailure.DeviceNotFound,
                "No wearable found in a 5 s scan. Is it switched on and in reach? Or give its address with --device."),
            _ => throw new UsageException("Several wearables are in reach; pick one with --device: "
                + string.Join(", ", found.Select(w => $"{w.Name} {w.Address}"))),
        };
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

    /// <summary>
    /// Loopback only: starts the virtual wearable's simulated user (real time), who leaves both boards on the table
    /// until the wearable enters its calibration mode and then rests them on each face in turn (<see cref="VirtualCalibrationUser"/>).
    /// </summary>
    public void StartVirtualCalibrationUser(long seed)
    {
        if (virtualWearable is null || simulation is not null) return;
        var (athlete, script) = new QuickScenario { Reps = 1 }.Build(seed);
        var simulator = new Simulation.Recording.RecordingSimulator(athlete, script, new Simulation.Recording.SimulationSettings { Seed = seed });
        simulation = VirtualWearableRunner.RunAsync(virtualWearable.Wearable,
            VirtualCalibrationUser.Samples(virtualWearable.Wearable, simulator), WearablePacing.RealTime, virtualWearable,
            cancellationToken: stopSimulation.Token);
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
