using System.Reflection;

namespace AiLambdaInfra.Handler.Model;

/// <summary>Where the network and its character dictionary are: the <c>model/</c> folder next to the handler assembly.</summary>
public sealed record ModelFiles(string ModelPath, string DictionaryPath)
{
    public const string ModelFileName = "ch_PP-OCRv4_rec_infer.onnx";
    public const string DictionaryFileName = "ppocr_keys_v1.txt";

    /// <summary>
    /// The files beside <paramref name="assembly"/>. On Lambda that is the unpacked zip (<c>/var/task</c>), not the
    /// runtime's own folder, which is what <see cref="AppContext.BaseDirectory"/> would give there.
    /// </summary>
    public static ModelFiles NextTo(Assembly assembly)
    {
        var folder = Path.GetDirectoryName(assembly.Location);
        var root = string.IsNullOrEmpty(folder) ? AppContext.BaseDirectory : folder;
        return In(Path.Combine(root, "model"));
    }

    public static ModelFiles In(string folder) =>
        new(Path.Combine(folder, ModelFileName), Path.Combine(folder, DictionaryFileName));

    /// <summary>Throws with the fix in the message when a file is missing, rather than a bare runtime error.</summary>
    public void EnsureExist()
    {
        foreach (var path in new[] { ModelPath, DictionaryPath })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"Model file '{path}' is missing. Run `bash handler/fetch-model.sh` before building; it fetches the pinned model into handler/model/.",
                    path);
            }
        }
    }
}
