/// Which buffer thresholds apply to which mode of travel: the one table the checks read them from.
extension Threshold {
    /// The buffers asked before a mode's departure and after its arrival; nil for a leg whose
    /// mode the plan does not know (nothing is asked of it). Car and walk legs share the
    /// `buffer.other.*` pair.
    public static func buffers(for mode: TransportMode) -> (before: Threshold, after: Threshold)? {
        switch mode {
        case .flight: (.bufferFlightBefore, .bufferFlightAfter)
        case .rail: (.bufferRailBefore, .bufferRailAfter)
        case .bus: (.bufferBusBefore, .bufferBusAfter)
        case .ship: (.bufferShipBefore, .bufferShipAfter)
        case .car, .walk: (.bufferOtherBefore, .bufferOtherAfter)
        case .unknown: nil
        }
    }
}
