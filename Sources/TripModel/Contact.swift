/// A person to reach about an item: the host's liaison (聯絡人), with how to reach them.
public struct Contact: Hashable, Sendable, Codable {
    /// Name as the plan writes it.
    public var name: String
    /// Their title, e.g. 科長.
    public var title: String?
    /// Phone number as written (`+81-92-711-4111`).
    public var phone: String?
    /// E-mail address.
    public var email: String?

    /// Creates a contact.
    public init(name: String, title: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.title = title
        self.phone = phone
        self.email = email
    }
}
