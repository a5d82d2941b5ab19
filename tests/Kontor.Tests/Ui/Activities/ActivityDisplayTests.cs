using System.Globalization;
using Kontor.Ui.Activities;

namespace Kontor.Tests.Ui.Activities;

public sealed class ActivityDisplayTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc); // 10:00 in Berlin

    [Fact]
    public void Overdue_wins_then_today_in_the_users_zone_then_later()
    {
        var lateTonight = new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.FromHours(1));
        var afterMidnight = new DateTimeOffset(2026, 3, 3, 0, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal(Due.Overdue, ActivityDisplay.DueOf(lateTonight, overdue: true, Now, Berlin));
        Assert.Equal(Due.Today, ActivityDisplay.DueOf(lateTonight, overdue: false, Now, Berlin));
        Assert.Equal(Due.Later, ActivityDisplay.DueOf(afterMidnight, overdue: false, Now, Berlin));
    }

    [Fact]
    public void Today_shows_only_the_time_and_other_days_the_date_too()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal("14:00", ActivityDisplay.When(new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.Zero), Now, Berlin));
        Assert.Equal("03.03.2026 14:00", ActivityDisplay.When(new DateTimeOffset(2026, 3, 3, 13, 0, 0, TimeSpan.Zero), Now, Berlin));
    }

    [Theory]
    [InlineData("noAnswer", "No answer")]
    [InlineData("bankTransfer", "Bank transfer")]
    [InlineData("todo", "To-do")]
    [InlineData("shipped", "Shipped")]
    [InlineData(null, "")]
    public void Codes_of_timeline_data_map_to_text_keys(string? code, string key) => Assert.Equal(key, ActivityDisplay.NameOfCode(code));
}
