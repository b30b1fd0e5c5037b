namespace GovInfoDisclosure.Core.Tests.Support;

/// <summary>Measures what a piece of code allocates on the calling thread.</summary>
internal static class Allocations
{
    /// <summary>
    /// The fewest bytes that <paramref name="calls"/> calls of <paramref name="action"/> allocated, over a few
    /// attempts after a warm-up. The runtime itself now and then allocates on the thread while it promotes freshly
    /// compiled code; an allocation made by the code under test shows in every attempt, so the minimum is what the
    /// code costs.
    /// </summary>
    public static long Fewest(Action action, int calls = 1000, int attempts = 3)
    {
        for (int i = 0; i < 5; i++)
        {
            action();
        }

        long fewest = long.MaxValue;
        for (int attempt = 0; attempt < attempts && fewest > 0; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < calls; i++)
            {
                action();
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return fewest;
    }
}
