using System.CommandLine;
using SpeechActClassifier.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Cli.Commands;

/// <summary><c>speechact train FILE.tsv --out DIR [--dev FILE.tsv]</c>: trains the model and writes it with its metrics and model card.</summary>
internal static class TrainCommand
{
    /// <summary>Exit code for a successful run.</summary>
    private const int Success = 0;

    /// <summary>Exit code for unreadable input or bad usage.</summary>
    private const int BadInput = 2;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Labelled TSV (header: id, label, source, text) to train on, e.g. seeds/labelled.tsv." };
        var output = new Option<string>("--out") { Description = "Directory for speechact-model.zip, metrics.json and README.md.", DefaultValueFactory = _ => "models" };
        var dev = new Option<string?>("--dev") { Description = "Optional labelled TSV that is only tested on (never trained on), reported beside the seed figures." };
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice.", DefaultValueFactory = _ => TrainingOptions.DefaultSeed };
        var command = new Command(
            "train",
            $"""
            Train the classifier: choose FastTree settings by cross-validation, train on the whole file, and write the
            model bundle (speechact-model.zip), metrics.json and the model card (README.md). The same file and seed
            always give the same bytes. The built-in model was trained with the first example.

            Examples:
              speechact train seeds/labelled.tsv --out models/
              speechact train my-labels.tsv --out my-model/ --dev held-out.tsv
              speechact score articles/ --model my-model/speechact-model.zip

            {ExitCodes.Help}
            """)
        {
            file,
            output,
            dev,
            seed,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(dev),
            parseResult.GetValue(seed),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string file, string outputDirectory, string? devFile, int seed, TextWriter output, TextWriter error)
    {
        TrainingRunResult run;
        try
        {
            output.WriteLine($"training on {file}: searching {HyperParameterGrid.All(seed).Count} settings");
            run = TrainingRun.Execute(file, devFile, seed, output);
        }
        catch (Exception ex) when (ex is LabelledDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"speechact train: {ex.Message}");
            return BadInput;
        }

        Directory.CreateDirectory(outputDirectory);
        var train = $"speechact train {file} --out {Slash(outputDirectory)}" + (devFile is null ? string.Empty : $" --dev {devFile}") + (seed == TrainingOptions.DefaultSeed ? string.Empty : $" --seed {seed}");
        var modelPath = Path.Combine(outputDirectory, ModelResourceNames.BundleFileName);
        var evalDev = devFile is null ? string.Empty : $"speechact eval {devFile} --model {Slash(outputDirectory)}{ModelResourceNames.BundleFileName} --format json";
        var commands = new TrainingCommands(file, devFile, train, evalDev);

        run.Model.Save(modelPath);
        using (var metrics = File.Create(Path.Combine(outputDirectory, "metrics.json")))
        {
            MetricsReportWriter.Write(metrics, run, commands);
        }

        File.WriteAllText(Path.Combine(outputDirectory, "README.md"), ModelCardWriter.Write(run, commands));
        output.WriteLine($"wrote {modelPath}, metrics.json and README.md");
        return Success;
    }

    private static string Slash(string directory) => directory.EndsWith('/') ? directory : directory + "/";
}
