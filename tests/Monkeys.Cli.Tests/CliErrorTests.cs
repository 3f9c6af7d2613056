using Monkeys.Llama.Gguf;

namespace Monkeys.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class CliErrorTests(FixtureModel model)
{
    [Fact]
    public async Task UnknownOptionIsNamed()
    {
        CliResult result = await CliHarness.RunAsync("run", "--bogus", "3");

        AssertOneLineError(result, ExitCodes.Usage, "--bogus");
    }

    [Theory]
    [InlineData("foo:1", "'foo:1' is not a known problem set")]
    [InlineData("synthetic:abc", "'synthetic:abc' needs a problem count")]
    [InlineData("synthetic:0", "'synthetic:0' needs a problem count")]
    [InlineData("gsm8k:", "needs a file after 'gsm8k:'")]
    [InlineData("gsm8k:/no/such/file.jsonl", "/no/such/file.jsonl was not found")]
    public async Task BadProblemSpecIsNamed(string spec, string expected)
    {
        CliResult result = await CliHarness.RunAsync("run", "--model", model.Path, "--problems", spec);

        AssertOneLineError(result, ExitCodes.Usage, expected);
    }

    [Theory]
    [InlineData("--samples", "0", "--samples is 0")]
    [InlineData("--temperature", "-1", "--temperature is -1")]
    [InlineData("--top-p", "1.5", "--top-p is 1.5")]
    [InlineData("--batch-size", "0", "--batch-size is 0")]
    [InlineData("--samples", "many", "many")]
    public async Task OutOfRangeOptionIsNamed(string option, string value, string expected)
    {
        CliResult result = await CliHarness.RunAsync("run", "--model", model.Path, option, value);

        AssertOneLineError(result, ExitCodes.Usage, expected);
    }

    [Fact]
    public async Task BudgetAboveSampleCountIsRejected()
    {
        CliResult result = await CliHarness.RunAsync("run", "--model", model.Path, "--samples", "100", "--k", "1,200");

        AssertOneLineError(result, ExitCodes.Usage, "--k 200 exceeds --samples 100");
    }

    [Fact]
    public async Task MissingModelIsNamed()
    {
        CliResult result = await CliHarness.RunAsync("run", "--model", "/no/such/model.gguf");

        AssertOneLineError(result, ExitCodes.Usage, "/no/such/model.gguf");
    }

    [Fact]
    public async Task CorruptModelIsNamed()
    {
        using var folder = new TempFolder();
        string path = folder.File("corrupt.gguf");
        File.WriteAllText(path, "this is not a GGUF file");

        CliResult result = await CliHarness.RunAsync("run", "--model", path, "--problems", "synthetic:1", "--samples", "1", "--out", folder.File("run"));

        AssertOneLineError(result, ExitCodes.Failure, path);
        Assert.False(Directory.Exists(folder.File("run")), "A failed model load must not leave a run folder.");
    }

    [Fact]
    public async Task RejectedModelCarriesLlamaCppReason()
    {
        using var folder = new TempFolder();
        string path = folder.File("no-ffn-up.gguf");
        var reader = GgufReader.Open(model.Path);
        var tensors = reader.Tensors
            .Where(tensor => tensor.Name != "blk.1.ffn_up.weight")
            .Select(tensor => (reader.ReadTensor(tensor.Name), GgufTensorType.F32))
            .ToList();
        GgufWriter.Write(path, reader.Metadata.ToList(), tensors);

        CliResult result = await CliHarness.RunAsync("run", "--model", path, "--problems", "synthetic:1", "--samples", "1", "--out", folder.File("run"));

        AssertOneLineError(result, ExitCodes.Failure, path);
        Assert.Contains("blk.1.ffn_up.weight", result.Error);
    }

    [Fact]
    public async Task MalformedProblemFileNamesLine()
    {
        using var folder = new TempFolder();
        string problems = folder.File("test.jsonl");
        File.WriteAllLines(problems, ["{\"question\": \"1+1?\", \"answer\": \"1+1=2\\n#### 2\"}", "{\"question\": \"broken\""]);

        CliResult result = await CliHarness.RunAsync("run", "--model", model.Path, "--problems", $"gsm8k:{problems}", "--shots", "0", "--out", folder.File("run"));

        AssertOneLineError(result, ExitCodes.Failure, problems);
        Assert.Contains("line 2", result.Error);
    }

    [Fact]
    public async Task ResumeWithoutOutIsRejected()
    {
        CliResult result = await CliHarness.RunAsync("run", "--model", model.Path, "--resume");

        AssertOneLineError(result, ExitCodes.Usage, "--resume needs --out");
    }

    [Fact]
    public async Task ExistingRunNeedsResume()
    {
        using var folder = new TempFolder();
        string run = folder.File("run");
        string[] args = ["run", "--model", model.Path, "--problems", "synthetic:1", "--samples", "2", "--max-tokens", "8", "--out", run];
        Assert.Equal(0, (await CliHarness.RunAsync(args)).ExitCode);

        CliResult again = await CliHarness.RunAsync(args);

        AssertOneLineError(again, ExitCodes.Failure, run);
        Assert.Contains("--resume", again.Error);
    }

    [Fact]
    public async Task ResumeWithOtherSeedNamesField()
    {
        using var folder = new TempFolder();
        string run = folder.File("run");
        string[] args = ["run", "--model", model.Path, "--problems", "synthetic:1", "--samples", "2", "--max-tokens", "8", "--out", run];
        Assert.Equal(0, (await CliHarness.RunAsync(args)).ExitCode);

        CliResult resumed = await CliHarness.RunAsync([.. args, "--resume", "--seed", "3"]);

        AssertOneLineError(resumed, ExitCodes.Failure, "'seed'");
    }

    [Fact]
    public async Task VerboseShowsStackTrace()
    {
        using var folder = new TempFolder();
        string path = folder.File("corrupt.gguf");
        File.WriteAllText(path, "this is not a GGUF file");

        CliResult result = await CliHarness.RunAsync("run", "--model", path, "--problems", "synthetic:1", "--samples", "1", "--verbose");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains("   at ", result.Error);
    }

    private static void AssertOneLineError(CliResult result, int exitCode, string expected)
    {
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains(expected, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
