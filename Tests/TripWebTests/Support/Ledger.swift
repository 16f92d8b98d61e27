/// What was acknowledged, in the order acknowledgements came.
actor Ledger {
    private(set) var values: [String] = []
    private(set) var refused = 0

    func add(_ value: String) { values.append(value) }
    func refuse() { refused += 1 }
}
