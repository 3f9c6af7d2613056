using System.Text;
using Monkeys.Samples;
using Monkeys.Samples.Store;
using Monkeys.Verification;

namespace Monkeys.Tests.Samples.Store;

public sealed class SampleStoreTests : IDisposable
{
    private readonly string folder = StoreFixtures.NewFolder();

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void RoundTripKeepsEveryField()
    {
        SampleRecord[] written =
        [
            new(new Sample("p/0", 0, ulong.MaxValue, "line one\nline two \"quoted\" ünïcode 한국어", 17, FinishReason.Length, -3.25), Verdict.Incorrect, "41", 0.125, "expected 42"),
            new(new Sample("p/0", 3, 0, "", 0, FinishReason.Stop, double.NaN), Verdict.NoAnswer, null),
            new(new Sample("p/1", 1, 99, "#### 7/2", 5, FinishReason.Stop, 0.0), Verdict.Correct, "7/2", -0.5),
            new(new Sample("p/1", 2, 98, "?", 1, FinishReason.Stop, -1e-300), Verdict.Error, null, null, "reference unreadable"),
        ];

        using (var store = SampleStore.Create(folder, StoreFixtures.Manifest()))
        {
            foreach (SampleRecord record in written)
            {
                store.Append(record);
            }

            Assert.Equal(4, store.RecordCount);
        }

        SampleRecord[] read = SampleStore.ReadRecords(folder).ToArray();

        Assert.Equal(written.Length, read.Length);
        for (int i = 0; i < written.Length; i++)
        {
            Assert.Equal(written[i].Sample with { LogProbability = 0 }, read[i].Sample with { LogProbability = 0 });
            Assert.Equal(written[i].Sample.LogProbability, read[i].Sample.LogProbability);
            Assert.Equal(written[i].Verdict, read[i].Verdict);
            Assert.Equal(written[i].ExtractedAnswer, read[i].ExtractedAnswer);
            Assert.Equal(written[i].RewardScore, read[i].RewardScore);
            Assert.Equal(written[i].Detail, read[i].Detail);
        }
    }

