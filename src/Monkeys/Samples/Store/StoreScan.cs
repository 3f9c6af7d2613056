namespace Monkeys.Samples.Store;

/// <summary>
/// What a resume found in an existing <c>samples.jsonl</c>: the stored (problem, index) pairs and where
/// the valid records end.
/// </summary>
/// <param name="Completed">Stored sample indices per problem id.</param>
/// <param name="RecordCount">Number of valid records.</param>
/// <param name="ValidLength">File length that keeps every valid record and drops a torn last line.</param>
/// <param name="NeedsNewline">True when the last valid record lacks its newline (the writer stopped just before it).</param>
/// <param name="TruncatedBytes">Bytes of the torn last line that the resume drops.</param>
internal sealed record StoreScan(
    Dictionary<string, HashSet<int>> Completed,
    int RecordCount,
    long ValidLength,
    bool NeedsNewline,
    long TruncatedBytes)
{
    /// <summary>Reads the whole stream from the start, one line at a time.</summary>
    /// <exception cref="SampleStoreFormatException">A complete line is malformed, repeats a sample, or has an index outside the run.</exception>
    public static StoreScan Run(Stream stream, string path, int samplesPerProblem)
    {
        stream.Seek(0, SeekOrigin.Begin);
        long length = stream.Length;
        var completed = new Dictionary<string, HashSet<int>>();
        int recordCount = 0;

        foreach (JsonlLine line in JsonlLineReader.ReadLines(stream))
        {
            if (SampleStore.IsBlank(line.Content.Span))
            {
                if (!line.IsTerminated)
                {
                    return new StoreScan(completed, recordCount, line.Offset, false, length - line.Offset);
                }

                continue;
            }

            SampleRecord record;
            try
            {
                record = SampleRecordFormat.Decode(line.Content.Span, path, line.Number);
            }
            catch (SampleStoreFormatException) when (!line.IsTerminated)
            {
                // A torn write: the process stopped in the middle of this last line.
                return new StoreScan(completed, recordCount, line.Offset, false, length - line.Offset);
            }

            Add(completed, record, path, line.Number, samplesPerProblem);
            recordCount++;
            if (!line.IsTerminated)
            {
                return new StoreScan(completed, recordCount, length, true, 0);
            }
        }

        return new StoreScan(completed, recordCount, length, false, 0);
    }

    private static void Add(Dictionary<string, HashSet<int>> completed, SampleRecord record, string path, int lineNumber, int samplesPerProblem)
    {
        Sample sample = record.Sample;
        if (sample.Index >= samplesPerProblem)
        {
            throw new SampleStoreFormatException(
                path,
                lineNumber,
                $"sample index {sample.Index} of problem '{sample.ProblemId}' is outside the run's {samplesPerProblem} samples per problem");
        }

        if (!completed.TryGetValue(sample.ProblemId, out HashSet<int>? indices))
        {
            indices = [];
            completed.Add(sample.ProblemId, indices);
        }

        if (!indices.Add(sample.Index))
        {
            throw new SampleStoreFormatException(
                path,
                lineNumber,
                $"sample {sample.Index} of problem '{sample.ProblemId}' appears a second time");
        }
    }
}
