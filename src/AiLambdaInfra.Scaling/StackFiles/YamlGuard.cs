using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AiLambdaInfra.Scaling.StackFiles;

/// <summary>
/// Walks a stack file's YAML events once, before any tree is built, and refuses what would make reading it cost more
/// than its size or read it differently from how it looks: aliases (nested ones expand exponentially: a 1.6 KB file can
/// stand for gigabytes), nesting deeper than any stack file needs, tags other than <c>!!str</c>, and a second document
/// (Pulumi reads one). Each refusal names the line.
/// </summary>
internal static class YamlGuard
{
    /// <summary>The deepest nesting read. A stack file needs six levels (config, key, list, item, list, value).</summary>
    public const int MaxDepth = 32;

    /// <summary>The one tag read, as YAML's own <c>!!str</c>: the scalar is a string, as if quoted.</summary>
    public const string StringTag = "tag:yaml.org,2002:str";

    public static void Check(string text, string fileName)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var documents = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var line = (int)current.Start.Line;
            switch (current)
            {
                case AnchorAlias alias:
                    throw new StackFileException(fileName, line,
                        $"uses the YAML alias `*{alias.Value}`; write the value out in full. Stack files may not use aliases: nested ones expand exponentially, so a few lines could stand for gigabytes.");
                case DocumentStart when ++documents > 1:
                    throw new StackFileException(fileName, line,
                        "starts a second YAML document here; a stack file is one document, and Pulumi reads only the first. Remove everything from this `---` on, or move it to its own file.");
                case NodeEvent { Tag.IsEmpty: false } node when !IsStringTag(node):
                    throw new StackFileException(fileName, line,
                        $"uses the YAML tag `{Shown(node.Tag.Value)}`; write the plain value without it. Stack files read only `!!str`, which makes a value a string like quotes do.");
            }
            if (current is MappingStart or SequenceStart && ++depth > MaxDepth)
                throw new StackFileException(fileName, line, $"nests more than {MaxDepth} levels deep here; no stack file needs that. Flatten the value.");
            if (current is MappingEnd or SequenceEnd) depth--;
        }
    }

    /// <summary>YAML's own tags as written (<c>!!int</c>), others as they are.</summary>
    private static string Shown(string tag) => tag.StartsWith(YamlTagPrefix, StringComparison.Ordinal) ? "!!" + tag[YamlTagPrefix.Length..] : tag;

    private const string YamlTagPrefix = "tag:yaml.org,2002:";

    private static bool IsStringTag(NodeEvent node) =>
        node is Scalar && (node.Tag.IsNonSpecific || node.Tag.Value == StringTag);
}
