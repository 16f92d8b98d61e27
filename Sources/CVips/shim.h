// Non-variadic entry points into libvips for Swift (Swift cannot call C variadic functions).
// Everything here only calls libvips; no image data is touched by hand.
#ifndef TRIPWRIGHT_CVIPS_SHIM_H
#define TRIPWRIGHT_CVIPS_SHIM_H

#include <stdlib.h>
#include <string.h>
#include <vips/vips.h>

/// Drops libvips' own warnings ("premature end of JPEG file"): a damaged photo is reported by
/// the caller, in the user's language, and glib's lines on the terminal said nothing more.
static inline void tw_vips_quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

/// Starts libvips once per process; 0 on success.
static inline int tw_vips_start(void) {
    if (vips_init("tripwright") != 0) return -1;
    g_log_set_handler("VIPS", (GLogLevelFlags)(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE), tw_vips_quiet, NULL);
    vips_cache_set_max(0);          // no operation cache: each photo is read once
    vips_concurrency_set(1);        // callers run photos in parallel instead
    return 0;
}

/// The last libvips error message (owned by libvips); clears nothing.
static inline const char *tw_vips_error(void) { return vips_error_buffer(); }

/// Clears libvips' error buffer.
static inline void tw_vips_error_clear(void) { vips_error_clear(); }

/// Shrinks `in` so its longest edge is at most `size` px (never enlarges), applies the EXIF
/// orientation, flattens transparency onto white, and writes a baseline JPEG without metadata.
/// The final width and height are written to `width` and `height`. Returns 0 on success.
static inline int tw_vips_thumbnail_jpeg(const char *in, const char *out, int size, int quality,
                                         int *width, int *height) {
    VipsImage *thumb = NULL;
    if (vips_thumbnail(in, &thumb, size, "height", size, "size", VIPS_SIZE_DOWN,
                       "fail_on", VIPS_FAIL_ON_ERROR, NULL) != 0) return -1;
    VipsImage *flat = thumb;
    if (vips_image_hasalpha(thumb)) {
        VipsArrayDouble *white = vips_array_double_newv(3, 255.0, 255.0, 255.0);
        int rc = vips_flatten(thumb, &flat, "background", white, NULL);
        vips_area_unref(VIPS_AREA(white));
        if (rc != 0) { g_object_unref(thumb); return -1; }
        g_object_unref(thumb);
    }
    VipsImage *srgb = flat;
    if (vips_image_guess_interpretation(flat) != VIPS_INTERPRETATION_sRGB &&
        vips_image_guess_interpretation(flat) != VIPS_INTERPRETATION_B_W) {
        if (vips_colourspace(flat, &srgb, VIPS_INTERPRETATION_sRGB, NULL) != 0) { g_object_unref(flat); return -1; }
        g_object_unref(flat);
    }
    *width = vips_image_get_width(srgb);
    *height = vips_image_get_height(srgb);
    int rc = vips_jpegsave(srgb, out, "Q", quality, "strip", TRUE, NULL);
    g_object_unref(srgb);
    return rc;
}

/// The clockwise quarter turns (0–3) that make an image with EXIF orientation `orientation`
/// upright, or -1 for the mirrored orientations (2, 4, 5, 7).
static inline int tw_orientation_turns(int orientation) {
    switch (orientation) {
    case 3: return 2;
    case 6: return 1;
    case 8: return 3;
    case 2: case 4: case 5: case 7: return -1;
    default: return 0;
    }
}

