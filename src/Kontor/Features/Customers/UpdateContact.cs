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
/// PATCH: a JSON object with any writable fields (merge-patch), read like a company's. <c>companyIds</c> replaces the
/// whole ordered list. The contact must keep a first or last name. <c>If-Match</c> with a stale ETag is 412.
/// </summary>
public static class UpdateContact
{
    public static async Task<Results<Ok<ContactResponse>, ProblemHttpResult>> Handle(
        long id, JsonElement body, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (contact, error) = await RunAsync(db, id, body, version => ETags.Matches(http.Request, version), http.User.Id(), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(contact!.Version);
        return TypedResults.Ok(await contact.WithIncompleteAsync(db, ct));
    }

    /// <summary>The use case for every surface; <paramref name="versionMatches"/> is the caller's precondition on the version.</summary>
    public static async Task<(ContactResponse? Contact, Error? Error)> RunAsync(
        KontorDb db, long id, JsonElement body, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct)
    {
        var patch = Read(body);
        if (patch.Finish() is { } invalid)
        {
            return (null, invalid);
        }

        var contact = await db.Set<Contact>().Include(c => c.Companies).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contact is null)
        {
            return (null, CustomerErrors.ContactNotFound);
        }

        if (CustomerAccess.Check(db.Access, AccessAction.Change, contact) is { } denied)
        {
            return (null, denied);
        }

        if (!versionMatches(contact.Version))
        {
            return (null, CustomerErrors.PreconditionFailed);
        }

        if (CustomFieldPatch.Of(body) is { } customPatch)
        {
            var (customFields, customError) = await CustomFieldValidator.MergeAsync(db, CustomFieldEntity.Contact, contact.CustomFields, customPatch, null, ct);
            if (customError is not null)
            {
                return (null, customError);
            }

            contact.CustomFields = customFields!;
        }

        // Checked on the changed contact; a refusal returns before anything is saved.
        patch.ApplyTo(contact);
        if (await CustomerChecks.ContactAsync(db, contact, patch.Has("responsibleId"), patch.Has("companyIds"), ct) is { } error)
        {
            return (null, error);
        }

        // The right must also hold for the contact as it will be (a responsible outside the role's reach is refused).
        if (CustomerAccess.Check(db.Access, AccessAction.Change, contact) is { } outside)
        {
            return (null, outside);
        }

        if (db.ChangeTracker.HasChanges())
        {
            contact.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            contact.UpdatedById = userId;

            // Marks the contact itself as changed when only its phones, e-mails or companies did, so that its version moves on.
            db.Entry(contact).Property(c => c.UpdatedAt).IsModified = true;
            await db.SaveChangesAsync(ct);
        }

        return (ContactResponse.From(contact), null);
    }

    public static PatchReader<Contact> Read(JsonElement body)
    {
        var patch = new PatchReader<Contact>(body);
        patch.Text("honorific", 50, (c, v) => c.Honorific = v);
        patch.Text("firstName", 100, (c, v) => c.FirstName = v ?? "");
        patch.Text("secondName", 100, (c, v) => c.SecondName = v);
        patch.Text("lastName", 100, (c, v) => c.LastName = v ?? "");
        patch.Text("position", 255, (c, v) => c.Position = v);
        patch.DateOrNull("birthdate", (c, v) => c.Birthdate = v);
        patch.Text("comments", 20_000, (c, v) => c.Comments = v);
        patch.Nested("address", c => c.Address, c => c.Address = new(), PostalAddress.Read);
        patch.Channels("phones", ChannelKind.Phone, (c, v) => ChannelRules.Replace(c.Channels, ChannelKind.Phone, v));
        patch.Channels("emails", ChannelKind.Email, (c, v) => ChannelRules.Replace(c.Channels, ChannelKind.Email, v));
        patch.Ids("companyIds", CreateContact.MaxCompanies, CustomerChecks.LinkCompanies);
        patch.IdOrNull("responsibleId", (c, v) => c.ResponsibleId = v);
        patch.Bool("isOpened", (c, v) => c.IsOpened = v);
        patch.Field("customFields", (v, path) => CustomFieldPatch.Read(patch, v, path) is null ? null : _ => { });
        patch.ReadOnly("id", "createdAt", "createdById", "updatedAt", "updatedById", "version", "incompleteFields");
        return patch;
    }
}
