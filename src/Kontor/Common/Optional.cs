namespace Kontor.Common;

/// <summary>A value that is either absent or present (present may be null): what PATCH needs.</summary>
public readonly record struct Optional<T>(T Value);

public static class Optional
{
    public static Optional<T> Of<T>(T value) => new(value);
}
