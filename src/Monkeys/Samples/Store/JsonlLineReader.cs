using System.Buffers;

namespace Monkeys.Samples.Store;

/// <summary>
/// Streams the lines of a file as bytes, keeping only the current line in memory, and reports whether
/// each line ends with a newline (an interrupted writer leaves an unterminated last line).
/// </summary>
internal static class JsonlLineReader
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Yields every line of the stream from its current position; blank lines are yielded too.</summary>
    public static IEnumerable<JsonlLine> ReadLines(Stream stream)
    {
        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var line = new ArrayBufferWriter<byte>(1024);
        try
        {
            long offset = 0;
            long lineStart = 0;
            int lineNumber = 0;
            int read;
            while ((read = stream.Read(chunk, 0, ChunkSize)) > 0)
            {
                int start = 0;
                while (start < read)
                {
                    int newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                    if (newline < 0)
                    {
                        line.Write(chunk.AsSpan(start, read - start));
                        break;
                    }

                    line.Write(chunk.AsSpan(start, newline - start));
                    lineNumber++;
                    yield return new JsonlLine(lineNumber, lineStart, line.WrittenMemory, IsTerminated: true);

                    line.ResetWrittenCount();
                    start = newline + 1;
                    lineStart = offset + start;
                }

                offset += read;
            }

            if (line.WrittenCount > 0)
            {
                lineNumber++;
                yield return new JsonlLine(lineNumber, lineStart, line.WrittenMemory, IsTerminated: false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
