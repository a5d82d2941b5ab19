using Kontor.Common;
using Kontor.Features.CustomFields;
using Kontor.Features.Pipelines;
using Kontor.Features.Products;

namespace Kontor.Features.Deals;

/// <summary>
/// The deal (Auftrag): everything about one sale. Setters that carry rules are private; change the deal through its
/// methods, which return an <see cref="Error"/> when a rule refuses and raise events the timeline records.
/// </summary>
public sealed class Deal : AggregateRoot
{
    private Deal()
    {
    }

    public string Title { get; private set; } = "";

    public long PipelineId { get; private set; }

    public long StageId { get; private set; }

    public StageSemantic StageSemantic { get; private set; }

    public bool IsClosed { get; private set; }

    public decimal Amount { get; private set; }

    public string CurrencyCode { get; private set; } = "EUR";

    public bool IsManualAmount { get; private set; }

    public decimal TaxValue { get; private set; }

    public int? Probability { get; private set; }

    public long? CompanyId { get; private set; }

    public long ResponsibleId { get; private set; }

    public DateOnly BeginDate { get; private set; }

    /// <summary>The expected close date while open; the actual one once closed.</summary>
    public DateOnly CloseDate { get; private set; }

    public string? SourceId { get; private set; }

    public string? SourceDescription { get; private set; }

    public string? Comments { get; private set; }

