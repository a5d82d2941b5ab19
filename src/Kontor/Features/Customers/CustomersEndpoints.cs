namespace Kontor.Features.Customers;

public static class CustomersEndpoints
{
    public static IEndpointRouteBuilder MapCustomers(this IEndpointRouteBuilder app)
    {
        var companies = app.MapGroup("/api/v1/companies").WithTags("Companies").RequireAuthorization();
        companies.MapGet("/", ListCompanies.Handle).WithDescription(CustomFields.CustomFieldFilter.Description);
        companies.MapPost("/", CreateCompany.Handle);
        companies.MapGet("/{id:long}", GetCompany.Handle).WithName(nameof(GetCompany));
        companies.MapPatch("/{id:long}", UpdateCompany.Handle);
        companies.MapDelete("/{id:long}", DeleteCompany.Handle);
        companies.MapGet("/{id:long}/contacts", ListContacts.OfCompany);

        var contacts = app.MapGroup("/api/v1/contacts").WithTags("Contacts").RequireAuthorization();
        contacts.MapGet("/", ListContacts.Handle).WithDescription(CustomFields.CustomFieldFilter.Description);
        contacts.MapPost("/", CreateContact.Handle);
        contacts.MapGet("/{id:long}", GetContact.Handle).WithName(nameof(GetContact));
        contacts.MapPatch("/{id:long}", UpdateContact.Handle);
        contacts.MapDelete("/{id:long}", DeleteContact.Handle);
        return app;
    }
}
