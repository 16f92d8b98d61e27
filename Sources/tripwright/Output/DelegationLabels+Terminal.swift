import Foundation
import TripModel

extension DelegationLabels {
    /// A leg on one line for the terminal: `JX840 星宇航空 桃園 (TPE) 09:30 → 福岡 (FUK) 13:05 JST`.
    func leg(_ l: Leg) -> String {
        var parts: [String] = []
        let service = [l.number, l.carrier].compactMap { $0 }.joined(separator: " ")
        parts.append(service.isEmpty ? l.mode.name(lang) : service)
        let from = [place(l.fromID), time(l.departure)].compactMap { $0 }.joined(separator: " ")
        let to = [place(l.toID), arrival(l)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        parts.append("\(from) → \(to)")
        if let remark = l.remark { parts.append(remark) }
        return parts.joined(separator: "  ")
    }
}
