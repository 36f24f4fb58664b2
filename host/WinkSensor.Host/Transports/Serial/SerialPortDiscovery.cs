using System.IO.Ports;

namespace WinkSensor.Host.Transports.Serial;

/// <summary>Lists serial ports: the OS's names plus, on Linux, the stable /dev/serial/by-id links (which name the
/// USB bridge, e.g. usb-Silicon_Labs_CP2102_...). Pseudo-terminals (socat pairs) are never listed; give their path.</summary>
public static class SerialPortDiscovery
{
    public const string ByIdDirectory = "/dev/serial/by-id";

    public static IReadOnlyList<DiscoveredWearable> ListPorts(string byIdDirectory = ByIdDirectory)
    {
        var found = new Dictionary<string, DiscoveredWearable>(StringComparer.Ordinal);
        if (OperatingSystem.IsLinux() && Directory.Exists(byIdDirectory))
        {
            foreach (var link in Directory.EnumerateFileSystemEntries(byIdDirectory).Order(StringComparer.Ordinal))
            {
                var target = ResolveLink(link);
                found[target] = new DiscoveredWearable(Path.GetFileName(link), link, null, TransportKind.UsbSerial);
            }
        }

        foreach (var port in SerialPort.GetPortNames().Order(StringComparer.Ordinal))
        {
            found.TryAdd(port, new DiscoveredWearable(Path.GetFileName(port), port, null, TransportKind.UsbSerial));
        }

        return found.Values.ToList();
    }

    private static string ResolveLink(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
