/// `/plan/new`: a new delegation's header and its leader, as typed, with refused fields marked.
struct NewDelegationPage {
    let form: FormView
    /// 出國類別 choices (plan values), the one typed selected.
    let categories: [Choice]
    /// Status choices, the one typed selected.
    let statuses: [Choice]
    let hasErrors: Bool
}
