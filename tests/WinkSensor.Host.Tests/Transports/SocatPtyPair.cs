using System.Diagnostics;

namespace WinkSensor.Host.Tests.Transports;

/// <summary>
/// Two linked pseudo-terminals from socat, standing in for the ESP32's USB serial port: the transport opens
/// <see cref="HostEnd"/>, the test plays the device on <see cref="DeviceEnd"/>. Requires the Debian package socat;
/// fails (does not skip) when it is missing.
/// </summary>
public sealed class SocatPtyPair : IDisposable
{
    private readonly Process socat;
    private readonly string directory;

    public SocatPtyPair()
    {
        directory = Directory.CreateTempSubdirectory("winksensor-pty-").FullName;
        HostEnd = Path.Combine(directory, "host");
        DeviceEnd = Path.Combine(directory, "device");
        var start = new ProcessStartInfo("socat",
            ["-d", "-d", $"pty,raw,echo=0,link={HostEnd}", $"pty,raw,echo=0,link={DeviceEnd}"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        try
        {
            socat = Process.Start(start) ?? throw new InvalidOperationException("socat did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                "The serial transport tests need socat (Debian package 'socat'); install it with 'apt-get install -y socat'.", ex);
        }

        socat.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (!(File.Exists(HostEnd) && File.Exists(DeviceEnd)))
        {
            if (socat.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                Dispose();
                throw new InvalidOperationException("socat did not create the pty pair within 10 s.");
            }

            Thread.Sleep(20);
        }
    }

    public string HostEnd { get; }

    public string DeviceEnd { get; }

    /// <summary>Ends socat: both ptys and their links disappear, as a USB serial port does when unplugged.</summary>
    public void Kill()
    {
        if (!socat.HasExited)
        {
            socat.Kill();
            socat.WaitForExit(5000);
        }
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
        }

        socat.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
