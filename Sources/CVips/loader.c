// Loads libvips at run time (see include/tw_vips_api.h for why).
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include "tw_vips_api.h"

struct tw_vips_functions tw_vips;

static int loaded = 0;
static char load_error[512] = "";

/// The names libvips' library goes by: Debian's and other Linux systems' run-time name, the
/// development link, and macOS's (Homebrew).
static const char *const library_names[] = {
    "libvips.so.42", "libvips.so", "libvips.42.dylib", "/opt/homebrew/lib/libvips.42.dylib",
    "/usr/local/lib/libvips.42.dylib", NULL,
};

int tw_vips_load(void) {
    if (loaded) return 0;
    void *library = NULL;
    for (int i = 0; library_names[i] != NULL && library == NULL; i++) {
        library = dlopen(library_names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        const char *why = dlerror();
        snprintf(load_error, sizeof load_error, "libvips is not installed (%s); on Debian: apt-get install libvips42",
                 why != NULL ? why : "not found");
        return -1;
    }
    // Each field of `tw_vips` is the function of the same name; GLib's come with libvips.
#define FIND(name)                                                                                   \
    do {                                                                                             \
        void *found = dlsym(library, #name);                                                         \
        if (found == NULL) {                                                                         \
            snprintf(load_error, sizeof load_error, "libvips has no function %s: it is too old", #name); \
            return -1;                                                                               \
        }                                                                                            \
        memcpy(&tw_vips.name, &found, sizeof found);                                                 \
    } while (0)
    FIND(vips_init);
    FIND(vips_error_buffer);
    FIND(vips_error_clear);
    FIND(vips_cache_set_max);
    FIND(vips_concurrency_set);
    FIND(vips_thumbnail);
    FIND(vips_image_hasalpha);
    FIND(vips_array_double_newv);
    FIND(vips_flatten);
    FIND(vips_area_unref);
    FIND(vips_image_guess_interpretation);
    FIND(vips_colourspace);
    FIND(vips_image_get_width);
    FIND(vips_image_get_height);
    FIND(vips_image_get_bands);
    FIND(vips_image_get_orientation);
    FIND(vips_image_get_typeof);
    FIND(vips_image_get_string);
    FIND(vips_image_set_int);
    FIND(vips_image_set_string);
    FIND(vips_image_remove);
    FIND(vips_image_new_from_file);
    FIND(vips_image_new_from_buffer);
    FIND(vips_image_write_to_file);
    FIND(vips_jpegsave);
    FIND(vips_rot);
    FIND(vips_rot90);
    FIND(vips_reducev);
    FIND(vips_autorot);
    FIND(vips_copy);
    FIND(vips_crop);
    FIND(vips_sines);
    FIND(vips_linear1);
    FIND(vips_gaussnoise);
    FIND(vips_add);
    FIND(vips_subtract);
    FIND(vips_abs);
    FIND(vips_avg);
    FIND(vips_cast);
    FIND(vips_bandjoin2);
    FIND(vips_xyz);
    FIND(vips_extract_band);
    FIND(vips_foreign_find_load_buffer);
    FIND(vips_nickname_find);
    FIND(g_log_set_handler);
    FIND(g_object_ref);
    FIND(g_object_unref);
    FIND(g_type_from_name);
#undef FIND
    loaded = 1;
    return 0;
}

int tw_vips_loaded(void) { return loaded; }

const char *tw_vips_load_error(void) { return load_error; }
