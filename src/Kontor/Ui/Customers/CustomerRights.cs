using Kontor.Features.Access;

namespace Kontor.Ui.Customers;

/// <summary>What the signed-in user's roles allow on one company or contact, for the buttons its page shows.</summary>
public sealed record CustomerRights(bool Change, bool Delete)
{
    public static CustomerRights All { get; } = new(true, true);

    /// <summary>The same question the slice cores ask before they change or delete the record.</summary>
    public static CustomerRights Of(AccessScope access, RecordType type, long? responsibleId, bool isOpened) => new(
        access.Allows(type, AccessAction.Change, responsibleId, isOpened),
        access.Allows(type, AccessAction.Delete, responsibleId, isOpened));
}
