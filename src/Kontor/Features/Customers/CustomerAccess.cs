using Kontor.Common;
using Kontor.Features.Access;

namespace Kontor.Features.Customers;

/// <summary>A company or a contact: both have a responsible user and a "visible to everyone" flag that rights reach by.</summary>
public interface ICustomer : IVersioned
{
    long? ResponsibleId { get; }

    bool IsOpened { get; }
}

/// <summary>The company and contact rights of the context's user; reading is the context's query filter.</summary>
public static class CustomerAccess
{
    public static readonly Error Forbidden =
        new("customers.forbidden", "Your role does not allow this on the company or contact.", StatusCodes.Status403Forbidden);

    public static bool Allows(this AccessScope access, AccessAction action, ICustomer customer) =>
        access.Allows(customer is Company ? RecordType.Company : RecordType.Contact, action, customer.ResponsibleId, customer.IsOpened);

    /// <summary>Null when the user may do <paramref name="action"/> on the record; a refusal otherwise.</summary>
    public static Error? Check(AccessScope access, AccessAction action, ICustomer customer) =>
        access.Allows(action, customer) ? null : Forbidden;
}
