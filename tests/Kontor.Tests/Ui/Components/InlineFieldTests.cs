using Bunit;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Components;

public sealed class InlineFieldTests : ComponentTest
{
    private readonly List<string> _calls = [];

    [Fact]
    public void A_field_shows_its_label_and_value_until_it_is_edited()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderField();

        Assert.Equal("Titel", cut.Find(".kd-field-label").Text());
        Assert.Equal("Wartungsvertrag 2025", cut.Find(".kd-field-value").Text());
        Assert.Empty(cut.FindAll("input"));
        Assert.Equal(["Titel bearbeiten"], cut.ButtonNames());
    }

    [Fact]
    public void Clicking_the_value_or_the_pencil_asks_to_edit_and_the_editor_then_replaces_the_value()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderField();

        cut.ClickNow(() => cut.Find(".kd-field-value"));
        cut.Press("Titel bearbeiten");
        cut.Render(p => p.Add(f => f.Editing, true));

        Assert.Equal(["edit", "edit"], _calls);
        Assert.Empty(cut.FindAll(".kd-field-value"));
        Assert.Equal("Titel", cut.Find("input").GetAttribute("aria-label"));
        Assert.Equal(["Titel speichern", "Abbrechen"], cut.ButtonNames());
    }

    [Fact]
    public void Enter_in_the_editor_saves()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderField(editing: true);

        cut.Find("input").KeyDown(Key.Enter);

        Assert.Equal(["save"], _calls);
    }

    [Fact]
    public void Shift_enter_is_left_to_the_editor()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderField(editing: true);

        cut.Find("input").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter", ShiftKey = true });

        Assert.Empty(_calls);
    }

    [Fact]
    public void Escape_in_the_editor_cancels()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderField(editing: true);

        cut.Find("input").KeyDown(Key.Escape);

        Assert.Equal(["cancel"], _calls);
    }

    [Fact]
    public void A_field_whose_editor_needs_enter_saves_only_with_the_button_but_escape_still_cancels()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderField(editing: true, saveOnEnter: false);

        cut.Find("input").KeyDown(Key.Enter);
        cut.Find("input").KeyDown(Key.Escape);
        cut.Press("Titel speichern");

        Assert.Equal(["cancel", "save"], _calls);
    }

    [Fact]
    public void The_save_and_cancel_buttons_save_and_cancel()
    {
        using var culture = InCulture("en-US");
        var cut = RenderField(editing: true, label: "Title");

        cut.Press("Save Title");
        cut.Press("Cancel");

        Assert.Equal(["save", "cancel"], _calls);
    }

    [Fact]
    public void While_busy_saving_is_disabled_and_enter_saves_nothing_but_cancel_stays_possible()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderField(editing: true, busy: true);

        cut.Find("input").KeyDown(Key.Enter);

        Assert.Empty(_calls);
        Assert.True(cut.Button("Titel speichern").IsDisabled());
        Assert.False(cut.Button("Abbrechen").IsDisabled());
    }

    [Fact]
    public void An_error_is_announced_under_the_editor()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderField(editing: true, error: "Bitte einen Titel eingeben.");

        Assert.Equal("Bitte einen Titel eingeben.", cut.Find("[role=alert]").Text());
    }

    [Fact]
    public void Without_an_error_nothing_is_announced()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderField(editing: true);

        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public void A_read_only_field_has_no_pencil_and_a_click_on_it_edits_nothing()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderField(readOnly: true);

        cut.ClickNow(() => cut.Find(".kd-field-value"));

        Assert.Empty(_calls);
        Assert.Empty(cut.FindAll("button"));
        Assert.DoesNotContain("kd-clickable", cut.Find(".kd-field-value").ClassList);
    }

    [Fact]
    public void A_disabled_field_disables_its_pencil_and_a_click_on_the_value_edits_nothing()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderField(disabled: true);

        cut.ClickNow(() => cut.Find(".kd-field-value"));

        Assert.Empty(_calls);
        Assert.True(cut.Button("Titel bearbeiten").IsDisabled());
    }

    private IRenderedComponent<InlineField> RenderField(
        bool editing = false, bool busy = false, bool disabled = false, bool readOnly = false, bool saveOnEnter = true,
        string? error = null, string label = "Titel") =>
        Render<InlineField>(p => p
            .Add(f => f.Label, label)
            .Add(f => f.Display, "Wartungsvertrag 2025")
            .Add(f => f.Editor, $"<input aria-label=\"{label}\" value=\"Wartungsvertrag 2025\" />")
            .Add(f => f.Editing, editing)
            .Add(f => f.Busy, busy)
            .Add(f => f.Disabled, disabled)
            .Add(f => f.ReadOnly, readOnly)
            .Add(f => f.SaveOnEnter, saveOnEnter)
            .Add(f => f.Error, error)
            .Add(f => f.OnEdit, () => _calls.Add("edit"))
            .Add(f => f.OnSave, () => _calls.Add("save"))
            .Add(f => f.OnCancel, () => _calls.Add("cancel")));
}