/// Turns `in` clockwise by `turns` quarter turns (0–3); `*out` gets a new reference.
static inline int tw_vips_turn(VipsImage *in, VipsImage **out, int turns) {
    static const VipsAngle angles[4] = {VIPS_ANGLE_D0, VIPS_ANGLE_D90, VIPS_ANGLE_D180, VIPS_ANGLE_D270};
    if (turns % 4 == 0) { g_object_ref(in); *out = in; return 0; }
    return vips_rot(in, out, angles[turns % 4], NULL);
}

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
static inline int tw_vips_downscale_jpeg(const char *in, const char *out, int size, int quality,
                                         int *width, int *height) {
    VipsImage *head = vips_image_new_from_file(in, NULL);
    if (head == NULL) return -1;
    const char *loader = NULL;
    int isJPEG = vips_image_get_typeof(head, VIPS_META_LOADER) &&
                 vips_image_get_string(head, VIPS_META_LOADER, &loader) == 0 && loader != NULL &&
                 strcmp(loader, "jpegload") == 0 && vips_image_get_bands(head) == 3;
    int longest = VIPS_MAX(vips_image_get_width(head), vips_image_get_height(head));
    int turns = tw_orientation_turns(vips_image_get_orientation(head));
    g_object_unref(head);
    if (!isJPEG) return tw_vips_thumbnail_jpeg(in, out, size, quality, width, height);
    int shrink = 1;
    while (shrink < 8 && longest / (shrink * 2) >= size) shrink *= 2;
    VipsImage *loaded = vips_image_new_from_file(in, "shrink", shrink, "fail_on", VIPS_FAIL_ON_ERROR, NULL);
    if (loaded == NULL) return -1;
    int edge = VIPS_MAX(vips_image_get_width(loaded), vips_image_get_height(loaded));
    VipsImage *upright = NULL;
    if (edge > size) {
        double factor = (double)edge / (double)size;
        VipsImage *tall = NULL, *turned = NULL, *small = NULL;
        int rc = vips_reducev(loaded, &tall, factor, "kernel", VIPS_KERNEL_LINEAR, NULL);
        g_object_unref(loaded);
        if (rc != 0) return -1;
        rc = vips_rot90(tall, &turned, NULL);
        g_object_unref(tall);
        if (rc != 0) return -1;
        rc = vips_reducev(turned, &small, factor, "kernel", VIPS_KERNEL_LINEAR, NULL);
        g_object_unref(turned);
        if (rc != 0) return -1;
        // `small` is the shrunk image turned a quarter clockwise: three more quarter turns undo
        // that, and the EXIF rotation adds its own.
        if (turns >= 0) {
            rc = tw_vips_turn(small, &upright, 3 + turns);
            g_object_unref(small);
            if (rc != 0) return -1;
        } else {
            VipsImage *straight = NULL;
            rc = tw_vips_turn(small, &straight, 3);
            g_object_unref(small);
            if (rc != 0) return -1;
            rc = vips_autorot(straight, &upright, NULL);
            g_object_unref(straight);
            if (rc != 0) return -1;
        }
    } else {
        int rc = vips_autorot(loaded, &upright, NULL);
        g_object_unref(loaded);
        if (rc != 0) return -1;
    }
    *width = vips_image_get_width(upright);
    *height = vips_image_get_height(upright);
    int rc = vips_jpegsave(upright, out, "Q", quality, "strip", TRUE, NULL);
    g_object_unref(upright);
    return rc;
}

/// Reads only the header of an image file: its width and height after EXIF orientation.
static inline int tw_vips_size(const char *path, int *width, int *height) {
    VipsImage *image = vips_image_new_from_file(path, NULL);
    if (image == NULL) return -1;
    int w = vips_image_get_width(image), h = vips_image_get_height(image);
    int orientation = vips_image_get_orientation(image);
    if (orientation >= 5 && orientation <= 8) { int t = w; w = h; h = t; }
    *width = w;
    *height = h;
    g_object_unref(image);
    return 0;
}

