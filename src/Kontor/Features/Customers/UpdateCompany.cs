using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.CustomFields;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

/// <summary>
/// PATCH: a JSON object with any writable fields (merge-patch). A present field is changed, <c>null</c> clears it where
/// it may be empty; <c>phones</c> and <c>emails</c> replace the whole list; <c>address</c> merges part by part.
/// Unknown and read-only fields are refused. <c>If-Match</c> with a stale ETag is 412.
/// </summary>
public static class UpdateCompany
{
    public static async Task<Results<Ok<CompanyResponse>, ProblemHttpResult>> Handle(
        long id, JsonElement body, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (company, error) = await RunAsync(db, id, body, version => ETags.Matches(http.Request, version), http.User.Id(), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(company!.Version);
        return TypedResults.Ok(await company.WithIncompleteAsync(db, ct));
    }

    /// <summary>The use case for every surface; <paramref name="versionMatches"/> is the caller's precondition on the version.</summary>
    public static async Task<(CompanyResponse? Company, Error? Error)> RunAsync(
        KontorDb db, long id, JsonElement body, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct)
    {
        var patch = Read(body);
        if (patch.Finish() is { } invalid)
        {
            return (null, invalid);
        }

        var company = await db.Set<Company>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (company is null)
        {
            return (null, CustomerErrors.CompanyNotFound);
        }

        if (CustomerAccess.Check(db.Access, AccessAction.Change, company) is { } denied)
        {
            return (null, denied);
        }

        if (!versionMatches(company.Version))
        {
            return (null, CustomerErrors.PreconditionFailed);
        }

        if (CustomFieldPatch.Of(body) is { } customPatch)
        {
            var (customFields, customError) = await CustomFieldValidator.MergeAsync(db, CustomFieldEntity.Company, company.CustomFields, customPatch, null, ct);
            if (customError is not null)
            {
                return (null, customError);
            }

            company.CustomFields = customFields!;
        }

        patch.ApplyTo(company);
        if (patch.Has("responsibleId") && company.ResponsibleId is { } responsible && !await CustomerChecks.IsActiveUserAsync(db, responsible, ct))
        {
            return (null, CustomerErrors.CompanyUserNotFound);
        }

        // The right must also hold for the company as it will be (a responsible outside the role's reach is refused).
        if (CustomerAccess.Check(db.Access, AccessAction.Change, company) is { } outside)
        {
            return (null, outside);
        }

        if (db.ChangeTracker.HasChanges())
        {
            company.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            company.UpdatedById = userId;

            // Marks the company itself as changed when only its phones or e-mails did, so that its version moves on.
            db.Entry(company).Property(c => c.UpdatedAt).IsModified = true;
            await db.SaveChangesAsync(ct);
        }

        return (CompanyResponse.From(company), null);
    }

    public static PatchReader<Company> Read(JsonElement body)
    {
        var patch = new PatchReader<Company>(body);
        patch.Text("name", 255, (c, v) => c.Name = v!, required: true);
        patch.Text("industry", 100, (c, v) => c.Industry = v);
        patch.Text("website", 500, (c, v) => c.Website = v);
        patch.Text("comments", 20_000, (c, v) => c.Comments = v);
        patch.Nested("address", c => c.Address, c => c.Address = new(), PostalAddress.Read);
        patch.Channels("phones", ChannelKind.Phone, (c, v) => ChannelRules.Replace(c.Channels, ChannelKind.Phone, v));
        patch.Channels("emails", ChannelKind.Email, (c, v) => ChannelRules.Replace(c.Channels, ChannelKind.Email, v));
        patch.IdOrNull("responsibleId", (c, v) => c.ResponsibleId = v);
        patch.Bool("isOpened", (c, v) => c.IsOpened = v);
        patch.Field("customFields", (v, path) => CustomFieldPatch.Read(patch, v, path) is null ? null : _ => { });
        patch.ReadOnly("id", "createdAt", "createdById", "updatedAt", "updatedById", "version", "incompleteFields");
        return patch;
    }
}
