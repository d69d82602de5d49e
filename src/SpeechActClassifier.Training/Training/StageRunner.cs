using System.Diagnostics;

namespace SpeechActClassifier.Training;

/// <summary>
/// Runs the independent model fits of one training stage on every core and reports progress after each. Each fit
/// trains on one thread with fixed seeds and writes only its own result slot, so the results, kept in job order,
/// are those of a sequential run.
/// </summary>
internal sealed class StageRunner
{
    private readonly IProgress<TrainingProgress>? _progress;
    private readonly int _stageCount;
    private int _stageNumber;

    /// <summary>Creates a runner for a run of <paramref name="stageCount"/> stages.</summary>
    public StageRunner(int stageCount, IProgress<TrainingProgress>? progress)
    {
        _stageCount = stageCount;
        _progress = progress;
    }

    /// <summary>Runs <paramref name="jobs"/> as the next stage, named <paramref name="stage"/>, and returns their results in job order.</summary>
    public T[] Run<T>(string stage, IReadOnlyList<(string Item, Func<T> Fit)> jobs)
    {
        _stageNumber++;
        var results = new T[jobs.Count];
        var clock = Stopwatch.StartNew();
        var done = 0;
        var report = new object();
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            results[i] = jobs[i].Fit();
            lock (report)
            {
                done++;
                _progress?.Report(new TrainingProgress(stage, _stageNumber, _stageCount, done, jobs.Count, jobs[i].Item, clock.Elapsed));
            }
        });

        return results;
    }
}
