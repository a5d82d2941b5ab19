namespace Kontor.BrowserTests.Support;

/// <summary>The UI saves after it shows a change; reads of the database wait for the save.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, T expected, int timeoutMs = 5_000)
    {
        var until = Environment.TickCount64 + timeoutMs;
        var value = await read();
        while (!EqualityComparer<T>.Default.Equals(value, expected) && Environment.TickCount64 < until)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
