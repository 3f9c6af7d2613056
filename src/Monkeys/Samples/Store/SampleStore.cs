namespace Monkeys.Samples.Store;

/// <summary>
/// The samples of one run, kept in a folder as <c>manifest.json</c> plus an append-only
/// <c>samples.jsonl</c> with one <see cref="SampleRecord"/> per line.
/// </summary>
/// <remarks>
/// Each record is written with one unbuffered write call and handed to the operating system at once, so
/// killing the process loses at most the record being written; <see cref="Sync"/> also forces the data to
/// disk (the run pipeline calls it after every problem). Resuming keeps every complete record and cuts off
/// a torn last line. A (problem, index) pair can be stored only once. One process at a time may write a
/// run: the store does not lock the folder against a second writer.
/// </remarks>
public sealed class SampleStore : IDisposable
{
    /// <summary>File name of the sample records inside a run folder.</summary>
    public const string SamplesFileName = "samples.jsonl";

    /// <summary>File name of the manifest inside a run folder.</summary>
    public const string ManifestFileName = "manifest.json";

    private readonly FileStream stream;
    private readonly Dictionary<string, HashSet<int>> completed;
    private readonly Lock gate = new();
    private bool disposed;

    private SampleStore(string folder, RunManifest manifest, FileStream stream, Dictionary<string, HashSet<int>> completed, int recordCount, long truncatedBytes)
    {
        Folder = folder;
        Manifest = manifest;
        this.stream = stream;
        this.completed = completed;
        RecordCount = recordCount;
        TruncatedBytes = truncatedBytes;
    }

    /// <summary>The run folder.</summary>
    public string Folder { get; }

    /// <summary>Path of <c>samples.jsonl</c>.</summary>
    public string SamplesPath => Path.Combine(Folder, SamplesFileName);

    /// <summary>Path of <c>manifest.json</c>.</summary>
    public string ManifestPath => Path.Combine(Folder, ManifestFileName);

    /// <summary>The run's manifest.</summary>
    public RunManifest Manifest { get; }

    /// <summary>Number of records in the store, including those found when it was opened.</summary>
    public int RecordCount { get; private set; }

    /// <summary>Number of bytes of a torn last line removed when the store was opened for resume; 0 otherwise.</summary>
    public long TruncatedBytes { get; }

    /// <summary>Opens a new run with <see cref="Create"/>, or an existing one with <see cref="Resume"/> when <paramref name="resume"/> is true.</summary>
    public static SampleStore Open(string folder, RunManifest manifest, bool resume) =>
        resume ? Resume(folder, manifest) : Create(folder, manifest);

    /// <summary>Creates a run folder (or uses an empty existing one) and writes the manifest.</summary>
    /// <exception cref="SampleStoreException">The folder already contains a run.</exception>
    public static SampleStore Create(string folder, RunManifest manifest)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(manifest);
        RequireCurrentVersion(manifest);

        string manifestPath = Path.Combine(folder, ManifestFileName);
        string samplesPath = Path.Combine(folder, SamplesFileName);
        if (File.Exists(manifestPath) || File.Exists(samplesPath))
        {
            throw new SampleStoreException(
                $"The output folder {folder} already contains a run. Resume it (monkeys run --resume), " +
                "or choose another output folder (--out).");
        }

        Directory.CreateDirectory(folder);
        RunManifestFile.Write(manifestPath, manifest);
        var stream = new FileStream(samplesPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        return new SampleStore(folder, manifest, stream, [], recordCount: 0, truncatedBytes: 0);
    }

    /// <summary>
    /// Opens an existing run to add its missing samples: checks that its manifest matches
    /// <paramref name="manifest"/>, reads which samples exist, and cuts off a torn last line.
    /// </summary>
    /// <exception cref="SampleStoreException">The folder contains no run.</exception>
    /// <exception cref="ManifestMismatchException">The stored run was made with other settings.</exception>
    /// <exception cref="SampleStoreFormatException">A stored line is malformed, has another format version, or repeats a sample.</exception>
    public static SampleStore Resume(string folder, RunManifest manifest)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(manifest);
        RequireCurrentVersion(manifest);

        string manifestPath = Path.Combine(folder, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new SampleStoreException(
                $"Cannot resume: {manifestPath} was not found, so {folder} contains no run. " +
                "Check the output folder (--out), or leave out --resume to start a new run.");
        }

        RunManifest stored = RunManifestFile.Read(manifestPath);
        if (stored.FindDifference(manifest) is ManifestDifference difference)
        {
            throw new ManifestMismatchException(manifestPath, difference);
        }

