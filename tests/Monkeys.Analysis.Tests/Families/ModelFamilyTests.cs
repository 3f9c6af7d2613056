using Monkeys.Analysis.Families;
using Monkeys.Analysis.Fits;
using Monkeys.Coverage;

namespace Monkeys.Analysis.Tests.Families;

public class ModelFamilyTests
{
    [Fact]
    public void Compare_SameSlope_ShiftIsLogRatioOfA()
    {
        // Same b = −0.3: the shift is ln(a_ref / a) / (b · ln 10) at every coverage.
        // a_ref = −1, a = −2: ln(0.5) / (−0.3 · 2.302585) = 1.003433 decades to the right.
        NamedFit[] fits = [new("large", FitOf(-1.0, -0.3)), new("small", FitOf(-2.0, -0.3))];

        FamilyComparison comparison = ModelFamily.Compare(fits, coverageLevel: 0.6);

        Assert.Equal("large", comparison.ReferenceModel);
        Assert.Equal(0.0, comparison.Members[0].ShiftLog10K!.Value, 6);
        Assert.Equal(1.003433, comparison.Members[1].ShiftLog10K!.Value, 5);
        Assert.Equal(-0.3, comparison.MeanB, 6);
        Assert.Equal(0.0, comparison.StandardDeviationB, 6);
    }

    [Fact]
    public void Compare_EqualSlopes_ShiftIgnoresLevel()
    {
        NamedFit[] fits = [new("a", FitOf(-1.0, -0.25)), new("b", FitOf(-3.0, -0.25))];

        double low = ModelFamily.Compare(fits, coverageLevel: 0.5).Members[1].ShiftLog10K!.Value;
        double high = ModelFamily.Compare(fits, coverageLevel: 0.9).Members[1].ShiftLog10K!.Value;

        Assert.Equal(low, high, 6);
    }

    [Fact]
    public void Compare_ThreeSlopes_ReportsSpread()
    {
        // b = −0.2, −0.3, −0.4: mean −0.3, sample standard deviation 0.1, range 0.2.
        NamedFit[] fits = [new("x", FitOf(-1, -0.2)), new("y", FitOf(-1.5, -0.3)), new("z", FitOf(-2, -0.4))];

        FamilyComparison comparison = ModelFamily.Compare(fits, referenceModel: "y");

        Assert.Equal(-0.3, comparison.MeanB, 4);
        Assert.Equal(0.1, comparison.StandardDeviationB, 4);
        Assert.Equal(0.2, comparison.RangeB, 4);
        Assert.Equal("y", comparison.ReferenceModel);
    }

    [Fact]
    public void Compare_OneFit_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ModelFamily.Compare([new("only", FitOf(-1, -0.3))]));

        Assert.Contains("at least two", error.Message);
    }

    [Fact]
    public void Compare_UnknownReference_Throws()
    {
        NamedFit[] fits = [new("a", FitOf(-1, -0.3)), new("b", FitOf(-2, -0.3))];

        var error = Assert.Throws<ArgumentException>(() => ModelFamily.Compare(fits, referenceModel: "c"));

        Assert.Contains("'c'", error.Message);
    }

    [Fact]
    public void Compare_FlatFit_ReportsMissingShift()
    {
        var flat = new PowerLawFit(-1, 0.05, 0.01, 0.01, 0, 0.001, 40, 1, 100, MathNet.Numerics.Optimization.ExitCondition.Converged, 3, 0.95, false, null);
        NamedFit[] fits = [new("a", FitOf(-1, -0.3)), new("flat", flat)];

        FamilyComparison comparison = ModelFamily.Compare(fits, coverageLevel: 0.7);

        Assert.Null(comparison.Members[1].ShiftLog10K);
        Assert.Contains("never reaches", comparison.Members[1].ShiftReason);
    }

    private static PowerLawFit FitOf(double a, double b) =>
        PowerLawFitter.Fit(KGrid.LogSpaced(10_000, 40).Select(k => new ObservedCoverage(k, Math.Exp(a * Math.Pow(k, b)))).ToArray());
}
