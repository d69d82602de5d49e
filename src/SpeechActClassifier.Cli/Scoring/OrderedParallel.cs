namespace SpeechActClassifier.Cli.Scoring;

/// <summary>
/// Maps a stream with a bounded number of workers and yields the results in input order. At most
/// <c>4 × workers</c> items are in flight, so memory stays flat however long the input is; a slow item holds back
/// only the output, never the order.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Applies <paramref name="selector"/> to each item of <paramref name="source"/> on <paramref name="workers"/> threads.</summary>
    /// <param name="source">The items, read on the calling thread as the window frees.</param>
    /// <param name="selector">A function safe to call from several threads at once.</param>
    /// <param name="workers">How many items run at once; 1 runs everything on the calling thread.</param>
    /// <param name="stop">When set, no further item is started; those already started are still yielded, in order.</param>
    /// <returns>One result per item read, in input order.</returns>
    public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector, int workers, CancellationToken stop)
    {
        if (workers <= 1)
        {
            foreach (var item in source)
            {
                if (stop.IsCancellationRequested)
                {
                    yield break;
                }

                yield return selector(item);
            }

            yield break;
        }

        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, workers).ConcurrentScheduler;
        var window = new Queue<Task<TResult>>();
        foreach (var item in source)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }

            window.Enqueue(Task.Factory.StartNew(() => selector(item), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler));
            if (window.Count >= 4 * workers)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (window.Count > 0)
        {
            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }
}
