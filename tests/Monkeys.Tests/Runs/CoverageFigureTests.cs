using Monkeys.Coverage;
using Monkeys.Figures;

namespace Monkeys.Tests.Runs;

public sealed class CoverageFigureTests
{
    [Fact]
    public void FigureSavesPngAndSvg()
    {
        string folder = Path.Combine(Path.GetTempPath(), "monkeys-figure-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            ProblemCounts[] problems = [new("a", 100, 1), new("b", 100, 10), new("c", 100, 0), new("d", 100, 60)];
            CoverageCurve curve = CoverageCurve.Compute(problems, KGrid.PowersOfTwo(100));
            string png = Path.Combine(folder, "coverage.png");
            string svg = Path.Combine(folder, "coverage.svg");

            CoverageFigure.Save(CoverageFigure.Create(curve, "test run"), png, svg, width: 640, height: 400);

            byte[] bytes = File.ReadAllBytes(png);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);

            // The IHDR chunk stores width and height as big-endian integers at bytes 16 and 20.
            Assert.Equal(640, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
            Assert.Equal(400, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));

            string svgText = File.ReadAllText(svg);
            Assert.Contains("<svg", svgText);
            Assert.Contains("coverage", svgText);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void EmptyCurveIsRejected()
    {
        Assert.Throws<ArgumentException>(() => CoverageFigure.Create([], 0.95));
    }
}
