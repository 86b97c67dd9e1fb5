using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace LocalAction.Web.Features.Imports.Files;

/// <summary>
/// Enumerates a sequence on another thread, a bounded number of items ahead of its reader: the file is parsed on one core
/// while the rows already parsed are checked and written on the other. What the source throws is thrown to the reader.
/// </summary>
public static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int capacity, CancellationToken ct)
    {
        using var queue = new BlockingCollection<T>(capacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Exception? failure = null;
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var item in source) queue.Add(item, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The reader stopped early (a refused header, a cancelled request): so does the parsing.
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, CancellationToken.None);
        try
        {
            foreach (var item in queue.GetConsumingEnumerable(ct)) yield return item;
        }
        finally
        {
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }
        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
    }
}