/// Writes a synthetic JPEG (smooth bands plus grain, like a photo's entropy) for tests and
/// benchmarks, with an EXIF orientation tag when `orientation` is 2–8. Returns 0 on success.
static inline int tw_vips_test_jpeg(const char *path, int width, int height, int orientation, double hfreq) {
    VipsImage *sines = NULL, *scaled = NULL, *noise = NULL, *sum = NULL, *grey = NULL, *two = NULL, *rgb = NULL;
    int rc = -1;
    if (vips_sines(&sines, width, height, "hfreq", hfreq, "vfreq", hfreq / 2 + 1, NULL)) goto done;
    if (vips_linear1(sines, &scaled, 90.0, 128.0, NULL)) goto done;
    if (vips_gaussnoise(&noise, width, height, "sigma", 12.0, "mean", 0.0, NULL)) goto done;
    if (vips_add(scaled, noise, &sum, NULL)) goto done;
    if (vips_cast(sum, &grey, VIPS_FORMAT_UCHAR, NULL)) goto done;
    if (vips_bandjoin2(grey, grey, &two, NULL)) goto done;
    if (vips_bandjoin2(two, grey, &rgb, NULL)) goto done;
    rgb->Type = VIPS_INTERPRETATION_sRGB;
    if (orientation >= 2 && orientation <= 8) vips_image_set_int(rgb, VIPS_META_ORIENTATION, orientation);
    rc = vips_jpegsave(rgb, path, "Q", 90, NULL);
done:
    if (sines) g_object_unref(sines);
    if (scaled) g_object_unref(scaled);
    if (noise) g_object_unref(noise);
    if (sum) g_object_unref(sum);
    if (grey) g_object_unref(grey);
    if (two) g_object_unref(two);
    if (rgb) g_object_unref(rgb);
    return rc;
}

/// Writes a JPEG whose red rises left to right and green top to bottom, with an EXIF
/// orientation tag when `orientation` is 2–8: any wrong turn or flip shows in the pixels.
/// For tests. Returns 0 on success.
static inline int tw_vips_test_gradient_jpeg(const char *path, int width, int height, int orientation) {
    VipsImage *xy = NULL, *x = NULL, *y = NULL, *red = NULL, *green = NULL, *blue = NULL,
              *rg = NULL, *rgbf = NULL, *rgb = NULL;
    int rc = -1;
    if (vips_xyz(&xy, width, height, NULL)) goto done;
    if (vips_extract_band(xy, &x, 0, NULL) || vips_extract_band(xy, &y, 1, NULL)) goto done;
    if (vips_linear1(x, &red, 255.0 / width, 0.0, NULL)) goto done;
    if (vips_linear1(y, &green, 255.0 / height, 0.0, NULL)) goto done;
    if (vips_linear1(x, &blue, 0.0, 128.0, NULL)) goto done;
    if (vips_bandjoin2(red, green, &rg, NULL) || vips_bandjoin2(rg, blue, &rgbf, NULL)) goto done;
    if (vips_cast(rgbf, &rgb, VIPS_FORMAT_UCHAR, NULL)) goto done;
    rgb->Type = VIPS_INTERPRETATION_sRGB;
    if (orientation >= 2 && orientation <= 8) vips_image_set_int(rgb, VIPS_META_ORIENTATION, orientation);
    rc = vips_jpegsave(rgb, path, "Q", 95, NULL);
done:
    if (xy) g_object_unref(xy);
    if (x) g_object_unref(x);
    if (y) g_object_unref(y);
    if (red) g_object_unref(red);
    if (green) g_object_unref(green);
    if (blue) g_object_unref(blue);
    if (rg) g_object_unref(rg);
    if (rgbf) g_object_unref(rgbf);
    if (rgb) g_object_unref(rgb);
    return rc;
}

