namespace Kontor.Ui.Deals;

/// <summary>Reads the value of a slice handler's typed result when the handler is the slice's only entry point.</summary>
public static class SliceResults
{
    public static T? ValueOf<T>(INestedHttpResult result) => result.Result is IValueHttpResult<T> ok ? ok.Value : default;
}
