using AiLambdaInfra.Handler.Model;

namespace AiLambdaInfra.Handler.Tests;

/// <summary>The model is loaded once per process, during construction, and reused by every invocation.</summary>
public sealed class InitTests
{
    [Fact]
    public void ManyInvocationsAndInstances_LoadTheModelOnce()
    {
        var body = Payloads.Request(Payloads.SampleBase64("hello-world.png"));
        var first = new InferenceFunction();
        var second = new InferenceFunction();

        for (var i = 0; i < 25; i++)
        {
            foreach (var function in new[] { first, second })
            {
                using var response = function.Handle(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
            }
        }

        Assert.Equal(1, ModelHolder.LoadCount);
    }

    [Fact]
    public void Construction_LoadsAndWarmsTheModelBeforeAnyInvocation()
    {
        _ = new InferenceFunction();

        Assert.Equal(1, ModelHolder.LoadCount);
        Assert.True(ModelHolder.Recognizer.Timings.RuntimeLoadMs > 0);
        Assert.True(ModelHolder.Recognizer.Timings.ModelLoadMs > 0);
        Assert.True(ModelHolder.Recognizer.Timings.WarmUpMs > 0);
    }

    [Fact]
    public void MissingModel_FailsLoudlyWithTheFix()
    {
        var empty = Directory.CreateTempSubdirectory("no-model-");
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => TextRecognizer.Load(ModelFiles.In(empty.FullName)));

            Assert.Contains("Run `bash handler/fetch-model.sh` before building", error.Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void DictionaryFromAnotherRelease_IsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("mismatched-model-");
        try
        {
            var shipped = ModelFiles.NextTo(typeof(InferenceFunction).Assembly);
            var files = ModelFiles.In(folder.FullName);
            File.Copy(shipped.ModelPath, files.ModelPath);
            File.WriteAllLines(files.DictionaryPath, File.ReadLines(shipped.DictionaryPath).Take(100));

            var error = Assert.Throws<InvalidDataException>(() => TextRecognizer.Load(files));

            Assert.EndsWith("has 6625 output classes but dictionary '" + files.DictionaryPath + "' gives 102; they come from different releases.", error.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
