// Non-variadic entry points into libvips for Swift (Swift cannot call C variadic functions).
// libvips itself is loaded the first time `tw_vips_start` runs (see tw_vips_api.h); until it
// has started, every entry point fails.
#ifndef TRIPWRIGHT_CVIPS_SHIM_H
#define TRIPWRIGHT_CVIPS_SHIM_H

#include <stddef.h>

/// Loads and starts libvips once per process; 0 on success, else -1 with the reason in
/// `tw_vips_error()`.
int tw_vips_start(void);

/// The last libvips error message (owned by libvips), or why libvips could not be loaded;
/// clears nothing.
const char *tw_vips_error(void);

/// Clears libvips' error buffer.
void tw_vips_error_clear(void);

/// Shrinks `in` so its longest edge is at most `size` px (never enlarges), applies the EXIF
/// orientation, flattens transparency onto white, and writes a baseline JPEG without metadata.
/// The final width and height are written to `width` and `height`. Returns 0 on success.
int tw_vips_thumbnail_jpeg(const char *in, const char *out, int size, int quality,
                           int *width, int *height);

/// Like `tw_vips_thumbnail_jpeg`, faster for JPEG originals (docs/benchmarks.md, "Reports"):
///  - decodes at the largest DCT shrink (1/2, 1/4, 1/8) that still leaves the longest edge at
///    or above `size`, so libjpeg-turbo skips most of the inverse DCT;
///  - reduces the rest with a linear kernel (the DCT shrink already did the anti-aliasing) in
///    two vertical passes with a quarter turn between them: in libvips 8.14 the vertical
///    reducer is vectorised and the horizontal one is not, and this halves the resize time;
///  - folds the EXIF rotation into the turn that undoes that quarter turn, so a portrait photo
///    (orientation 6) is turned once, not twice;
///  - writes a baseline JPEG without metadata.
///  - fails (rather than writing grey where pixels are missing) when the original is cut short
///    or damaged, so the report shows a prompt in its place.
/// Other formats, and JPEGs that are not 3-band, go through the thumbnail.
int tw_vips_downscale_jpeg(const char *in, const char *out, int size, int quality,
                           int *width, int *height);

/// Reads only the header of an image file: its width and height after EXIF orientation.
int tw_vips_size(const char *path, int *width, int *height);

/// Writes a synthetic JPEG (smooth bands plus grain, like a photo's entropy) for tests and
/// benchmarks, with an EXIF orientation tag when `orientation` is 2–8. Returns 0 on success.
int tw_vips_test_jpeg(const char *path, int width, int height, int orientation, double hfreq);

/// Writes a JPEG whose red rises left to right and green top to bottom, with an EXIF
/// orientation tag when `orientation` is 2–8: any wrong turn or flip shows in the pixels.
/// For tests. Returns 0 on success.
int tw_vips_test_gradient_jpeg(const char *path, int width, int height, int orientation);

/// The mean absolute difference per sample between an image file and libvips' own upright
/// thumbnail of another (`size` px on the longest edge), over the area both cover; for tests.
/// Returns -1 when either cannot be read or the sizes differ by more than a pixel.
double tw_vips_difference_from_thumbnail(const char *image, const char *original, int size);

/// Cuts a `width`×`height` window at (`left`, `top`) out of a photo and writes it the way a
/// phone camera does: baseline JPEG at `quality` with 4:2:0 chroma, and an EXIF orientation tag
/// when `orientation` is 2–8 (the pixels stay as cut, as a phone stores a portrait shot). For
/// benchmarks. Returns 0 on success.
int tw_vips_cut_jpeg(const char *in, const char *out, int left, int top, int width, int height,
                                   int quality, int orientation);

/// Copies an image into the format its target's name says (`.png`, `.webp`, `.tif`…), for
/// tests. Returns 0 on success.
int tw_vips_convert(const char *in, const char *out);

/// The EXIF orientation recorded in an image file (1 when none).
int tw_vips_orientation(const char *path);

/// When a photo was taken, from its EXIF block as libvips (libexif) reads it: DateTimeOriginal,
/// else DateTime, copied as `YYYY:MM:DD HH:MM:SS` into `out` (at least 20 bytes). The bytes are
/// read from memory, so uploads need no temporary file. Returns 0 when a date was found.
int tw_vips_exif_taken(const void *data, size_t length, char *out, size_t out_size);

/// Copies a JPEG, recording `taken` (`YYYY:MM:DD HH:MM:SS`) as its EXIF DateTimeOriginal
/// (libvips writes the EXIF block); for tests. Returns 0 on success.
int tw_vips_copy_with_exif_taken(const char *in, const char *out, const char *taken);

/// Whether `data` is a photo that decodes completely, as a report will need it. The loader is
/// chosen from the bytes (never the name) and must be one of JPEG, PNG, HEIF/HEIC, WebP or TIFF:
/// anything else (PDF, SVG, ImageMagick's formats) is refused before a decoder sees it. Every
/// pixel is then decoded with `fail_on` set to errors and truncation, so a file cut short or
/// damaged fails here instead of in a report. JPEGs decode at 1/8 scale: libjpeg still reads
/// every entropy-coded block (so truncation shows) but skips most of the inverse DCT.
/// Writes the width, height and loader name (e.g. `jpegload`) on success.
/// Returns 0 when it decodes; 1 when no accepted loader recognises the bytes; 2 when the header
/// cannot be read; 3 when the pixels do not decode; 4 when it has more than `max_pixels` pixels.
int tw_vips_decode_check(const void *data, size_t length, double max_pixels,
                         int *width, int *height, char *loader_out, size_t loader_size);

#endif
