using System.Text;
using System.Text.Json;

namespace SpeechActClassifier.Cli.Tests;

public sealed class ClassifyCommandTests
{
    // Checked by hand against the codebook: an actor designates a threat and calls for extraordinary measures; a report of a fact.
    private const string Securitizing = "The president declared that terrorism is an existential threat to our nation and that emergency measures must be taken immediately.";
    private const string Neutral = "The committee meets on Tuesdays in the old library building.";

    [Fact]
    public void SentencesGivenAsArgumentsAreLabelledInOrder()
    {
        var result = SpeechactProcess.Run(null, "classify", "--format", "jsonl", Securitizing, Neutral);

        Assert.Equal(0, result.ExitCode);
        var records = Lines(result.Output).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(2, records.Length);
        Assert.Equal(Securitizing, records[0].GetProperty("text").GetString());
        Assert.Equal("SecuritizingMove", records[0].GetProperty("label").GetString());
        Assert.Equal("Neutral", records[1].GetProperty("label").GetString());
        var probabilities = records[0].GetProperty("probabilities");
        var sum = probabilities.EnumerateObject().Sum(p => p.Value.GetDouble());
        Assert.Equal(1.0, sum, 5);
        var threat = records[0].GetProperty("cues").EnumerateArray().First(c => c.GetProperty("category").GetString() == "Threat");
        Assert.Equal(threat.GetProperty("text").GetString(), Securitizing.Substring(threat.GetProperty("start").GetInt32(), threat.GetProperty("length").GetInt32()));
    }

    [Fact]
    public void StdinIsOneSentencePerLineAndAnEmptyLineIsAnErrorRecord()
    {
        var result = SpeechactProcess.Run($"{Securitizing}\n\n{Neutral}\n", "classify", "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        var records = Lines(result.Output).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(3, records.Length);
        Assert.Equal("SecuritizingMove", records[0].GetProperty("label").GetString());
        Assert.Equal("stdin:2: empty sentence", records[1].GetProperty("error").GetString());
        Assert.Equal("Neutral", records[2].GetProperty("label").GetString());
    }

    [Fact]
    public void StdinLinesThatAreNotUtf8OrHoldLoneSurrogatesCostOnlyThemselves()
    {
        var stdin = new List<byte>();
        stdin.AddRange(Encoding.UTF8.GetBytes(Securitizing + "\n"));
        stdin.AddRange([0x57, 0x61, 0x72, 0x20, 0xED, 0xA0, 0x80, 0x0A]);
        stdin.AddRange(Encoding.UTF8.GetBytes("\\ud800 is not an escape here\r\n" + Neutral + "\n"));

        var result = SpeechactProcess.RunWithBytes([.. stdin], "classify", "--format", "jsonl");

        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
        var records = Lines(result.Output).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(4, records.Length);
        Assert.Equal("SecuritizingMove", records[0].GetProperty("label").GetString());
        Assert.Equal("stdin:2: invalid UTF-8 at byte 4 of the line", records[1].GetProperty("error").GetString());
        Assert.Equal("\\ud800 is not an escape here", records[2].GetProperty("text").GetString());
        Assert.Equal("Neutral", records[3].GetProperty("label").GetString());
    }

    [Fact]
    public void NoSentenceAtAllIsBadInput()
    {
        var result = SpeechactProcess.Run(string.Empty, "classify", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("[]\n", result.Output);
        Assert.Equal("speechact classify: no sentences: give them as arguments, or one per line on stdin.\n", result.Error);
    }

    [Fact]
    public void JsonIsOneArrayAndTextIsReadable()
    {
        var json = SpeechactProcess.Run(null, "classify", "--format", "json", Securitizing, Neutral);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(json.Output).RootElement.GetArrayLength());

        var text = SpeechactProcess.Run(null, "classify", Securitizing);
        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("SecuritizingMove  (SM ", text.Output, StringComparison.Ordinal);
        Assert.Contains("cues: ", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnloadableModelExitsWithTwo()
    {
        var result = SpeechactProcess.Run(null, "classify", "--model", "no-such-model.zip", Neutral);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-model.zip", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
