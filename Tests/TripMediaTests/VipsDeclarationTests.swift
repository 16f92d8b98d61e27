import CVipsCheck
import Testing
import TripMedia

/// libvips is loaded at run time through our own declarations of it; the types and values are
/// checked when CVipsCheck compiles, the field names here.
@Suite("Our declarations of libvips")
struct VipsDeclarationTests {
    @Test("the image field names we use are libvips' own")
    func fieldNamesMatch() {
        #expect(tw_vips_check_names() == 0)
    }

    @Test("libvips loads on first use")
    func loadsOnFirstUse() {
        #expect(Vips.started)
    }
}