    /// <summary>Visible to everyone ("opened" in Bitrix24).</summary>
    public bool IsOpened { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public long CreatedById { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public long UpdatedById { get; private set; }

    public DateTime MovedAt { get; private set; }

    public long MovedById { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public long? ClosedById { get; private set; }

    /// <summary>Custom field values: a JSON object keyed by field code (see Features/CustomFields).</summary>
    public string CustomFields { get; private set; } = "{}";

    /// <summary>Contacts in order; the first is the primary contact.</summary>
    public List<DealContact> Contacts { get; private set; } = [];

    public List<DealObserver> Observers { get; private set; } = [];

    public List<DealProductRow> ProductRows { get; private set; } = [];

    public static Deal Create(NewDeal input, Pipeline pipeline, Stage stage, long userId, DateTime utcNow)
    {
        var today = DateOnly.FromDateTime(utcNow);
        var deal = new Deal
        {
            Title = input.Title,
            PipelineId = pipeline.Id,
            StageId = stage.Id,
            StageSemantic = stage.Semantic,
            CurrencyCode = input.CurrencyCode,
            Amount = input.Amount ?? 0m,
            IsManualAmount = input.Amount is not null,
            Probability = input.Probability,
            CompanyId = input.CompanyId,
            ResponsibleId = input.ResponsibleId ?? userId,
            BeginDate = input.BeginDate ?? today,
            CloseDate = input.CloseDate ?? (input.BeginDate ?? today).AddDays(7),
            SourceId = input.SourceId,
            SourceDescription = input.SourceDescription,
            Comments = input.Comments,
            IsOpened = input.IsOpened ?? true,
            CustomFields = input.CustomFields,
            CreatedAt = utcNow,
            CreatedById = userId,
            UpdatedAt = utcNow,
            UpdatedById = userId,
            MovedAt = utcNow,
            MovedById = userId,
        };
        deal.Contacts.AddRange(input.ContactIds.Select((id, i) => new DealContact { ContactId = id, Sort = i }));
        deal.Observers.AddRange(input.ObserverIds.Distinct().Select(id => new DealObserver { UserId = id }));
        if (stage.IsFinal)
        {
            deal.Close(stage, userId, utcNow);
        }

        deal.Raise(new DealCreated(deal, stage));
        return deal;
    }

    /// <summary>Moves the deal to a stage of its pipeline; a won or lost stage closes it, an in-progress stage reopens it.</summary>
    public Error? MoveTo(Stage stage, long userId, DateTime utcNow)
    {
        if (stage.PipelineId != PipelineId)
        {
            return DealErrors.StageOfAnotherPipeline;
        }

        if (stage.Id == StageId)
        {
            return null;
        }

        var from = StageId;
        var wasClosed = IsClosed;
        (StageId, StageSemantic, MovedAt, MovedById) = (stage.Id, stage.Semantic, utcNow, userId);
        Touch(userId, utcNow);
        Raise(new DealMoved(this, from, stage.Id, PipelineId, PipelineId, userId, utcNow));
        if (stage.IsFinal && !wasClosed)
        {
            Close(stage, userId, utcNow);
        }
        else if (!stage.IsFinal && wasClosed)
        {
            (IsClosed, ClosedAt, ClosedById) = (false, null, null);
            Raise(new DealReopened(this, userId, utcNow));
        }
        else if (stage.IsFinal && wasClosed)
        {
            Raise(new DealClosed(this, stage.Semantic, userId, utcNow));
            (ClosedAt, ClosedById) = (utcNow, userId);
        }

        return null;
    }

    /// <summary>Moves the deal into another pipeline, onto the first in-progress stage there (DESIGN §4).</summary>
    public Error? MoveToPipeline(Pipeline pipeline, long userId, DateTime utcNow)
    {
        if (pipeline.Id == PipelineId)
        {
            return null;
        }

        var first = pipeline.FirstStage;
        var (fromStage, fromPipeline) = (StageId, PipelineId);
        var wasClosed = IsClosed;
        (PipelineId, StageId, StageSemantic, MovedAt, MovedById) = (pipeline.Id, first.Id, first.Semantic, utcNow, userId);
        Touch(userId, utcNow);
        Raise(new DealMoved(this, fromStage, first.Id, fromPipeline, pipeline.Id, userId, utcNow));
        if (wasClosed)
        {
            (IsClosed, ClosedAt, ClosedById) = (false, null, null);
            Raise(new DealReopened(this, userId, utcNow));
        }

        return null;
    }

    private void Close(Stage stage, long userId, DateTime utcNow)
    {
        (IsClosed, ClosedAt, ClosedById, CloseDate) = (true, utcNow, userId, DateOnly.FromDateTime(utcNow));
        Raise(new DealClosed(this, stage.Semantic, userId, utcNow));
    }

    /// <summary>
    /// Applies plain field changes and records each one (old → new) for the timeline; <paramref name="customFields"/> are
    /// the new custom field values, already checked and merged, each changed one recorded as <c>customFields.CODE</c>.
    /// </summary>
    public void Change(DealChanges changes, long userId, DateTime utcNow, string? customFields = null)
    {
        var changed = new List<FieldChange>();
        Set(nameof(Title), Title, changes.Title, v => Title = v!);
        Set(nameof(CurrencyCode), CurrencyCode, changes.CurrencyCode, v => CurrencyCode = v!);
        Set(nameof(Probability), Probability, changes.Probability, v => Probability = v);
        Set(nameof(CompanyId), CompanyId, changes.CompanyId, v => CompanyId = v);
        Set(nameof(ResponsibleId), ResponsibleId, changes.ResponsibleId, v => ResponsibleId = v);
        Set(nameof(BeginDate), BeginDate, changes.BeginDate, v => BeginDate = v);
        Set(nameof(CloseDate), CloseDate, changes.CloseDate, v => CloseDate = v);
        Set(nameof(SourceId), SourceId, changes.SourceId, v => SourceId = v);
        Set(nameof(SourceDescription), SourceDescription, changes.SourceDescription, v => SourceDescription = v);
        Set(nameof(Comments), Comments, changes.Comments, v => Comments = v);
        Set(nameof(IsOpened), IsOpened, changes.IsOpened, v => IsOpened = v);

        if (changes.ContactIds is { } contacts && !contacts.SequenceEqual(Contacts.OrderBy(c => c.Sort).Select(c => c.ContactId)))
        {
            changed.Add(new FieldChange("ContactIds", Json(Contacts.OrderBy(c => c.Sort).Select(c => c.ContactId)), Json(contacts)));
            Contacts.Clear();
            Contacts.AddRange(contacts.Select((id, i) => new DealContact { ContactId = id, Sort = i }));
        }

        if (changes.ObserverIds is { } observers && !observers.Distinct().Order().SequenceEqual(Observers.Select(o => o.UserId).Order()))
        {
            changed.Add(new FieldChange("ObserverIds", Json(Observers.Select(o => o.UserId).Order()), Json(observers.Distinct().Order())));
            Observers.RemoveAll(o => !observers.Contains(o.UserId));
            Observers.AddRange(observers.Distinct().Where(id => Observers.All(o => o.UserId != id)).Select(id => new DealObserver { UserId = id }));
        }

        if (customFields is not null && customFields != CustomFields)
        {
            changed.AddRange(CustomValues.Diff(CustomFields, customFields).Select(c => new FieldChange(CustomFieldValidator.Path(c.Code), c.From, c.To)));
            CustomFields = customFields;
        }

        if (changes.Amount is { } amount)
        {
            var manual = amount.Value is not null;
            Set(nameof(IsManualAmount), IsManualAmount, Optional.Of(manual), v => IsManualAmount = v);
            if (manual)
            {
                Set(nameof(Amount), Amount, Optional.Of(amount.Value!.Value), v => Amount = v);
            }
            else
            {
                Recalculate(changed);
            }
        }

        if (changed.Count > 0)
        {
            Touch(userId, utcNow);
            Raise(new DealFieldsChanged(this, changed, userId, utcNow));
        }

        void Set<T>(string field, T current, Optional<T>? next, Action<T> apply)
        {
            if (next is { } value && !EqualityComparer<T>.Default.Equals(current, value.Value))
            {
                changed.Add(new FieldChange(field, Invariant(current), Invariant(value.Value)));
                apply(value.Value);
            }
        }
    }

    /// <summary>Replaces the product rows; the amount and tax follow unless the amount was set by hand.</summary>
    public void ReplaceProductRows(IReadOnlyList<DealProductRow> rows, long userId, DateTime utcNow)
    {
        var before = ProductRows.Select(r => r.Describe()).ToList();
        ProductRows.Clear();
        ProductRows.AddRange(rows);
        var changed = new List<FieldChange>();
        Recalculate(changed);
        Touch(userId, utcNow);
        Raise(new DealProductsChanged(this, before, rows.Select(r => r.Describe()).ToList(), changed, userId, utcNow));
    }

    private void Recalculate(List<FieldChange> changed)
    {
        var tax = ProductRows.Sum(r => r.TaxTotal);
        if (tax != TaxValue)
        {
            changed.Add(new FieldChange(nameof(TaxValue), TaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), tax.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            TaxValue = tax;
        }

        if (!IsManualAmount)
        {
            var amount = ProductRows.Sum(r => r.Total);
            if (amount != Amount)
            {
                changed.Add(new FieldChange(nameof(Amount), Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Amount = amount;
            }
        }
    }

    private void Touch(long userId, DateTime utcNow) => (UpdatedAt, UpdatedById) = (utcNow, userId);

    /// <summary>History keeps values culture-free (ISO dates, invariant numbers) so every reader shows them in its own culture.</summary>
    private static string? Invariant(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Json<T>(IEnumerable<T> values) => System.Text.Json.JsonSerializer.Serialize(values);
}

public sealed class DealContact
{
    public long DealId { get; set; }

    public long ContactId { get; set; }

    public int Sort { get; set; }
}

public sealed class DealObserver
{
    public long DealId { get; set; }

    public long UserId { get; set; }
}

/// <summary>A product row on a deal: catalog or free text, with the four prices of <see cref="LineItem"/>.</summary>
public sealed class DealProductRow
{
    public long Id { get; private set; }

    public long DealId { get; private set; }

    public long? ProductId { get; init; }

    public string Name { get; init; } = "";

    public decimal Quantity { get; init; }

    public string Unit { get; init; } = "pcs";

    public DiscountType DiscountType { get; init; }

    public decimal DiscountRate { get; init; }

    /// <summary>The discount as entered: a percent or an amount per unit.</summary>
    public decimal DiscountValue { get; init; }

    public decimal DiscountSum { get; init; }

    public decimal? TaxRate { get; init; }

    public bool TaxIncluded { get; init; }

    /// <summary>The unit price as entered (gross when tax is included).</summary>
    public decimal EnteredPrice { get; init; }

    public decimal PriceNetto { get; init; }

    public decimal PriceBrutto { get; init; }

    public decimal PriceExclusive { get; init; }

    public decimal Price { get; init; }

    public decimal NetTotal { get; init; }

    public decimal TaxTotal { get; init; }

    public decimal Total { get; init; }

    public int Sort { get; init; }

    public static DealProductRow From(long? productId, string name, string unit, int sort, LineItemInput input, int minorUnits)
    {
        var item = LineItem.Compute(input, minorUnits);
        return new DealProductRow
        {
            ProductId = productId,
            Name = name,
            Unit = unit,
            Sort = sort,
            Quantity = input.Quantity,
            DiscountType = input.DiscountType,
            DiscountValue = input.DiscountValue,
            DiscountRate = item.DiscountRate,
            DiscountSum = item.DiscountSum,
            TaxRate = input.TaxRate,
            TaxIncluded = input.TaxIncluded,
            EnteredPrice = input.Price,
            PriceNetto = item.PriceNetto,
            PriceBrutto = item.PriceBrutto,
            PriceExclusive = item.PriceExclusive,
            Price = item.Price,
            NetTotal = item.NetTotal,
            TaxTotal = item.TaxTotal,
            Total = item.Total,
        };
    }

    public string Describe() => FormattableString.Invariant($"{Quantity:0.####} {Unit} × {Name} = {Total:0.00}");
}
