using MudBlazor;

namespace Kontor.Ui.Shared;

public static class KontorTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1E3A5F",
            Secondary = "#2FC6F6",
            Tertiary = "#7BD500",
            AppbarBackground = "#1E3A5F",
            Background = "#F4F6F9",
            DrawerBackground = "#FFFFFF",
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
