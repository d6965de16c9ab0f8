using System.Text.Json;
using AiLambdaInfra.Scaling.StackFiles;

namespace AiLambdaInfra.Scaling.Tests.StackFiles;

public class StackFileTests
{
    private const string Sample = """
        # header comment
        secretsprovider: passphrase
        encryptedkey: abc
        config:
          aws:region: eu-west-1   # trailing comment
          ai-lambda-infra:function:
            memoryMb: 1024
            description: "42"
            environment:
              API_KEY:
                secure: v1:AAAABBBBCCCC
          ai-lambda-infra:scaling:
            scheduledActions:
              - name: open
                schedule: cron(45 7 ? * MON-FRI *)
                min: 10
        """;

    [Fact]
    public void StructuredValues_ReadAsTypedJson()
    {
        var values = StackFile.Parse(Sample, "Pulumi.x.yaml").ProjectValues();

        Assert.Equal(["function", "scaling"], values.Keys.Order());
        Assert.Equal(JsonValueKind.Number, values["function"].GetProperty("memoryMb").ValueKind);
        Assert.Equal(JsonValueKind.String, values["function"].GetProperty("description").ValueKind);
        Assert.Equal(10, values["scaling"].GetProperty("scheduledActions")[0].GetProperty("min").GetInt32());
    }

    [Fact]
    public void SecureValues_StayOpaque()
    {
        var values = StackFile.Parse(Sample, "Pulumi.x.yaml").ProjectValues();

        Assert.Equal("[secret]", values["function"].GetProperty("environment").GetProperty("API_KEY").GetString());
    }

    [Fact]
    public void PlainKeysOfOtherNamespaces_AreReadable()
    {
        var file = StackFile.Parse(Sample, "Pulumi.x.yaml");

        Assert.Equal("eu-west-1", file.GetString("aws:region"));
        Assert.Equal("a \"quoted\" profile", StackFile.Parse("config:\n  aws:profile: 'a \"quoted\" profile'\n", "Pulumi.q.yaml").GetString("aws:profile"));
        Assert.Null(file.GetString("aws:profile"));
        Assert.True(file.HasConfigKey("ai-lambda-infra:scaling"));
    }

    [Fact]
    public void KeyLines_AreOneBasedFileLines()
    {
        var file = StackFile.Parse(Sample, "Pulumi.x.yaml");

        Assert.Equal(7, file.LineOf("function.memoryMb"));
        Assert.Equal(15, file.LineOf("scaling.scheduledActions[0].schedule"));
        Assert.Equal(12, file.LineOf("scaling.targetUtilization"));
    }

    [Fact]
    public void PulumiConfigJson_HoldsStructuredValuesAsJsonStrings()
    {
        var json = JsonDocument.Parse(StackFile.Parse(Sample, "Pulumi.x.yaml").ToPulumiConfigJson()).RootElement;

        Assert.Equal("eu-west-1", json.GetProperty("aws:region").GetString());
        var function = JsonDocument.Parse(json.GetProperty("ai-lambda-infra:function").GetString()!).RootElement;
        Assert.Equal(1024, function.GetProperty("memoryMb").GetInt32());
    }

    [Fact]
    public void Text_IsKeptByteForByte()
    {
        var text = Sample.Replace("\n", "\r\n");

        Assert.Equal(text, StackFile.Parse(text, "Pulumi.x.yaml").Text);
    }

    [Fact]
    public void InvalidYaml_NamesFileAndLine()
    {
        var error = Assert.Throws<StackFileException>(() => StackFile.Parse("config:\n  a: [1, 2\n  b: 3\n", "Pulumi.bad.yaml"));

        Assert.StartsWith("Pulumi.bad.yaml:", error.Message);
        Assert.Contains("is not valid YAML", error.Message);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void DuplicateKey_IsInvalidYaml()
    {
        var error = Assert.Throws<StackFileException>(() => StackFile.Parse("config:\n  aws:region: a\n  aws:region: b\n", "Pulumi.dup.yaml"));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void ConfigThatIsNotAMapping_IsRejected()
    {
        var error = Assert.Throws<StackFileException>(() => StackFile.Parse("config:\n  - a\n", "Pulumi.list.yaml"));

        Assert.Equal("Pulumi.list.yaml:2: `config:` must be a mapping of keys such as `aws:region: us-east-1`.", error.Message);
    }

    [Fact]
    public void FileWithoutConfig_HasNoValues() =>
        Assert.Empty(StackFile.Parse("encryptedkey: abc\n", "Pulumi.empty.yaml").ProjectValues());

    [Fact]
    public void MissingFile_SaysSoWithoutALine()
    {
        var error = Assert.Throws<StackFileException>(() => StackFile.Load(Path.Combine(Path.GetTempPath(), "no-such-dir", "Pulumi.none.yaml"), "Pulumi.none.yaml"));

        Assert.Equal("Pulumi.none.yaml: cannot be read: there is no such file. Check the path, or run from the project root.", error.Message);
        Assert.Null(error.Line);
        Assert.True(error.Unreadable);
    }

    [Fact]
    public void FileThatIsNotUtf8_IsRejectedAsInvalidNotUnreadable()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("stackfile-").FullName, "Pulumi.latin1.yaml");
        File.WriteAllBytes(path, [.. "config:\n  aws:region: caf"u8, 0xE9, (byte)'\n']);

        var error = Assert.Throws<StackFileException>(() => StackFile.Load(path, "Pulumi.latin1.yaml"));

        Assert.Equal("Pulumi.latin1.yaml: is not UTF-8 text; a Pulumi stack file is YAML. Save it as UTF-8.", error.Message);
        Assert.False(error.Unreadable);
    }

    [Fact]
    public void ByteOrderMark_IsRememberedAndLeftOutOfTheText()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("stackfile-").FullName, "Pulumi.bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "config:\n  aws:region: eu-west-1\n"u8]);

        var file = StackFile.Load(path);

        Assert.True(file.HasByteOrderMark);
        Assert.Equal("config:\n  aws:region: eu-west-1\n", file.Text);
    }
}
