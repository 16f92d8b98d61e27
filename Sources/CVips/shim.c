// Non-variadic entry points into libvips for Swift (Swift cannot call C variadic functions).
// Everything here only calls libvips, through the functions loader.c finds at run time; no
// image data is touched by hand. Each entry point fails (-1) while libvips is not loaded.
#include <stdlib.h>
#include <string.h>

#include "shim.h"
#include "tw_vips_api.h"

// libvips' and GLib's names for what the code below calls, mapped onto the loaded functions
// and our copies of the constants, so the code reads as libvips' documentation writes it.
#define vips_init (tw_vips.vips_init)
#define vips_error_buffer (tw_vips.vips_error_buffer)
#define vips_error_clear (tw_vips.vips_error_clear)
#define vips_cache_set_max (tw_vips.vips_cache_set_max)
#define vips_concurrency_set (tw_vips.vips_concurrency_set)
#define vips_thumbnail (tw_vips.vips_thumbnail)
#define vips_image_hasalpha (tw_vips.vips_image_hasalpha)
#define vips_array_double_newv (tw_vips.vips_array_double_newv)
#define vips_flatten (tw_vips.vips_flatten)
#define vips_area_unref (tw_vips.vips_area_unref)
#define vips_image_guess_interpretation (tw_vips.vips_image_guess_interpretation)
#define vips_colourspace (tw_vips.vips_colourspace)
#define vips_image_get_width (tw_vips.vips_image_get_width)
#define vips_image_get_height (tw_vips.vips_image_get_height)
#define vips_image_get_bands (tw_vips.vips_image_get_bands)
#define vips_image_get_orientation (tw_vips.vips_image_get_orientation)
#define vips_image_get_typeof (tw_vips.vips_image_get_typeof)
#define vips_image_get_string (tw_vips.vips_image_get_string)
#define vips_image_set_int (tw_vips.vips_image_set_int)
#define vips_image_set_string (tw_vips.vips_image_set_string)
#define vips_image_remove (tw_vips.vips_image_remove)
#define vips_image_new_from_file (tw_vips.vips_image_new_from_file)
#define vips_image_new_from_buffer (tw_vips.vips_image_new_from_buffer)
#define vips_image_write_to_file (tw_vips.vips_image_write_to_file)
#define vips_jpegsave (tw_vips.vips_jpegsave)
#define vips_rot (tw_vips.vips_rot)
#define vips_rot90 (tw_vips.vips_rot90)
#define vips_reducev (tw_vips.vips_reducev)
#define vips_autorot (tw_vips.vips_autorot)
#define vips_copy (tw_vips.vips_copy)
#define vips_crop (tw_vips.vips_crop)
#define vips_sines (tw_vips.vips_sines)
#define vips_linear1 (tw_vips.vips_linear1)
#define vips_gaussnoise (tw_vips.vips_gaussnoise)
#define vips_add (tw_vips.vips_add)
#define vips_subtract (tw_vips.vips_subtract)
#define vips_abs (tw_vips.vips_abs)
#define vips_avg (tw_vips.vips_avg)
#define vips_cast (tw_vips.vips_cast)
#define vips_bandjoin2 (tw_vips.vips_bandjoin2)
#define vips_xyz (tw_vips.vips_xyz)
#define vips_extract_band (tw_vips.vips_extract_band)
#define vips_foreign_find_load_buffer (tw_vips.vips_foreign_find_load_buffer)
#define vips_nickname_find (tw_vips.vips_nickname_find)
#define g_log_set_handler (tw_vips.g_log_set_handler)
#define g_object_ref (tw_vips.g_object_ref)
#define g_object_unref (tw_vips.g_object_unref)
#define g_type_from_name (tw_vips.g_type_from_name)

