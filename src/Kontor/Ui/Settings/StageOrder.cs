namespace Kontor.Ui.Settings;

/// <summary>
/// The new order of a pipeline's stages after one stage moved, as the full list of ids the reorder slice takes. Whether
/// the order keeps the pipeline's rules is the slice's decision; this only moves the id.
/// </summary>
public static class StageOrder
{
    /// <summary>The order with the stage one place earlier, or null when it is first already (or unknown).</summary>
    public static IReadOnlyList<long>? Up(IReadOnlyList<long> order, long stageId)
    {
        var index = IndexOf(order, stageId);
        return index > 0 ? MoveTo(order, stageId, index - 1) : null;
    }

    /// <summary>The order with the stage one place later, or null when it is last already (or unknown).</summary>
    public static IReadOnlyList<long>? Down(IReadOnlyList<long> order, long stageId)
    {
        var index = IndexOf(order, stageId);
        return index >= 0 && index < order.Count - 1 ? MoveTo(order, stageId, index + 1) : null;
    }

    /// <summary>The order with the stage at <paramref name="index"/> (clamped to the list), or null when nothing moves.</summary>
    public static IReadOnlyList<long>? MoveTo(IReadOnlyList<long> order, long stageId, int index)
    {
        var from = IndexOf(order, stageId);
        if (from < 0)
        {
            return null;
        }

        var to = Math.Clamp(index, 0, order.Count - 1);
        if (to == from)
        {
            return null;
        }

        var moved = order.Where(id => id != stageId).ToList();
        moved.Insert(to, stageId);
        return moved;
    }

    private static int IndexOf(IReadOnlyList<long> order, long stageId)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == stageId)
            {
                return i;
            }
        }

        return -1;
    }
}
