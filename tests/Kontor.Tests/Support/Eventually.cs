namespace Kontor.Tests.Support;

/// <summary>Waits (in real time) for work that a background service does after the test moved the fake clock.</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var until = Environment.TickCount64 + (long)(timeout ?? TimeSpan.FromSeconds(15)).TotalMilliseconds;
        while (true)
        {
            var value = await read();
            if (done(value) || Environment.TickCount64 > until)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
