using System.Text.Json;
using Monkeys.Analysis.Import;
using Monkeys.Problems;
using Monkeys.Verification;
using Monkeys.Verification.Numeric;

namespace Monkeys.Analysis.Tests.Import;

public sealed class MonkeyBusinessReaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "monkeys-import-" + Guid.NewGuid().ToString("N"));

    public MonkeyBusinessReaderTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Read_JsonArray_YieldsRowsInOrder()
    {
        string path = Write("rows.json", "[" + Row(3, ["#### 4", "#### 5"], [true, false]) + ",\n" + Row(8, ["#### 1"], [false]) + "]");

        MonkeyBusinessRow[] rows = MonkeyBusinessReader.Read(path, "gsm8k").ToArray();

        Assert.Equal(2, rows.Length);
        Assert.Equal("gsm8k/test/3", rows[0].ProblemId);
        Assert.Equal(["#### 4", "#### 5"], rows[0].Samples);
        Assert.Equal([true, false], rows[0].ReleasedVerdicts);
        Assert.Equal("gsm8k/test/8", rows[1].ProblemId);
        Assert.Equal(1, rows[1].FileRow);
    }

    [Fact]
    public void Read_JsonLines_YieldsRows()
    {
        string path = Write("rows.jsonl", Row(1, ["a"], [true]) + "\n" + Row(2, ["b", "c"], [false, true]) + "\n");

        MonkeyBusinessRow[] rows = MonkeyBusinessReader.Read(path).ToArray();

        Assert.Equal(2, rows.Length);
        Assert.Equal("test/2", rows[1].ProblemId);
        Assert.Equal(1, rows[1].ToCounts().CorrectCount);
    }

    [Fact]
    public void Read_TenThousandSamples_CountsMatch()
    {
        // One row at the released size: 10,000 samples, every seventh correct (1,429 correct).
        string[] samples = Enumerable.Range(0, 10_000).Select(i => $"The answer is {i}.\n#### {i}").ToArray();
        bool[] verdicts = Enumerable.Range(0, 10_000).Select(i => i % 7 == 0).ToArray();
        string path = Write("big.jsonl", Row(0, samples, verdicts));

        MonkeyBusinessRow row = Assert.Single(MonkeyBusinessReader.Read(path));

        Assert.Equal(10_000, row.ToCounts().SampleCount);
        Assert.Equal(1429, row.ToCounts().CorrectCount);
    }

    [Fact]
    public void Read_ExtraFieldsAndNumericAnswer_AreAccepted()
    {
        string path = Write("extra.jsonl",
            """{"orig_dset_split":"test","orig_dset_idx":4,"question":"q","prompt":"p","gt_answer":12,"test_cases":{"input":["1"],"output":["2"]},"samples":["x"],"is_corrects":[false]}""");

        MonkeyBusinessRow row = Assert.Single(MonkeyBusinessReader.Read(path));

        Assert.Equal("12", row.GroundTruth);
        Problem problem = row.ToProblem();
        Assert.Equal("4", problem.Metadata["orig_dset_idx"]);
    }

    [Fact]
    public void Read_LengthMismatch_ThrowsNamingRow()
    {
        string path = Write("bad.jsonl", Row(1, ["a"], [true]) + "\n" + Row(9, ["a", "b"], [true]) + "\n");

        var error = Assert.Throws<MonkeyBusinessFormatException>(() => MonkeyBusinessReader.Read(path).ToArray());

        Assert.Contains("row 1", error.Message);
        Assert.Contains("orig_dset_idx 9", error.Message);
        Assert.Contains("samples has 2 entries but is_corrects has 1", error.Message);
    }

    [Fact]
    public void Read_MissingVerdicts_ThrowsNamingField()
    {
        string path = Write("noverdicts.jsonl", """{"orig_dset_split":"test","orig_dset_idx":4,"samples":["x"]}""");

        var error = Assert.Throws<MonkeyBusinessFormatException>(() => MonkeyBusinessReader.Read(path).ToArray());

        Assert.Contains("is_corrects is missing", error.Message);
    }

    [Fact]
    public void Read_TruncatedJson_ThrowsNamingFile()
    {
        string path = Write("cut.json", "[" + Row(1, ["a"], [true]) + ", {\"orig_dset_idx\": 2, \"samples\": [\"b\"");

        var error = Assert.Throws<MonkeyBusinessFormatException>(() => MonkeyBusinessReader.Read(path).ToArray());

        Assert.Contains(path, error.Message);
        Assert.Contains("row 1", error.Message);
    }

    [Fact]
    public void Read_MissingFile_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => MonkeyBusinessReader.Read(Path.Combine(folder, "absent.json")).ToArray());
    }

    [Fact]
    public void ToSampleRecords_CarriesReleasedVerdicts()
    {
        string path = Write("rows.jsonl", Row(5, ["#### 4", "nothing"], [true, false]));
        MonkeyBusinessRow row = Assert.Single(MonkeyBusinessReader.Read(path));

        var records = row.ToSampleRecords().ToArray();

        Assert.Equal(Verdict.Correct, records[0].Verdict);
        Assert.Equal(Verdict.Incorrect, records[1].Verdict);
        Assert.Equal(1, records[1].Sample.Index);
        Assert.Equal("test/5", records[1].Sample.ProblemId);
    }

    [Fact]
    public async Task CompareAsync_NumericVerifier_ReportsDisagreements()
    {
        // Reference 4. Sample 0 is right and marked right; sample 1 is right but marked wrong;
        // sample 2 is wrong but marked right; sample 3 has no answer and is marked wrong.
        string path = Write("verify.jsonl", Row(0, ["so #### 4", "so #### 4", "so #### 7", "no idea"], [true, false, true, false], "#### 4"));
        var verifier = new NumericVerifier(NumericAnswerFormat.Gsm8k);

        VerdictAgreement agreement = await MonkeyBusinessReverifier.CompareAsync(path, verifier);

        Assert.Equal(4, agreement.Samples);
        Assert.Equal(2, agreement.Agreements);
        Assert.Equal(1, agreement.ReleasedOnlyCorrect);
        Assert.Equal(1, agreement.OursOnlyCorrect);
        Assert.Equal([1, 2], agreement.Examples.Select(e => e.SampleIndex));
        Assert.Equal(2, agreement.ReleasedCounts[0].CorrectCount);
        Assert.Equal(2, agreement.OurCounts[0].CorrectCount);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Row(int index, string[] samples, bool[] verdicts, string answer = "#### 4") =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["orig_dset_split"] = "test",
            ["orig_dset_idx"] = index,
            ["question"] = $"Question {index}?",
            ["prompt"] = $"Q: Question {index}?\nA:",
            ["samples"] = samples,
            ["is_corrects"] = verdicts,
            ["gt_answer"] = answer,
        });
}
