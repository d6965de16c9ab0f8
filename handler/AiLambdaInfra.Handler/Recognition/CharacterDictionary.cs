namespace AiLambdaInfra.Handler.Recognition;

/// <summary>
/// The recognizer's output classes: CTC blank at 0, then one character per line of the dictionary file,
/// then a space (PaddleOCR's <c>use_space_char</c>).
/// </summary>
public sealed class CharacterDictionary
{
    private readonly string[] classes;

    private CharacterDictionary(string[] classes) => this.classes = classes;

    public int Count => classes.Length;

    public string this[int index] => classes[index];

    public static CharacterDictionary FromLines(IEnumerable<string> lines) =>
        new(["", .. lines.Select(line => line.TrimEnd('\r', '\n')), " "]);

    public static CharacterDictionary Load(string path) => FromLines(File.ReadLines(path));
}
