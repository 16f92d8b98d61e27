// Non-variadic entry points into libvips for Swift (Swift cannot call C variadic functions).
// Everything here only calls libvips; no image data is touched by hand.
#ifndef TRIPWRIGHT_CVIPS_SHIM_H
#define TRIPWRIGHT_CVIPS_SHIM_H

#include <string.h>
#include <vips/vips.h>

/// Starts libvips once per process; 0 on success.
static inline int tw_vips_start(void) {
    if (vips_init("tripwright") != 0) return -1;
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
    if (vips_thumbnail(in, &thumb, size, "height", size, "size", VIPS_SIZE_DOWN, NULL) != 0) return -1;
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

/// Like `tw_vips_thumbnail_jpeg`, faster for JPEG originals: decodes at the largest DCT
/// shrink (1/2, 1/4, 1/8) that still leaves the longest edge at or above `size`, rotates by the
/// EXIF orientation, reduces the rest with a linear kernel (the DCT shrink already did the
/// anti-aliasing), and writes a JPEG without metadata. Other formats go through the thumbnail.
static inline int tw_vips_downscale_jpeg(const char *in, const char *out, int size, int quality,
                                         int *width, int *height) {
    VipsImage *head = vips_image_new_from_file(in, NULL);
    if (head == NULL) return -1;
    const char *loader = NULL;
    int isJPEG = vips_image_get_typeof(head, VIPS_META_LOADER) &&
                 vips_image_get_string(head, VIPS_META_LOADER, &loader) == 0 && loader != NULL &&
                 strcmp(loader, "jpegload") == 0 && vips_image_get_bands(head) == 3;
    int longest = vips_image_get_width(head) > vips_image_get_height(head) ? vips_image_get_width(head) : vips_image_get_height(head);
    g_object_unref(head);
    if (!isJPEG) return tw_vips_thumbnail_jpeg(in, out, size, quality, width, height);
    int shrink = 1;
    while (shrink < 8 && longest / (shrink * 2) >= size) shrink *= 2;
    VipsImage *loaded = vips_image_new_from_file(in, "shrink", shrink, NULL);
    if (loaded == NULL) return -1;
    VipsImage *rotated = NULL;
    if (vips_autorot(loaded, &rotated, NULL) != 0) { g_object_unref(loaded); return -1; }
    g_object_unref(loaded);
    int edge = vips_image_get_width(rotated) > vips_image_get_height(rotated) ? vips_image_get_width(rotated) : vips_image_get_height(rotated);
    VipsImage *resized = rotated;
    if (edge > size) {
        if (vips_resize(rotated, &resized, (double)size / (double)edge, "kernel", VIPS_KERNEL_LINEAR, NULL) != 0) {
            g_object_unref(rotated);
            return -1;
        }
        g_object_unref(rotated);
    }
    *width = vips_image_get_width(resized);
    *height = vips_image_get_height(resized);
    int rc = vips_jpegsave(resized, out, "Q", quality, "strip", TRUE, NULL);
    g_object_unref(resized);
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

#endif
