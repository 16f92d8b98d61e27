/// A person travelling with the delegation (出國人員).
public struct Member: Hashable, Sendable, Identifiable {
    /// Stable id within the delegation, used by items' participant lists.
    public var id: String
    /// 項次: the order in the members table, from 1.
    public var order: Int
    /// 單位: agency and unit as written in the report.
    public var unit: String
    /// 職稱: job title.
    public var title: String
    /// 姓名.
    public var name: String
    /// 官職等: civil-service rank, when given.
    public var rank: String?
    /// E-mail, for calendar feeds and sign-in.
    public var email: String?
    /// Phone number on the road, as written (`+886-912-345-678`).
    public var phone: String?
    /// Leader or member.
    public var role: MemberRole

    /// Creates a member.
    public init(
        id: String,
        order: Int,
        unit: String,
        title: String,
        name: String,
        rank: String? = nil,
        email: String? = nil,
        phone: String? = nil,
        role: MemberRole = .member
    ) {
        self.id = id
        self.order = order
        self.unit = unit
        self.title = title
        self.name = name
        self.rank = rank
        self.email = email
        self.phone = phone
        self.role = role
    }
}
