namespace Monkeys.Problems.Synthetic;

/// <summary>Names, pronouns and object words the synthetic word problems are built from.</summary>
internal static class SyntheticVocabulary
{
    /// <summary>People, each with the pronoun the later sentences use.</summary>
    public static readonly IReadOnlyList<(string Name, string Pronoun)> People =
    [
        ("Ann", "She"), ("Bob", "He"), ("Cal", "He"), ("Dee", "She"), ("Eve", "She"),
        ("Finn", "He"), ("Gus", "He"), ("Ivy", "She"), ("Jo", "She"), ("Kim", "She"),
        ("Leo", "He"), ("Max", "He"), ("Ned", "He"), ("Olga", "She"), ("Pam", "She"),
        ("Ray", "He"), ("Sue", "She"), ("Tom", "He"), ("Uma", "She"), ("Vic", "He"),
    ];

    /// <summary>Countable objects, plural.</summary>
    public static readonly IReadOnlyList<string> Objects =
    [
        "apples", "pens", "cards", "coins", "eggs", "books", "shells", "stamps", "beads", "nuts",
        "rocks", "cups", "toys", "seeds", "bolts", "pins",
    ];

    /// <summary>Containers a product step buys or sells in.</summary>
    public static readonly IReadOnlyList<string> Containers = ["bags", "boxes", "packs", "jars", "rows"];
}
