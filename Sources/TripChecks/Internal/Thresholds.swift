import TripModel

/// The thresholds the hot loops read, looked up once per check instead of by name each time.
/// Values come through `CheckSettings.number`, so each is in its range: no speed is zero.
struct Thresholds {
    let travelBuffer, walkMaxKm, cityKm, continuityKm, daytripKm, datedMinutes: Double
    let detourCity, detourCountry: Double
    let speedWalk, speedCar, speedBus, speedRail, speedShip, speedFlight: Double
    /// Before-departure and after-arrival buffers by mode.
    let buffers: [TransportMode: (before: Double, after: Double)]

    init(_ s: CheckSettings) {
        travelBuffer = s.number(.travelBuffer)
        walkMaxKm = s.number(.walkMaxKm)
        cityKm = s.number(.cityKm)
        continuityKm = s.number(.continuityKm)
        daytripKm = s.number(.daytripKm)
        datedMinutes = s.number(.datedMinutes)
        detourCity = s.number(.detourCity)
        detourCountry = s.number(.detourCountry)
        speedWalk = s.number(.speedWalk)
        speedCar = s.number(.speedCar)
        speedBus = s.number(.speedBus)
        speedRail = s.number(.speedRail)
        speedShip = s.number(.speedShip)
        speedFlight = s.number(.speedFlight)
        var buffers: [TransportMode: (before: Double, after: Double)] = [:]
        for mode in TransportMode.allCases {
            // Nothing is known of a leg whose mode the plan does not know: no buffers asked.
            buffers[mode] = Threshold.buffers(for: mode).map { (s.number($0.before), s.number($0.after)) } ?? (0, 0)
        }
        self.buffers = buffers
    }

    /// Speed of a mode in km/h.
    func speed(_ mode: TransportMode) -> Double {
        switch mode {
        case .flight: speedFlight
        case .rail: speedRail
        case .bus: speedBus
        case .car: speedCar
        case .ship: speedShip
        case .walk: speedWalk
        case .unknown: 0
        }
    }
}
