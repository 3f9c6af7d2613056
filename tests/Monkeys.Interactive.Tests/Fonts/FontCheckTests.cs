using Monkeys.Interactive.Fonts;

namespace Monkeys.Interactive.Tests.Fonts;

public sealed class FontCheckTests
{
    private static string EmptyFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "monkeys-fonts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void NoFontFiles_ThrowsNamingPackage()
    {
        string folder = EmptyFolder();
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "not a font");

        var error = Assert.Throws<MissingFontsException>(() => FontCheck.EnsureFontsInstalled([folder, "/no/such/folder"]));

        Assert.Contains("fonts-dejavu-core", error.Message);
        Assert.Contains(folder, error.Message);
        Assert.Contains("/no/such/folder", error.Message);
    }

    [Fact]
    public void FontInSubfolder_Passes()
    {
        string folder = EmptyFolder();
        Directory.CreateDirectory(Path.Combine(folder, "truetype", "dejavu"));
        File.WriteAllBytes(Path.Combine(folder, "truetype", "dejavu", "Some.TTF"), [0, 1, 0, 0]);

        var error = Record.Exception(() => FontCheck.EnsureFontsInstalled([folder]));

        Assert.Null(error);
    }
}
