// The part of libvips' (and GLib's) C interface Tripwright calls, declared here so that the
// program does not link libvips: it is loaded with dlopen the first time a photo is handled
// (loader.c). Linking it loaded about a hundred libraries on every start, 17 ms before
// `main`, for commands that never touch a photo. The declarations are checked against
// libvips' own headers when the tests are built (Sources/CVipsCheck/check.c).
#ifndef TRIPWRIGHT_TW_VIPS_API_H
#define TRIPWRIGHT_TW_VIPS_API_H

#include <stddef.h>

typedef struct _VipsImage VipsImage;
typedef struct _VipsArea VipsArea;
typedef struct _VipsArrayDouble VipsArrayDouble;

/// Values of libvips' and GLib's enumerations, under names of our own.
enum {
    TW_VIPS_SIZE_DOWN = 2,
    TW_VIPS_FAIL_ON_ERROR = 2,
    TW_VIPS_INTERPRETATION_B_W = 1,
    TW_VIPS_INTERPRETATION_sRGB = 22,
    TW_VIPS_ANGLE_D0 = 0,
    TW_VIPS_ANGLE_D90 = 1,
    TW_VIPS_ANGLE_D180 = 2,
    TW_VIPS_ANGLE_D270 = 3,
    TW_VIPS_KERNEL_LINEAR = 1,
    TW_VIPS_FORMAT_UCHAR = 0,
    TW_VIPS_FOREIGN_SUBSAMPLE_ON = 1,
    TW_VIPS_ACCESS_SEQUENTIAL = 1,
    TW_G_LOG_LEVEL_WARNING = 1 << 4,
    TW_G_LOG_LEVEL_MESSAGE = 1 << 5,
};
#define TW_VIPS_META_LOADER "vips-loader"
#define TW_VIPS_META_ORIENTATION "orientation"

/// GLib's log handler (GLogFunc).
typedef void (*tw_g_log_func)(const char *domain, int level, const char *message, void *data);

/// The functions used, named as libvips names them; filled by `tw_vips_load`. Enumeration
/// parameters are the integer types the compiler gives libvips' enumerations.
struct tw_vips_functions {
    int (*vips_init)(const char *argv0);
    const char *(*vips_error_buffer)(void);
    void (*vips_error_clear)(void);
    void (*vips_cache_set_max)(int max);
    void (*vips_concurrency_set)(int concurrency);
    int (*vips_thumbnail)(const char *filename, VipsImage **out, int width, ...);
    int (*vips_image_hasalpha)(VipsImage *image);
    VipsArrayDouble *(*vips_array_double_newv)(int n, ...);
    int (*vips_flatten)(VipsImage *in, VipsImage **out, ...);
    void (*vips_area_unref)(VipsArea *area);
    int (*vips_image_guess_interpretation)(const VipsImage *image);
    int (*vips_colourspace)(VipsImage *in, VipsImage **out, int space, ...);
    int (*vips_image_get_width)(const VipsImage *image);
    int (*vips_image_get_height)(const VipsImage *image);
    int (*vips_image_get_bands)(const VipsImage *image);
    int (*vips_image_get_orientation)(VipsImage *image);
    unsigned long (*vips_image_get_typeof)(const VipsImage *image, const char *name);
    int (*vips_image_get_string)(const VipsImage *image, const char *name, const char **out);
    void (*vips_image_set_int)(VipsImage *image, const char *name, int i);
    void (*vips_image_set_string)(VipsImage *image, const char *name, const char *str);
    int (*vips_image_remove)(VipsImage *image, const char *name);
    VipsImage *(*vips_image_new_from_file)(const char *name, ...);
    VipsImage *(*vips_image_new_from_buffer)(const void *buf, size_t len, const char *option_string, ...);
    int (*vips_image_write_to_file)(VipsImage *image, const char *name, ...);
    int (*vips_jpegsave)(VipsImage *in, const char *filename, ...);
    int (*vips_rot)(VipsImage *in, VipsImage **out, unsigned int angle, ...);
    int (*vips_rot90)(VipsImage *in, VipsImage **out, ...);
    int (*vips_reducev)(VipsImage *in, VipsImage **out, double vshrink, ...);
    int (*vips_autorot)(VipsImage *in, VipsImage **out, ...);
    int (*vips_copy)(VipsImage *in, VipsImage **out, ...);
    int (*vips_crop)(VipsImage *in, VipsImage **out, int left, int top, int width, int height, ...);
    int (*vips_sines)(VipsImage **out, int width, int height, ...);
    int (*vips_linear1)(VipsImage *in, VipsImage **out, double a, double b, ...);
    int (*vips_gaussnoise)(VipsImage **out, int width, int height, ...);
    int (*vips_add)(VipsImage *left, VipsImage *right, VipsImage **out, ...);
    int (*vips_subtract)(VipsImage *in1, VipsImage *in2, VipsImage **out, ...);
    int (*vips_abs)(VipsImage *in, VipsImage **out, ...);
    int (*vips_avg)(VipsImage *in, double *out, ...);
    int (*vips_cast)(VipsImage *in, VipsImage **out, int format, ...);
    int (*vips_bandjoin2)(VipsImage *in1, VipsImage *in2, VipsImage **out, ...);
    int (*vips_xyz)(VipsImage **out, int width, int height, ...);
    int (*vips_extract_band)(VipsImage *in, VipsImage **out, int band, ...);
    const char *(*vips_foreign_find_load_buffer)(const void *data, size_t size);
    const char *(*vips_nickname_find)(unsigned long type);
    unsigned int (*g_log_set_handler)(const char *domain, int levels, tw_g_log_func func, void *data);
    void *(*g_object_ref)(void *object);
    void (*g_object_unref)(void *object);
    unsigned long (*g_type_from_name)(const char *name);
};

/// The functions, once `tw_vips_load` has succeeded.
extern struct tw_vips_functions tw_vips;

/// Loads libvips and finds every function; 0 on success, else -1 with the reason in
/// `tw_vips_load_error()`. Not thread-safe: `tw_vips_start` is called once (Vips.started).
int tw_vips_load(void);

/// True once `tw_vips_load` has succeeded.
int tw_vips_loaded(void);

/// Why libvips could not be loaded (empty when it was).
const char *tw_vips_load_error(void);

#endif