/// The mean absolute difference per sample between an image file and libvips' own upright
/// thumbnail of another (`size` px on the longest edge), over the area both cover; for tests.
/// Returns -1 when either cannot be read or the sizes differ by more than a pixel.
static inline double tw_vips_difference_from_thumbnail(const char *image, const char *original, int size) {
    VipsImage *a = vips_image_new_from_file(image, NULL), *b = NULL, *ca = NULL, *cb = NULL, *diff = NULL, *absd = NULL;
    double mean = -1;
    int w, h;
    if (a == NULL) return -1;
    if (vips_thumbnail(original, &b, size, "height", size, "size", VIPS_SIZE_DOWN, NULL)) goto done;
    w = VIPS_MIN(a->Xsize, b->Xsize);
    h = VIPS_MIN(a->Ysize, b->Ysize);
    if (abs(a->Xsize - b->Xsize) > 1 || abs(a->Ysize - b->Ysize) > 1 || a->Bands != b->Bands) goto done;
    if (vips_crop(a, &ca, 0, 0, w, h, NULL) || vips_crop(b, &cb, 0, 0, w, h, NULL)) goto done;
    if (vips_subtract(ca, cb, &diff, NULL) || vips_abs(diff, &absd, NULL)) goto done;
    if (vips_avg(absd, &mean, NULL)) mean = -1;
done:
    g_object_unref(a);
    if (b) g_object_unref(b);
    if (ca) g_object_unref(ca);
    if (cb) g_object_unref(cb);
    if (diff) g_object_unref(diff);
    if (absd) g_object_unref(absd);
    return mean;
}

/// Cuts a `width`×`height` window at (`left`, `top`) out of a photo and writes it the way a
/// phone camera does: baseline JPEG at `quality` with 4:2:0 chroma, and an EXIF orientation tag
/// when `orientation` is 2–8 (the pixels stay as cut, as a phone stores a portrait shot). For
/// benchmarks. Returns 0 on success.
static inline int tw_vips_cut_jpeg(const char *in, const char *out, int left, int top, int width, int height,
                                   int quality, int orientation) {
    VipsImage *image = vips_image_new_from_file(in, NULL), *cut = NULL;
    if (image == NULL) return -1;
    int rc = vips_crop(image, &cut, left, top, width, height, NULL);
    g_object_unref(image);
    if (rc != 0) return -1;
    if (orientation >= 2 && orientation <= 8) vips_image_set_int(cut, VIPS_META_ORIENTATION, orientation);
    else vips_image_remove(cut, VIPS_META_ORIENTATION);
    rc = vips_jpegsave(cut, out, "Q", quality, "subsample_mode", VIPS_FOREIGN_SUBSAMPLE_ON, NULL);
    g_object_unref(cut);
    return rc;
}

/// Copies an image into the format its target's name says (`.png`, `.webp`, `.tif`…), for
/// tests. Returns 0 on success.
static inline int tw_vips_convert(const char *in, const char *out) {
    VipsImage *image = vips_image_new_from_file(in, NULL);
    if (image == NULL) return -1;
    int rc = vips_image_write_to_file(image, out, NULL);
    g_object_unref(image);
    return rc;
}

/// The EXIF orientation recorded in an image file (1 when none).
static inline int tw_vips_orientation(const char *path) {
    VipsImage *image = vips_image_new_from_file(path, NULL);
    if (image == NULL) return -1;
    int o = vips_image_get_orientation(image);
    g_object_unref(image);
    return o;
}

/// When a photo was taken, from its EXIF block as libvips (libexif) reads it: DateTimeOriginal,
/// else DateTime, copied as `YYYY:MM:DD HH:MM:SS` into `out` (at least 20 bytes). The bytes are
/// read from memory, so uploads need no temporary file. Returns 0 when a date was found.
static inline int tw_vips_exif_taken(const void *data, size_t length, char *out, size_t out_size) {
    if (out_size < 20) return -1;
    VipsImage *image = vips_image_new_from_buffer(data, length, "", NULL);
    if (image == NULL) return -1;
    const char *fields[] = {"exif-ifd2-DateTimeOriginal", "exif-ifd0-DateTime"};
    int rc = -1;
    for (int i = 0; i < 2 && rc != 0; i++) {
        const char *value = NULL;
        if (vips_image_get_typeof(image, fields[i]) == 0) continue;
        if (vips_image_get_string(image, fields[i], &value) != 0 || value == NULL) continue;
        // libvips writes "2025:09:01 10:20:00 (2025:09:01 10:20:00, ASCII, 20 components, 20 bytes)".
        if (strlen(value) < 19) continue;
        memcpy(out, value, 19);
        out[19] = 0;
        rc = 0;
    }
    g_object_unref(image);
    vips_error_clear();
    return rc;
}

