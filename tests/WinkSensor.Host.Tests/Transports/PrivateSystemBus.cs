using System.Diagnostics;

namespace WinkSensor.Host.Tests.Transports;

/// <summary>
/// A private dbus-daemon with a permissive system-bus configuration, one per test class, so the fake
/// org.bluez and the client under test talk over a real bus without touching the machine's own.
/// Requires the Debian package dbus-daemon; fails (does not skip) when it is missing.
/// </summary>
public sealed class PrivateSystemBus : IDisposable
{
    private readonly Process daemon;
    private readonly string directory;

    public PrivateSystemBus()
    {
        directory = Directory.CreateTempSubdirectory("winksensor-dbus-").FullName;
        var configPath = Path.Combine(directory, "system.conf");
        File.WriteAllText(configPath, $"""
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>system</type>
              <listen>unix:path={Path.Combine(directory, "system_bus_socket")}</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow user="*"/>
                <allow own="*"/>
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
              </policy>
            </busconfig>
            """);

        var start = new ProcessStartInfo("dbus-daemon", ["--config-file=" + configPath, "--print-address", "--nofork"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            daemon = Process.Start(start) ?? throw new InvalidOperationException("dbus-daemon did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                "The BlueZ transport tests need dbus-daemon (Debian package 'dbus-daemon'); install it with "
                + "'apt-get install -y dbus-daemon'.", ex);
        }

        var addressLine = daemon.StandardOutput.ReadLineAsync();
        if (!addressLine.Wait(TimeSpan.FromSeconds(10)) || string.IsNullOrWhiteSpace(addressLine.Result))
        {
            var error = daemon.HasExited ? daemon.StandardError.ReadToEnd() : "no address printed within 10 s";
            Dispose();
            throw new InvalidOperationException("The private dbus-daemon failed to start: " + error);
        }

        Address = addressLine.Result.Trim();
    }

    /// <summary>The bus address, e.g. unix:path=/tmp/winksensor-dbus-x/system_bus_socket,guid=...</summary>
    public string Address { get; } = "";

    /// <summary>A BlueZ transport on this bus with the end-to-end tests' patience (2 s connect scan, 10 s for services).</summary>
    public WinkSensor.Host.Transports.Bluez.BluezWearableTransport NewBluezTransport() => new(new WinkSensor.Host.Transports.Bluez.BluezTransportOptions
    {
        BusAddress = Address,
        ConnectScanTimeout = TimeSpan.FromSeconds(2),
        ServicesResolvedTimeout = TimeSpan.FromSeconds(10),
    });

    public void Dispose()
    {
        try
        {
            if (!daemon.HasExited)
            {
                daemon.Kill();
                daemon.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        daemon.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
