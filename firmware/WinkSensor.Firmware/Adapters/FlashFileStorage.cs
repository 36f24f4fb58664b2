using System;
using System.IO;
using WinkSensor.Core.Persistence;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>
    /// One record as a file on the ESP32's internal flash drive (I:). Exceptions stay here: a failed read answers -1,
    /// a failed write false. A write cut short by power loss leaves a record whose CRC fails, and the core then loads
    /// the defaults and says why.
    /// </summary>
    internal sealed class FlashFileStorage : IConfigurationStorage
    {
        private readonly string path;

        public FlashFileStorage(string path)
        {
            this.path = path;
        }

        public int Read(byte[] buffer)
        {
            try
            {
                if (!File.Exists(path)) return 0;
                using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    int total = 0;
                    int count;
                    while (total < buffer.Length && (count = stream.Read(buffer, total, buffer.Length - total)) > 0) total += count;
                    return total;
                }
            }
            catch (Exception)
            {
                return -1;
            }
        }

        public bool Write(byte[] buffer, int count)
        {
            try
            {
                using (FileStream stream = new FileStream(path, FileMode.Create, FileAccess.Write))
                {
                    stream.Write(buffer, 0, count);
                    stream.Flush();
                }
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        public void Erase()
        {
            try
            {
                if (File.Exists(path)) File.Delete(path);
            }
            catch (Exception)
            {
                // A record that cannot be deleted is read again at the next boot; the restart note is then reported twice.
            }
        }
    }
}