/// Copies a JPEG, recording `taken` (`YYYY:MM:DD HH:MM:SS`) as its EXIF DateTimeOriginal
/// (libvips writes the EXIF block); for tests. Returns 0 on success.
static inline int tw_vips_copy_with_exif_taken(const char *in, const char *out, const char *taken) {
    VipsImage *image = vips_image_new_from_file(in, NULL);
    if (image == NULL) return -1;
    VipsImage *copy = NULL;
    int rc = vips_copy(image, &copy, NULL);
    if (rc == 0) {
        vips_image_set_string(copy, "exif-ifd2-DateTimeOriginal", taken);
        rc = vips_jpegsave(copy, out, "Q", 80, NULL);
        g_object_unref(copy);
    }
    g_object_unref(image);
    return rc;
}

/// Whether `data` is a photo that decodes completely, as a report will need it. The loader is
/// chosen from the bytes (never the name) and must be one of JPEG, PNG, HEIF/HEIC, WebP or TIFF:
/// anything else (PDF, SVG, ImageMagick's formats) is refused before a decoder sees it. Every
/// pixel is then decoded with `fail_on` set to errors and truncation, so a file cut short or
/// damaged fails here instead of in a report. JPEGs decode at 1/8 scale: libjpeg still reads
/// every entropy-coded block (so truncation shows) but skips most of the inverse DCT.
/// Writes the width, height and loader name (e.g. `jpegload`) on success.
/// Returns 0 when it decodes; 1 when no accepted loader recognises the bytes; 2 when the header
/// cannot be read; 3 when the pixels do not decode; 4 when it has more than `max_pixels` pixels.
static inline int tw_vips_decode_check(const void *data, size_t length, double max_pixels,
                                       int *width, int *height, char *loader_out, size_t loader_size) {
    static const char *accepted[] = {"jpegload_buffer", "pngload_buffer", "heifload_buffer",
                                     "webpload_buffer", "tiffload_buffer", NULL};
    if (length == 0) return 1;
    const char *class_name = vips_foreign_find_load_buffer(data, length);
    vips_error_clear();
    if (class_name == NULL) return 1;
    // The finder names the class (VipsForeignLoadJpegBuffer); the nickname is the stable name.
    GType type = g_type_from_name(class_name);
    if (type == 0) return 1;
    VipsObjectClass *klass = VIPS_OBJECT_CLASS(g_type_class_ref(type));
    const char *loader = klass->nickname;
    g_type_class_unref(klass);
    if (loader == NULL) return 1;
    int known = 0;
    for (int i = 0; accepted[i] != NULL; i++) {
        if (strcmp(loader, accepted[i]) == 0) known = 1;
    }
    if (!known) return 1;
    if (loader_out != NULL && loader_size > 0) {
        size_t n = strcspn(loader, "_");
        if (n >= loader_size) n = loader_size - 1;
        memcpy(loader_out, loader, n);
        loader_out[n] = 0;
    }
    int isJPEG = strcmp(loader, "jpegload_buffer") == 0;
    VipsImage *head = vips_image_new_from_buffer(data, length, "", "fail_on", VIPS_FAIL_ON_ERROR, NULL);
    if (head == NULL) return 2;
    *width = vips_image_get_width(head);
    *height = vips_image_get_height(head);
    g_object_unref(head);
    if ((double)*width * (double)*height > max_pixels) return 4;
    VipsImage *image = isJPEG
        ? vips_image_new_from_buffer(data, length, "", "access", VIPS_ACCESS_SEQUENTIAL,
                                     "fail_on", VIPS_FAIL_ON_ERROR, "shrink", 8, NULL)
        : vips_image_new_from_buffer(data, length, "", "access", VIPS_ACCESS_SEQUENTIAL,
                                     "fail_on", VIPS_FAIL_ON_ERROR, NULL);
    if (image == NULL) return 2;
    double mean = 0;
    int rc = vips_avg(image, &mean, NULL);
    g_object_unref(image);
    return rc == 0 ? 0 : 3;
}

#endif
