/// `/d/ID/report`: every report kind with a download link per format.
struct ReportPage {
    let trip: TripHeader
    let kinds: [Kind]

    /// One kind.
    struct Kind {
        let id: String
        let name: String
        let formats: [Download]
    }

    /// One format's link.
    struct Download {
        let format: String
        let link: String
    }
}