        string samplesPath = Path.Combine(folder, SamplesFileName);
        var stream = new FileStream(samplesPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        try
        {
            var scan = StoreScan.Run(stream, samplesPath, stored.SamplesPerProblem);
            stream.SetLength(scan.ValidLength);
            stream.Seek(0, SeekOrigin.End);
            if (scan.NeedsNewline)
            {
                stream.Write("\n"u8);
            }

            stream.Flush(flushToDisk: true);
            return new SampleStore(folder, stored, stream, scan.Completed, scan.RecordCount, scan.TruncatedBytes);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Returns the indices of the stored samples of one problem.</summary>
    public IReadOnlyCollection<int> CompletedIndices(string problemId)
    {
        lock (gate)
        {
            return completed.TryGetValue(problemId, out HashSet<int>? indices) ? [.. indices] : [];
        }
    }

    /// <summary>Returns, in ascending order, the indices from 0 to <see cref="RunManifest.SamplesPerProblem"/> − 1 not yet stored for a problem.</summary>
    public IReadOnlyList<int> MissingIndices(string problemId)
    {
        lock (gate)
        {
            completed.TryGetValue(problemId, out HashSet<int>? indices);
            var missing = new List<int>();
            for (int index = 0; index < Manifest.SamplesPerProblem; index++)
            {
                if (indices is null || !indices.Contains(index))
                {
                    missing.Add(index);
                }
            }

            return missing;
        }
    }

    /// <summary>Appends one record and hands it to the operating system before returning.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sample index is outside 0 to <see cref="RunManifest.SamplesPerProblem"/> − 1.</exception>
    /// <exception cref="InvalidOperationException">The (problem, index) pair is already stored.</exception>
    public void Append(SampleRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Sample sample = record.Sample;
        if (sample.Index < 0 || sample.Index >= Manifest.SamplesPerProblem)
        {
            throw new ArgumentOutOfRangeException(
                nameof(record),
                sample.Index,
                $"Sample index of problem '{sample.ProblemId}' must be in [0, {Manifest.SamplesPerProblem - 1}].");
        }

        byte[] line = SampleRecordFormat.Encode(record);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (!completed.TryGetValue(sample.ProblemId, out HashSet<int>? indices))
            {
                indices = [];
                completed.Add(sample.ProblemId, indices);
            }

            if (indices.Contains(sample.Index))
            {
                throw new InvalidOperationException(
                    $"Sample {sample.Index} of problem '{sample.ProblemId}' is already stored in {SamplesPath}; a sampler must yield each requested index once.");
            }

            stream.Write(line);
            stream.Flush();
            indices.Add(sample.Index);
            RecordCount++;
        }
    }

    /// <summary>Forces every appended record to disk (fsync).</summary>
    public void Sync()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Forces the records to disk and closes the file.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            stream.Flush(flushToDisk: true);
            stream.Dispose();
        }
    }

    /// <summary>
    /// Streams the records of a run, one line at a time. <paramref name="path"/> is a run folder or a
    /// <c>samples.jsonl</c> file. An unfinished last line that is not valid JSON is skipped, because an
    /// interrupted writer leaves one; any other malformed line is an error.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SampleStoreFormatException">A line is malformed or has another format version.</exception>
    public static IEnumerable<SampleRecord> ReadRecords(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string file = Directory.Exists(path) ? Path.Combine(path, SamplesFileName) : path;
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"Sample file {file} was not found. Pass a run folder or its {SamplesFileName}.", file);
        }

        return ReadRecordsFrom(file);
    }

    /// <summary>Reads the manifest of a run folder.</summary>
    /// <exception cref="SampleStoreFormatException">The manifest is malformed or has another format version.</exception>
    public static RunManifest ReadManifest(string folder) => RunManifestFile.Read(Path.Combine(folder, ManifestFileName));

    private static IEnumerable<SampleRecord> ReadRecordsFrom(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        foreach (JsonlLine line in JsonlLineReader.ReadLines(stream))
        {
            if (IsBlank(line.Content.Span))
            {
                continue;
            }

            SampleRecord record;
            try
            {
                record = SampleRecordFormat.Decode(line.Content.Span, file, line.Number);
            }
            catch (SampleStoreFormatException) when (!line.IsTerminated)
            {
                yield break;
            }

            yield return record;
        }
    }

    internal static bool IsBlank(ReadOnlySpan<byte> content) => content.Trim(" \t\r"u8).IsEmpty;

    private static void RequireCurrentVersion(RunManifest manifest)
    {
        if (manifest.FormatVersion != SampleRecordFormat.Version)
        {
            throw new ArgumentOutOfRangeException(
                nameof(manifest),
                manifest.FormatVersion,
                $"Manifest format version must be {SampleRecordFormat.Version}, the version this toolkit writes.");
        }
    }
}
