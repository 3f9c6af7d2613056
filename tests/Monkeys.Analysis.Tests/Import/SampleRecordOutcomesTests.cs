using Monkeys.Analysis.Import;
using Monkeys.Samples;
using Monkeys.Samples.Store;
using Monkeys.Verification;

namespace Monkeys.Analysis.Tests.Import;

public class SampleRecordOutcomesTests
{
    [Fact]
    public void Group_OutOfOrderRecords_SortsByIndex()
    {
        SampleRecord[] records =
        [
            Record("p2", 0, Verdict.Correct, "4"),
            Record("p1", 1, Verdict.Incorrect, "5", -1.2),
            Record("p1", 0, Verdict.NoAnswer, null),
            Record("p2", 1, Verdict.Error, "x"),
        ];

        IReadOnlyList<ProblemOutcomes> problems = SampleRecordOutcomes.Group(records);

        Assert.Equal(["p2", "p1"], problems.Select(p => p.ProblemId));
        Assert.Null(problems[1].Samples[0].Answer);
        Assert.Equal("5", problems[1].Samples[1].Answer);
        Assert.Equal(-1.2, problems[1].Samples[1].RewardScore);
        Assert.Null(problems[0].Samples[1].Answer);
        Assert.True(problems[0].Samples[0].IsCorrect);
    }

    [Fact]
    public void Group_DuplicateIndex_Throws()
    {
        SampleRecord[] records = [Record("p", 0, Verdict.Correct, "1"), Record("p", 0, Verdict.Correct, "1")];

        var error = Assert.Throws<ArgumentException>(() => SampleRecordOutcomes.Group(records));

        Assert.Contains("sample index 0", error.Message);
    }

    [Fact]
    public void Count_TalliesCorrectPerProblem()
    {
        SampleRecord[] records = [Record("a", 0, Verdict.Correct, "1"), Record("a", 1, Verdict.Incorrect, "2"), Record("b", 0, Verdict.Correct, "3")];

        var counts = SampleRecordOutcomes.Count(records);

        Assert.Equal(2, counts[0].SampleCount);
        Assert.Equal(1, counts[0].CorrectCount);
        Assert.Equal(1, counts[1].CorrectCount);
    }

    private static SampleRecord Record(string problem, int index, Verdict verdict, string? answer, double? score = null) =>
        new(new Sample(problem, index, 0, "text", 3, FinishReason.Stop, double.NaN), verdict, answer, score);
}