#define VIPS_SIZE_DOWN TW_VIPS_SIZE_DOWN
#define VIPS_FAIL_ON_ERROR TW_VIPS_FAIL_ON_ERROR
#define VIPS_INTERPRETATION_B_W TW_VIPS_INTERPRETATION_B_W
#define VIPS_INTERPRETATION_sRGB TW_VIPS_INTERPRETATION_sRGB
#define VIPS_ANGLE_D0 TW_VIPS_ANGLE_D0
#define VIPS_ANGLE_D90 TW_VIPS_ANGLE_D90
#define VIPS_ANGLE_D180 TW_VIPS_ANGLE_D180
#define VIPS_ANGLE_D270 TW_VIPS_ANGLE_D270
#define VIPS_KERNEL_LINEAR TW_VIPS_KERNEL_LINEAR
#define VIPS_FORMAT_UCHAR TW_VIPS_FORMAT_UCHAR
#define VIPS_FOREIGN_SUBSAMPLE_ON TW_VIPS_FOREIGN_SUBSAMPLE_ON
#define VIPS_ACCESS_SEQUENTIAL TW_VIPS_ACCESS_SEQUENTIAL
#define G_LOG_LEVEL_WARNING TW_G_LOG_LEVEL_WARNING
#define G_LOG_LEVEL_MESSAGE TW_G_LOG_LEVEL_MESSAGE
#define VIPS_META_LOADER TW_VIPS_META_LOADER
#define VIPS_META_ORIENTATION TW_VIPS_META_ORIENTATION
#define VIPS_MAX(A, B) ((A) > (B) ? (A) : (B))
#define VIPS_MIN(A, B) ((A) < (B) ? (A) : (B))
#define VIPS_AREA(X) ((VipsArea *)(X))
#define TRUE 1

/// Drops libvips' own warnings ("premature end of JPEG file"): a damaged photo is reported by
/// the caller, in the user's language, and glib's lines on the terminal said nothing more.
static void tw_vips_quiet(const char *domain, int level, const char *message, void *data) {
    (void)domain; (void)level; (void)message; (void)data;
}

int tw_vips_start(void) {
    if (tw_vips_load() != 0) return -1;
    if (vips_init("tripwright") != 0) return -1;
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE, tw_vips_quiet, NULL);
    vips_cache_set_max(0);          // no operation cache: each photo is read once
    vips_concurrency_set(1);        // callers run photos in parallel instead
    return 0;
}

const char *tw_vips_error(void) { return tw_vips_loaded() ? vips_error_buffer() : tw_vips_load_error(); }

void tw_vips_error_clear(void) {
    if (tw_vips_loaded()) vips_error_clear();
}

