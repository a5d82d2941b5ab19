using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.CustomFields;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Customers;

public static class CreateCompany
{
    public sealed record Request
    {
        [Required, StringLength(255)]
        public string Name { get; init; } = "";

        [StringLength(100)]
        public string? Industry { get; init; }

        [StringLength(500)]
        public string? Website { get; init; }

        [StringLength(20_000)]
        public string? Comments { get; init; }

        public PostalAddress? Address { get; init; }

        [MaxLength(ChannelRules.MaxPerKind)]
        public IReadOnlyList<PhoneInput>? Phones { get; init; }

        [MaxLength(ChannelRules.MaxPerKind)]
        public IReadOnlyList<EmailInput>? Emails { get; init; }

        /// <summary>Defaults to the signed-in user.</summary>
        public long? ResponsibleId { get; init; }

        public bool? IsOpened { get; init; }

        /// <summary>Custom field values by code; fields not given get their default.</summary>
        [MaxLength(1000)]
        public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }
    }

    public static async Task<Results<CreatedAtRoute<CompanyResponse>, ProblemHttpResult>> Handle(
        Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (company, error) = await RunAsync(db, request, http.User.Id(), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(company!.Version);
        return TypedResults.CreatedAtRoute(await CompanyResponse.From(company).WithIncompleteAsync(db, ct), nameof(GetCompany), new { id = company.Id });
    }

    /// <summary>The use case, for every surface that creates companies.</summary>
    public static async Task<(Company? Company, Error? Error)> RunAsync(
        KontorDb db, Request request, long userId, TimeProvider clock, CancellationToken ct)
    {
        var responsibleId = request.ResponsibleId ?? userId;
        if (!await CustomerChecks.IsActiveUserAsync(db, responsibleId, ct))
        {
            return (null, CustomerErrors.CompanyUserNotFound);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var company = new Company
        {
            Name = request.Name.Trim(),
            Industry = InputText.OrNull(request.Industry),
            Website = InputText.OrNull(request.Website),
            Comments = InputText.OrNull(request.Comments),
            Address = request.Address?.ToAddress() ?? new(),
            ResponsibleId = responsibleId,
            IsOpened = request.IsOpened ?? true,
            CreatedAt = now,
            CreatedById = userId,
            UpdatedAt = now,
            UpdatedById = userId,
        };
        ChannelRules.Replace(company.Channels, ChannelKind.Phone, (request.Phones ?? []).Select(p => new ChannelValue(p.Type ?? ChannelType.Work, p.Value)));
        ChannelRules.Replace(company.Channels, ChannelKind.Email, (request.Emails ?? []).Select(e => new ChannelValue(e.Type ?? ChannelType.Work, e.Value)));

        var (customFields, customError) = await CustomFieldValidator.ForNewAsync(db, CustomFieldEntity.Company, request.CustomFields, null, ct);
        if (customError is not null)
        {
            return (null, customError);
        }

        company.CustomFields = customFields!;
        if (CustomerAccess.Check(db.Access, AccessAction.Add, company) is { } denied)
        {
            return (null, denied);
        }

        db.Add(company);
        await db.SaveChangesAsync(ct);
        return (company, null);
    }
}
