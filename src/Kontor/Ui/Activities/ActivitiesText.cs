namespace Kontor.Ui.Activities;

/// <summary>
/// Strings of the timeline composer, planned activities, payments, the notification bell, "my activities" and the
/// calendar feed; <c>ActivitiesText.resx</c> is English, <c>ActivitiesText.de.resx</c> German.
/// </summary>
public sealed class ActivitiesText;
