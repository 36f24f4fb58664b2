namespace WinkSensor.Host.Recordings;

/// <summary>
/// Reads a text one line at a time into a reused buffer, so reading a long recording allocates no string per line.
/// Lines end as for <see cref="TextReader.ReadLine"/>: at "\n", "\r" or "\r\n"; a final terminator adds no empty line.
/// A returned line is valid until the next call.
/// </summary>
internal sealed class TextLineBuffer(TextReader reader)
{
    private char[] buffer = new char[64 * 1024];
    private int start; // first unread char
    private int end;   // one past the last char read from the reader
    private bool endOfInput;

    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        int searchFrom = start;
        while (true)
        {
            int found = buffer.AsSpan(searchFrom, end - searchFrom).IndexOfAny('\r', '\n');
            if (found >= 0)
            {
                int terminator = searchFrom + found;
                if (buffer[terminator] == '\r' && terminator + 1 == end && !endOfInput)
                {
                    // A "\r" at the end of the buffer: whether a "\n" follows decides where the next line starts.
                    int shift = Fill();
                    searchFrom = terminator - shift;
                    continue;
                }
                int terminatorLength = buffer[terminator] == '\r' && terminator + 1 < end && buffer[terminator + 1] == '\n' ? 2 : 1;
                line = buffer.AsSpan(start, terminator - start);
                start = terminator + terminatorLength;
                return true;
            }
            if (endOfInput)
            {
                if (start == end)
                {
                    line = default;
                    return false;
                }
                line = buffer.AsSpan(start, end - start);
                start = end;
                return true;
            }
            int searchedUpTo = end; // everything before this holds no terminator
            searchFrom = searchedUpTo - Fill();
        }
    }

    /// <summary>True when nothing is left to read (like <see cref="TextReader.Peek"/> &lt; 0).</summary>
    public bool AtEnd
    {
        get
        {
            if (start < end) return false;
            if (!endOfInput) Fill();
            return start == end;
        }
    }

    /// <summary>Moves the unread chars to the front, grows the buffer when it is full, reads more; returns how far the chars moved.</summary>
    private int Fill()
    {
        int shift = start;
        if (shift > 0)
        {
            Array.Copy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        int read = reader.Read(buffer, end, buffer.Length - end);
        if (read == 0) endOfInput = true;
        end += read;
        return shift;
    }
}