int tw_vips_thumbnail_jpeg(const char *in, const char *out, int size, int quality,
                           int *width, int *height) {
    if (!tw_vips_loaded()) return -1;
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
static int tw_orientation_turns(int orientation) {
    switch (orientation) {
    case 3: return 2;
    case 6: return 1;
    case 8: return 3;
    case 2: case 4: case 5: case 7: return -1;
    default: return 0;
    }
}

/// Turns `in` clockwise by `turns` quarter turns (0–3); `*out` gets a new reference.
static int tw_vips_turn(VipsImage *in, VipsImage **out, int turns) {
    static const unsigned int angles[4] = {VIPS_ANGLE_D0, VIPS_ANGLE_D90, VIPS_ANGLE_D180, VIPS_ANGLE_D270};
    if (turns % 4 == 0) { g_object_ref(in); *out = in; return 0; }
    return vips_rot(in, out, angles[turns % 4], NULL);
}

int tw_vips_downscale_jpeg(const char *in, const char *out, int size, int quality,
                           int *width, int *height) {
    if (!tw_vips_loaded()) return -1;
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

int tw_vips_size(const char *path, int *width, int *height) {
    if (!tw_vips_loaded()) return -1;
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

int tw_vips_test_jpeg(const char *path, int width, int height, int orientation, double hfreq) {
    if (!tw_vips_loaded()) return -1;
    VipsImage *sines = NULL, *scaled = NULL, *noise = NULL, *sum = NULL, *grey = NULL, *two = NULL, *joined = NULL,
              *rgb = NULL;
    int rc = -1;
    if (vips_sines(&sines, width, height, "hfreq", hfreq, "vfreq", hfreq / 2 + 1, NULL)) goto done;
    if (vips_linear1(sines, &scaled, 90.0, 128.0, NULL)) goto done;
    if (vips_gaussnoise(&noise, width, height, "sigma", 12.0, "mean", 0.0, NULL)) goto done;
    if (vips_add(scaled, noise, &sum, NULL)) goto done;
    if (vips_cast(sum, &grey, VIPS_FORMAT_UCHAR, NULL)) goto done;
    if (vips_bandjoin2(grey, grey, &two, NULL)) goto done;
    if (vips_bandjoin2(two, grey, &joined, NULL)) goto done;
    if (vips_copy(joined, &rgb, "interpretation", VIPS_INTERPRETATION_sRGB, NULL)) goto done;
    if (orientation >= 2 && orientation <= 8) vips_image_set_int(rgb, VIPS_META_ORIENTATION, orientation);
    rc = vips_jpegsave(rgb, path, "Q", 90, NULL);
done:
    if (sines) g_object_unref(sines);
    if (scaled) g_object_unref(scaled);
    if (noise) g_object_unref(noise);
    if (sum) g_object_unref(sum);
    if (grey) g_object_unref(grey);
    if (two) g_object_unref(two);
    if (joined) g_object_unref(joined);
    if (rgb) g_object_unref(rgb);
    return rc;
}

int tw_vips_test_gradient_jpeg(const char *path, int width, int height, int orientation) {
    if (!tw_vips_loaded()) return -1;
    VipsImage *xy = NULL, *x = NULL, *y = NULL, *red = NULL, *green = NULL, *blue = NULL,
              *rg = NULL, *rgbf = NULL, *cast = NULL, *rgb = NULL;
    int rc = -1;
    if (vips_xyz(&xy, width, height, NULL)) goto done;
    if (vips_extract_band(xy, &x, 0, NULL) || vips_extract_band(xy, &y, 1, NULL)) goto done;
    if (vips_linear1(x, &red, 255.0 / width, 0.0, NULL)) goto done;
    if (vips_linear1(y, &green, 255.0 / height, 0.0, NULL)) goto done;
    if (vips_linear1(x, &blue, 0.0, 128.0, NULL)) goto done;
    if (vips_bandjoin2(red, green, &rg, NULL) || vips_bandjoin2(rg, blue, &rgbf, NULL)) goto done;
    if (vips_cast(rgbf, &cast, VIPS_FORMAT_UCHAR, NULL)) goto done;
    if (vips_copy(cast, &rgb, "interpretation", VIPS_INTERPRETATION_sRGB, NULL)) goto done;
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
    if (cast) g_object_unref(cast);
    if (rgb) g_object_unref(rgb);
    return rc;
}

double tw_vips_difference_from_thumbnail(const char *image, const char *original, int size) {
    if (!tw_vips_loaded()) return -1;
    VipsImage *a = vips_image_new_from_file(image, NULL), *b = NULL, *ca = NULL, *cb = NULL, *diff = NULL, *absd = NULL;
    double mean = -1;
    int w, h;
    if (a == NULL) return -1;
    if (vips_thumbnail(original, &b, size, "height", size, "size", VIPS_SIZE_DOWN, NULL)) goto done;
    w = VIPS_MIN(vips_image_get_width(a), vips_image_get_width(b));
    h = VIPS_MIN(vips_image_get_height(a), vips_image_get_height(b));
    if (abs(vips_image_get_width(a) - vips_image_get_width(b)) > 1 ||
        abs(vips_image_get_height(a) - vips_image_get_height(b)) > 1 ||
        vips_image_get_bands(a) != vips_image_get_bands(b)) goto done;
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

int tw_vips_cut_jpeg(const char *in, const char *out, int left, int top, int width, int height,
                                   int quality, int orientation) {
    if (!tw_vips_loaded()) return -1;
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

int tw_vips_convert(const char *in, const char *out) {
    if (!tw_vips_loaded()) return -1;
    VipsImage *image = vips_image_new_from_file(in, NULL);
    if (image == NULL) return -1;
    int rc = vips_image_write_to_file(image, out, NULL);
    g_object_unref(image);
    return rc;
}

int tw_vips_orientation(const char *path) {
    if (!tw_vips_loaded()) return -1;
    VipsImage *image = vips_image_new_from_file(path, NULL);
    if (image == NULL) return -1;
    int o = vips_image_get_orientation(image);
    g_object_unref(image);
    return o;
}

int tw_vips_exif_taken(const void *data, size_t length, char *out, size_t out_size) {
    if (!tw_vips_loaded()) return -1;
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

int tw_vips_copy_with_exif_taken(const char *in, const char *out, const char *taken) {
    if (!tw_vips_loaded()) return -1;
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

int tw_vips_decode_check(const void *data, size_t length, double max_pixels,
                         int *width, int *height, char *loader_out, size_t loader_size) {
    if (!tw_vips_loaded()) return -1;
    static const char *accepted[] = {"jpegload_buffer", "pngload_buffer", "heifload_buffer",
                                     "webpload_buffer", "tiffload_buffer", NULL};
    if (length == 0) return 1;
    const char *class_name = vips_foreign_find_load_buffer(data, length);
    vips_error_clear();
    if (class_name == NULL) return 1;
    // The finder names the class (VipsForeignLoadJpegBuffer); the nickname is the stable name.
    unsigned long type = g_type_from_name(class_name);
    if (type == 0) return 1;
    const char *loader = vips_nickname_find(type);
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
