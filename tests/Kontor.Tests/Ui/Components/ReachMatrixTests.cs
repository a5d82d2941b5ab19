using Bunit;
using Kontor.Features.Access;
using Kontor.Ui.Access;

namespace Kontor.Tests.Ui.Components;

public sealed class ReachMatrixTests : ComponentTest
{
    private int _changes;

    private IRenderedComponent<ReachMatrix> RenderMatrix(RoleDraft draft, bool disabled = false) =>
        Render<ReachMatrix>(p => p
            .Add(m => m.Draft, draft)
            .Add(m => m.Disabled, disabled)
            .Add(m => m.OnChange, () => _changes++));

    [Fact]
    public void Every_record_type_and_action_has_a_reach_dropdown_named_by_both()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderMatrix(RoleDraft.New());

        var selects = cut.FindAll("select");
        Assert.Equal(36, selects.Count);
        Assert.Equal("Aufträge: Lesen", selects[0].GetAttribute("aria-label"));
        Assert.Equal("Rechnungen: Importieren", selects[^1].GetAttribute("aria-label"));
        Assert.Equal(
            ["Keine", "Eigene", "Eigene Abteilung", "Abteilung und Unterabteilungen", "Alle offenen", "Alle"],
            cut.ByLabel("Kontakte: Ändern").QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal(["Datensatztyp", "Lesen", "Anlegen", "Ändern", "Löschen", "Exportieren", "Importieren"], cut.FindAll("thead th").Select(h => h.TextContent));
    }

    [Fact]
    public void The_cells_show_the_roles_reaches_in_english_too()
    {
        using var culture = InCulture("en-US");
        var draft = RoleDraft.New();
        draft[RecordType.Quote, AccessAction.Export] = Reach.DepartmentTree;

        var cut = RenderMatrix(draft);

        var cell = cut.ByLabel("Quotes: Export");
        Assert.Equal("DepartmentTree", cell.GetAttribute("value"));
        Assert.Contains("kr-reach--departmenttree", cell.GetAttribute("class"), StringComparison.Ordinal);
        Assert.Equal("None", cut.ByLabel("Deals: Read").GetAttribute("value"));
    }

    [Fact]
    public void Choosing_a_reach_sets_the_cell_and_reports_the_change()
    {
        using var culture = InCulture("de-DE");
        var draft = RoleDraft.New();
        var cut = RenderMatrix(draft);

        cut.ByLabel("Produkte: Lesen").Change("All");
        cut.ByLabel("Aufträge: Ändern").Change("Own");

        Assert.Equal((Reach.All, Reach.Own), (draft[RecordType.Product, AccessAction.Read], draft[RecordType.Deal, AccessAction.Change]));
        Assert.Equal(2, _changes);
        Assert.Equal(Reach.None, draft[RecordType.Deal, AccessAction.Read]);
    }

    [Fact]
    public void A_disabled_matrix_cannot_be_changed()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderMatrix(RoleDraft.New(), disabled: true);

        Assert.All(cut.FindAll("select"), s => Assert.True(s.IsDisabled()));
    }
}
