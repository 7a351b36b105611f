namespace RecoveryBot.Bot.Operations;

/// <summary>Counts turns being processed, so shutdown can wait for the last one to save and answer.</summary>
public sealed class TurnsInFlight
{
    private readonly Lock _gate = new();
    private int _count;
    private TaskCompletionSource _idle = CompletedIdle();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    public IDisposable Enter()
    {
        lock (_gate)
        {
            if (_count++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return new Exit(this);
    }

    /// <summary>Completes when no turn is in flight (at once if none is).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    private void Leave()
    {
        lock (_gate)
        {
            if (--_count == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource CompletedIdle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }

    private sealed class Exit(TurnsInFlight owner) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                owner.Leave();
            }
        }
    }
}
