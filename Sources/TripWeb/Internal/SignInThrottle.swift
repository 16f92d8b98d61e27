import Foundation

/// Slows down repeated failed sign-ins from one client: after 3 failures in 15 minutes each try
/// waits longer (1, 2, 4 … up to 16 units), and after 10 the client is refused until the
/// window passes.
actor SignInThrottle {
    private var failures: [String: [Date]] = [:]

    /// How long to wait before answering, and whether to refuse outright.
    func penalty(for client: String, now: Date) -> (delay: Double, refuse: Bool) {
        let recent = prune(client, now: now)
        if recent >= 10 { return (0, true) }
        if recent < 3 { return (0, false) }
        return (min(16, pow(2, Double(recent - 3))), false)
    }

    /// Records a failed attempt.
    func fail(_ client: String, now: Date) {
        _ = prune(client, now: now)
        failures[client, default: []].append(now)
    }

    /// Forgets a client's failures after a success.
    func succeed(_ client: String) { failures[client] = nil }

    private func prune(_ client: String, now: Date) -> Int {
        let kept = (failures[client] ?? []).filter { now.timeIntervalSince($0) < 15 * 60 }
        failures[client] = kept.isEmpty ? nil : kept
        return kept.count
    }
}
