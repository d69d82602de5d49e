using System.CommandLine;
using SpeechActClassifier.Cli.Progress;
using SpeechActClassifier.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Cli.Commands;

/// <summary><c>speechact train FILE.tsv... --out DIR [--dev FILE.tsv] [--search quick|full]</c>: trains the model and writes it with its metrics and model card.</summary>
internal static class TrainCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "One or more labelled TSV files (header: id, label, source, text; other columns ignored) to train on, e.g. seeds/labelled.tsv data/corpus.tsv. Ids must be unique across them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Directory for speechact-model.bin (the model the library runs), speechact-model.zip (the ML.NET bundle), metrics.json, README.md (the model card) and, with --search full, learning-curve.svg.", DefaultValueFactory = _ => "models" };
        var dev = new Option<string?>("--dev") { Description = "Optional labelled TSV that is only tested on: never trained on, never used to choose a setting. Reported beside the cross-validation." };
        var search = new Option<string>("--search") { Description = "'quick' (default: 4 settings, one grouped 5-fold split, rules and SDCA baselines; minutes) or 'full' (16 settings, 5 x 5 repeated grouped folds, every baseline, learning curve; about an hour for 3,656 sentences on two cores).", DefaultValueFactory = _ => "quick" };
        search.AcceptOnlyFromAmong("quick", "full");
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice: folds, bootstrap, trees.", DefaultValueFactory = _ => TrainingOptions.DefaultSeed };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr." };
        var command = new Command(
            "train",
            $"""
            Train the classifier: choose FastTree settings and decision weights by cross-validation grouped by source
            document (no document is on both sides of a split), train on every sentence of the files, and write the
            model file (speechact-model.bin), the ML.NET bundle (speechact-model.zip), metrics.json and the model card (README.md). Every figure comes with a
            bootstrap 95% interval over documents, per class and per source kind, beside the baselines' on the same
            folds. Progress (stage, setting, fold, time left) goes to stderr. The same files and seed give the same model.

            Examples:
              speechact train my-labels.tsv --out my-model/
              speechact train seeds/labelled.tsv data/corpus.tsv --out models/ --search full --dev held-out.tsv
              speechact score articles/ --model my-model/speechact-model.bin

            {ExitCodes.Help}
            """)
        {
            files,
            output,
            dev,
            search,
            seed,
            quiet,
        };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var options = new TrainingRunOptions
            {
                TrainingFiles = parseResult.GetValue(files)!,
                DevFile = parseResult.GetValue(dev),
                Search = parseResult.GetValue(search) == "full" ? SearchMode.Full : SearchMode.Quick,
                Seed = parseResult.GetValue(seed),
            };
            return Run(options, parseResult.GetValue(output)!, parseResult.InvocationConfiguration.Output, error, TrainingProgressWriter.ForConsole(error, parseResult.GetValue(quiet)));
        });
        return command;
    }

    private static int Run(TrainingRunOptions options, string outputDirectory, TextWriter output, TextWriter error, IProgress<TrainingProgress>? progress)
    {
        TrainingRunResult run;
        try
        {
            output.WriteLine($"training on {string.Join(", ", options.TrainingFiles)}: {options.Search.ToString().ToLowerInvariant()} search, grouped cross-validation x {options.Repeats}");
            run = TrainingRun.Execute(options, progress);
        }
        catch (Exception ex) when (ex is LabelledDataException or FileNotFoundException or DirectoryNotFoundException or ArgumentException)
        {
            error.WriteLine($"speechact train: {ex.Message}");
            return ExitCodes.BadInput;
        }

        Directory.CreateDirectory(outputDirectory);
        var outDir = Slash(outputDirectory);
        var train = $"speechact train {string.Join(' ', options.TrainingFiles)} --out {outDir}"
            + (options.Search == SearchMode.Full ? " --search full" : string.Empty)
            + (options.DevFile is null ? string.Empty : $" --dev {options.DevFile}")
            + (options.Seed == TrainingOptions.DefaultSeed ? string.Empty : $" --seed {options.Seed}");
        var evalDev = options.DevFile is null ? string.Empty : $"speechact eval {options.DevFile} --model {outDir}{ModelResourceNames.ModelFileName} --format json";
        var evalDevRules = options.DevFile is null ? string.Empty : $"speechact eval {options.DevFile} --classifier rules --format json";
        var commands = new TrainingCommands(train, evalDev, evalDevRules);

        // The model file is what the library runs; the ML.NET bundle beside it is the training artefact, for ML.NET interop.
        var modelPath = Path.Combine(outputDirectory, ModelResourceNames.ModelFileName);
        run.Model.Save(modelPath);
        run.Model.SaveMlNetBundle(Path.Combine(outputDirectory, ModelResourceNames.BundleFileName));
        using (var metrics = File.Create(Path.Combine(outputDirectory, "metrics.json")))
        {
            MetricsReportWriter.Write(metrics, run, commands);
        }

        File.WriteAllText(Path.Combine(outputDirectory, "README.md"), ModelCardWriter.Write(run, commands));
        var rules = run.Candidates.FirstOrDefault(c => c.Name == new Training.RuleBasedBaseline().Name);
        if (run.LearningCurve.Count > 0 && rules is not null)
        {
            File.WriteAllText(Path.Combine(outputDirectory, ModelCardWriter.LearningCurveFileName), LearningCurveSvg.Write(run.LearningCurve, rules.CrossValidation.MacroF1.Estimate));
        }

        foreach (var candidate in run.Candidates)
        {
            output.WriteLine($"  {candidate.Name}: macro-F1 {candidate.CrossValidation.MacroF1}" + (candidate.Dev is null ? string.Empty : $", dev {candidate.Dev.MacroF1}"));
        }

        output.WriteLine($"chosen: {run.Chosen}, decision weights {run.Chosen.DecisionWeights}");
        output.WriteLine($"wrote {modelPath}, {ModelResourceNames.BundleFileName}, metrics.json and README.md in {run.Duration.TotalMinutes:F1} min");
        return ExitCodes.Success;
    }

    private static string Slash(string directory) => directory.EndsWith('/') ? directory : directory + "/";
}
