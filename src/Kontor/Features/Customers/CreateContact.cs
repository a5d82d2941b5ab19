using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.CustomFields;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Customers;

public static class CreateContact
{
    public const int MaxCompanies = 50;

    /// <summary>A first name or a last name is required.</summary>
    public sealed record Request
    {
        [StringLength(50)]
        public string? Honorific { get; init; }

        [StringLength(100)]
        public string? FirstName { get; init; }

        [StringLength(100)]
        public string? SecondName { get; init; }

        [StringLength(100)]
        public string? LastName { get; init; }

        [StringLength(255)]
        public string? Position { get; init; }

        public DateOnly? Birthdate { get; init; }

        [StringLength(20_000)]
        public string? Comments { get; init; }

        public PostalAddress? Address { get; init; }

        [MaxLength(ChannelRules.MaxPerKind)]
        public IReadOnlyList<PhoneInput>? Phones { get; init; }

        [MaxLength(ChannelRules.MaxPerKind)]
        public IReadOnlyList<EmailInput>? Emails { get; init; }

        /// <summary>The companies the contact works for, in order; the first is the main one.</summary>
        [MaxLength(MaxCompanies)]
        public IReadOnlyList<long>? CompanyIds { get; init; }

        /// <summary>Defaults to the signed-in user.</summary>
        public long? ResponsibleId { get; init; }

        public bool? IsOpened { get; init; }

        /// <summary>Custom field values by code; fields not given get their default.</summary>
        [MaxLength(1000)]
        public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }
    }

    public static async Task<Results<CreatedAtRoute<ContactResponse>, ProblemHttpResult>> Handle(
        Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (contact, error) = await RunAsync(db, request, http.User.Id(), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(contact!.Version);
        return TypedResults.CreatedAtRoute(await ContactResponse.From(contact).WithIncompleteAsync(db, ct), nameof(GetContact), new { id = contact.Id });
    }

    /// <summary>The use case, for every surface that creates contacts.</summary>
    public static async Task<(Contact? Contact, Error? Error)> RunAsync(
        KontorDb db, Request request, long userId, TimeProvider clock, CancellationToken ct)
    {
        var companyIds = request.CompanyIds ?? [];
        if (companyIds.Distinct().Count() != companyIds.Count)
        {
            return (null, Error.Validation("companyIds", "A company is listed twice."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var contact = new Contact
        {
            Honorific = InputText.OrNull(request.Honorific),
            FirstName = InputText.OrNull(request.FirstName) ?? "",
            SecondName = InputText.OrNull(request.SecondName),
            LastName = InputText.OrNull(request.LastName) ?? "",
            Position = InputText.OrNull(request.Position),
            Birthdate = request.Birthdate,
            Comments = InputText.OrNull(request.Comments),
            Address = request.Address?.ToAddress() ?? new(),
            ResponsibleId = request.ResponsibleId ?? userId,
            IsOpened = request.IsOpened ?? true,
            CreatedAt = now,
            CreatedById = userId,
            UpdatedAt = now,
            UpdatedById = userId,
        };
        ChannelRules.Replace(contact.Channels, ChannelKind.Phone, (request.Phones ?? []).Select(p => new ChannelValue(p.Type ?? ChannelType.Work, p.Value)));
        ChannelRules.Replace(contact.Channels, ChannelKind.Email, (request.Emails ?? []).Select(e => new ChannelValue(e.Type ?? ChannelType.Work, e.Value)));
        CustomerChecks.LinkCompanies(contact, companyIds);
        if (await CustomerChecks.ContactAsync(db, contact, responsibleSet: true, companiesSet: true, ct) is { } error)
        {
            return (null, error);
        }

        var (customFields, customError) = await CustomFieldValidator.ForNewAsync(db, CustomFieldEntity.Contact, request.CustomFields, null, ct);
        if (customError is not null)
        {
            return (null, customError);
        }

        contact.CustomFields = customFields!;
        if (CustomerAccess.Check(db.Access, AccessAction.Add, contact) is { } denied)
        {
            return (null, denied);
        }

        db.Add(contact);
        await db.SaveChangesAsync(ct);
        return (contact, null);
    }
}