    [Fact]
    public void EachRecordIsOneLine()
    {
        using (var store = SampleStore.Create(folder, StoreFixtures.Manifest()))
        {
            store.Append(StoreFixtures.Record("p", 0, "a\nb\r\nc"));
            store.Append(StoreFixtures.Record("p", 1, "d\n"));
            store.Append(StoreFixtures.Record("p", 2, "1+1=2 한"));
        }

        string[] lines = File.ReadAllText(Path.Combine(folder, SampleStore.SamplesFileName)).Split('\n');

        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);
        Assert.StartsWith("{\"v\":1,", lines[0]);
        Assert.Contains("\"text\":\"a\\nb\\r\\nc\"", lines[0]);
        Assert.Contains("\"text\":\"1+1=2 한\"", lines[2]);
    }

    [Fact]
    public void ManifestRoundTrips()
    {
        RunManifest manifest = StoreFixtures.Manifest();
        using (SampleStore.Create(folder, manifest))
        {
        }

        RunManifest read = SampleStore.ReadManifest(folder);

        Assert.Null(read.FindDifference(manifest));
        Assert.Equal(manifest.StopStrings, read.StopStrings);
        Assert.Equal(manifest.ToolkitVersion, read.ToolkitVersion);
        Assert.Contains("\"samples_per_problem\": 4", File.ReadAllText(Path.Combine(folder, SampleStore.ManifestFileName)));
    }

    [Fact]
    public void ResumeCutsTornLastLine()
    {
        WriteRecords(("a", 0), ("a", 1), ("b", 0));
        string samples = Path.Combine(folder, SampleStore.SamplesFileName);
        long completeLength = new FileInfo(samples).Length;
        byte[] torn = Encoding.UTF8.GetBytes("{\"v\":1,\"problem_id\":\"b\",\"index\":1,\"se");
        using (var stream = new FileStream(samples, FileMode.Append))
        {
            stream.Write(torn);
        }

        using (var store = SampleStore.Resume(folder, StoreFixtures.Manifest()))
        {
            Assert.Equal(3, store.RecordCount);
            Assert.Equal(torn.Length, store.TruncatedBytes);
            Assert.Equal(completeLength, new FileInfo(samples).Length);
            Assert.Equal(new[] { 1, 2, 3 }, store.MissingIndices("b"));
            store.Append(StoreFixtures.Record("b", 1));
        }

        var pairs = SampleStore.ReadRecords(folder).Select(r => (r.Sample.ProblemId, r.Sample.Index)).ToArray();
        Assert.Equal(new[] { ("a", 0), ("a", 1), ("b", 0), ("b", 1) }, pairs);
    }

    [Fact]
    public void ResumeKeepsCompleteRecordWithoutNewline()
    {
        WriteRecords(("a", 0), ("a", 1));
        string samples = Path.Combine(folder, SampleStore.SamplesFileName);
        using (var stream = new FileStream(samples, FileMode.Open))
        {
            stream.SetLength(stream.Length - 1);
        }

        using (var store = SampleStore.Resume(folder, StoreFixtures.Manifest()))
        {
            Assert.Equal(2, store.RecordCount);
            Assert.Equal(0, store.TruncatedBytes);
            store.Append(StoreFixtures.Record("a", 2));
        }

        Assert.Equal(new[] { 0, 1, 2 }, SampleStore.ReadRecords(folder).Select(r => r.Sample.Index));
        Assert.EndsWith("}\n", File.ReadAllText(samples));
    }

    [Fact]
    public void ReaderSkipsTornLastLine()
    {
        WriteRecords(("a", 0));
        File.AppendAllText(Path.Combine(folder, SampleStore.SamplesFileName), "{\"v\":1,\"prob");

        Assert.Single(SampleStore.ReadRecords(folder));
    }

    [Fact]
    public void MalformedMiddleLineNamesFileAndLine()
    {
        WriteRecords(("a", 0));
        string samples = Path.Combine(folder, SampleStore.SamplesFileName);
        File.AppendAllText(samples, "{not json}\n");
        File.AppendAllBytes(samples, SampleRecordFormat.Encode(StoreFixtures.Record("a", 1)));

        var readError = Assert.Throws<SampleStoreFormatException>(() => SampleStore.ReadRecords(folder).ToList());
        var resumeError = Assert.Throws<SampleStoreFormatException>(() => SampleStore.Resume(folder, StoreFixtures.Manifest()));

        Assert.Equal(2, readError.LineNumber);
        Assert.Contains($"{samples}, line 2", readError.Message);
        Assert.Equal(2, resumeError.LineNumber);
    }

    [Fact]
    public void OtherRecordVersionIsRejected()
    {
        WriteRecords(("a", 0));
        string samples = Path.Combine(folder, SampleStore.SamplesFileName);
        string line = Encoding.UTF8.GetString(SampleRecordFormat.Encode(StoreFixtures.Record("a", 1)));
        File.AppendAllText(samples, line.Replace("{\"v\":1,", "{\"v\":2,"));

        var error = Assert.Throws<SampleStoreFormatException>(() => SampleStore.ReadRecords(folder).ToList());

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("version 2", error.Message);
    }

    [Fact]
    public void OtherManifestVersionIsRejected()
    {
        WriteRecords(("a", 0));
        string manifest = Path.Combine(folder, SampleStore.ManifestFileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"format_version\": 1", "\"format_version\": 9"));

        var error = Assert.Throws<SampleStoreFormatException>(() => SampleStore.Resume(folder, StoreFixtures.Manifest()));

        Assert.Contains("version 9", error.Message);
    }

    [Fact]
    public void MissingRecordFieldIsNamed()
    {
        WriteRecords(("a", 0));
        string samples = Path.Combine(folder, SampleStore.SamplesFileName);
        string line = Encoding.UTF8.GetString(SampleRecordFormat.Encode(StoreFixtures.Record("a", 1)));
        File.AppendAllText(samples, line.Replace("\"verdict\":\"correct\",", ""));

        var error = Assert.Throws<SampleStoreFormatException>(() => SampleStore.ReadRecords(folder).ToList());

        Assert.Contains("'verdict' is missing", error.Message);
    }

    [Fact]
    public void DuplicateInFileIsRejectedOnResume()
    {
        WriteRecords(("a", 0), ("a", 1));
        File.AppendAllBytes(Path.Combine(folder, SampleStore.SamplesFileName), SampleRecordFormat.Encode(StoreFixtures.Record("a", 1)));

        var error = Assert.Throws<SampleStoreFormatException>(() => SampleStore.Resume(folder, StoreFixtures.Manifest()));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("second time", error.Message);
    }

    [Fact]
    public void DuplicateAppendIsRejected()
    {
        using var store = SampleStore.Create(folder, StoreFixtures.Manifest());
        store.Append(StoreFixtures.Record("a", 2));

        Assert.Throws<InvalidOperationException>(() => store.Append(StoreFixtures.Record("a", 2)));
        Assert.Equal(1, store.RecordCount);
    }

    [Fact]
    public void IndexOutsideRunIsRejected()
    {
        using var store = SampleStore.Create(folder, StoreFixtures.Manifest(samplesPerProblem: 4));

        Assert.Throws<ArgumentOutOfRangeException>(() => store.Append(StoreFixtures.Record("a", 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Append(StoreFixtures.Record("a", -1)));
    }

    [Fact]
    public void ExistingRunWithoutResumeIsRejected()
    {
        WriteRecords(("a", 0));

        var error = Assert.Throws<SampleStoreException>(() => SampleStore.Create(folder, StoreFixtures.Manifest()));

        Assert.Contains(folder, error.Message);
        Assert.Contains("--resume", error.Message);
        Assert.Contains("--out", error.Message);
    }

    [Fact]
    public void ResumeWithoutRunIsRejected()
    {
        Directory.CreateDirectory(folder);

        var error = Assert.Throws<SampleStoreException>(() => SampleStore.Resume(folder, StoreFixtures.Manifest()));

        Assert.Contains("manifest.json was not found", error.Message);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("model_sha256")]
    [InlineData("temperature")]
    [InlineData("samples_per_problem")]
    [InlineData("stop_strings")]
    public void ResumeWithOtherSettingsNamesField(string field)
    {
        WriteRecords(("a", 0));
        RunManifest original = StoreFixtures.Manifest();
        RunManifest changed = field switch
        {
            "seed" => original with { Seed = 8 },
            "model_sha256" => original with { ModelSha256 = "cd34" },
            "temperature" => original with { Temperature = 0.8 },
            "samples_per_problem" => original with { SamplesPerProblem = 5 },
            _ => original with { StopStrings = ["\n"] },
        };

        var error = Assert.Throws<ManifestMismatchException>(() => SampleStore.Resume(folder, changed));

        Assert.Equal(field, error.Difference.Field);
        Assert.Contains($"'{field}'", error.Message);
    }

    [Fact]
    public void ResumeIgnoresModelPathAndToolkitVersion()
    {
        WriteRecords(("a", 0));
        RunManifest moved = StoreFixtures.Manifest() with { ModelPath = "elsewhere/model.gguf", ToolkitVersion = "9.9" };

        using var store = SampleStore.Resume(folder, moved);

        Assert.Equal(1, store.RecordCount);
        Assert.Equal("model.gguf", store.Manifest.ModelPath);
    }

    [Fact]
    public void MissingIndicesListsUnstoredPairs()
    {
        WriteRecords(("a", 0), ("a", 2), ("b", 3));

        using var store = SampleStore.Resume(folder, StoreFixtures.Manifest(samplesPerProblem: 4));

        Assert.Equal(new[] { 1, 3 }, store.MissingIndices("a"));
        Assert.Equal(new[] { 0, 1, 2 }, store.MissingIndices("b"));
        Assert.Equal(new[] { 0, 1, 2, 3 }, store.MissingIndices("c"));
    }

    private void WriteRecords(params (string Problem, int Index)[] pairs)
    {
        using var store = SampleStore.Create(folder, StoreFixtures.Manifest());
        foreach (var (problem, index) in pairs)
        {
            store.Append(StoreFixtures.Record(problem, index));
        }
    }
}
