using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Features.Deals;

namespace Kontor.Ui.Deals;

/// <summary>The fields of a deal that the page edits in place, one at a time.</summary>
public enum DealField
{
    Title,
    Amount,
    FollowsProducts,
    Currency,
    Probability,
    BeginDate,
    CloseDate,
    Source,
    Comments,
    Opened,
    Responsible,
    Observers,
    Company,
    Contacts,
}

/// <summary>What the user is typing into a field; copied from the deal when editing starts.</summary>
public sealed class DealDraft
{
    public string Title { get; set; } = "";

    public decimal? Amount { get; set; }

    public bool FollowsProducts { get; set; }

    public string Currency { get; set; } = "EUR";

    public int? Probability { get; set; }

    public DateTime? BeginDate { get; set; }

    public DateTime? CloseDate { get; set; }

    public string? SourceId { get; set; }

    public string? SourceDescription { get; set; }

    public string? Comments { get; set; }

    public bool IsOpened { get; set; }

    public long ResponsibleId { get; set; }

    public List<long> ObserverIds { get; set; } = [];

    public long? CompanyId { get; set; }

    public List<long> ContactIds { get; set; } = [];

    public static DealDraft From(DealResponse d) => new()
    {
        Title = d.Title,
        Amount = d.Amount,
        FollowsProducts = !d.IsManualAmount,
        Currency = d.Currency,
        Probability = d.Probability,
        BeginDate = d.BeginDate.ToDateTime(TimeOnly.MinValue),
        CloseDate = d.CloseDate.ToDateTime(TimeOnly.MinValue),
        SourceId = d.SourceId,
        SourceDescription = d.SourceDescription,
        Comments = d.Comments,
        IsOpened = d.IsOpened,
        ResponsibleId = d.ResponsibleId,
        ObserverIds = [.. d.ObserverIds],
        CompanyId = d.CompanyId,
        ContactIds = [.. d.ContactIds],
    };
}

/// <summary>Turns one edited field into a <see cref="DealChanges"/> that holds that field only, after checking its shape.</summary>
public static class DealEdits
{
    /// <summary>
    /// A message key (see <see cref="DealText"/>) when the value would be refused, else null. The limits are the
    /// annotations of <see cref="CreateDeal.Request"/>, the same the API enforces.
    /// </summary>
    public static string? Check(DealField field, DealDraft draft) => field switch
    {
        DealField.Title when string.IsNullOrWhiteSpace(draft.Title) => "Enter a title.",
        DealField.Title when !Fits(nameof(CreateDeal.Request.Title), draft.Title.Trim()) => "The title is too long.",
        DealField.Amount when draft.Amount is null => "Enter an amount.",
        DealField.Amount when !Fits(nameof(CreateDeal.Request.Amount), draft.Amount) || !IsStorable(draft.Amount.Value) => "Enter an amount between 0 and 100,000,000,000,000.",
        DealField.Probability when !Fits(nameof(CreateDeal.Request.Probability), draft.Probability) => "Enter a probability between 0 and 100.",
        DealField.BeginDate when draft.BeginDate is null => "Pick a date.",
        DealField.CloseDate when draft.CloseDate is null => "Pick a date.",
        DealField.Source when !Fits(nameof(CreateDeal.Request.SourceId), Blank(draft.SourceId)) ||
                              !Fits(nameof(CreateDeal.Request.SourceDescription), Blank(draft.SourceDescription)) => "The text is too long.",
        DealField.Comments when !Fits(nameof(CreateDeal.Request.Comments), Blank(draft.Comments)) => "The text is too long.",
        _ => null,
    };

    public static DealChanges ChangesFor(DealField field, DealDraft d) => field switch
    {
        DealField.Title => new() { Title = Optional.Of(d.Title.Trim()) },
        DealField.Amount => new() { Amount = Optional.Of<decimal?>(d.Amount) },
        DealField.FollowsProducts => new() { Amount = Optional.Of(d.FollowsProducts ? null : d.Amount) },
        DealField.Currency => new() { CurrencyCode = Optional.Of(d.Currency) },
        DealField.Probability => new() { Probability = Optional.Of(d.Probability) },
        DealField.BeginDate => new() { BeginDate = Optional.Of(DateOnly.FromDateTime(d.BeginDate!.Value)) },
        DealField.CloseDate => new() { CloseDate = Optional.Of(DateOnly.FromDateTime(d.CloseDate!.Value)) },
        DealField.Source => new()
        {
            SourceId = Optional.Of(Blank(d.SourceId)),
            SourceDescription = Optional.Of(Blank(d.SourceDescription)),
        },
        DealField.Comments => new() { Comments = Optional.Of(Blank(d.Comments)) },
        DealField.Opened => new() { IsOpened = Optional.Of(d.IsOpened) },
        DealField.Responsible => new() { ResponsibleId = Optional.Of(d.ResponsibleId) },
        DealField.Observers => new() { ObserverIds = d.ObserverIds.Distinct().ToList() },
        DealField.Company => new() { CompanyId = Optional.Of(d.CompanyId) },
        DealField.Contacts => new() { ContactIds = d.ContactIds.Distinct().ToList() },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool IsStorable(decimal value) => value == Money.RoundStored(value);

    private static bool Fits(string member, object? value)
    {
        var context = new ValidationContext(new CreateDeal.Request()) { MemberName = member };
        return Validator.TryValidateProperty(value, context, null);
    }
}

/// <summary>A change applied at once (a switch, adding or removing a person or customer), without an editor.</summary>
public sealed record DraftChange(DealField Field, Action<DealDraft> Apply);
