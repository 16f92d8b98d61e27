// Non-variadic entry points into fontconfig for Swift (FcObjectSetBuild is variadic): which font
// families are installed, what fontconfig substitutes for a name, and which characters a family
// has glyphs for. Only fontconfig is called; no font file is read here.
#ifndef TRIPWRIGHT_CFONTCONFIG_SHIM_H
#define TRIPWRIGHT_CFONTCONFIG_SHIM_H

#include <string.h>
#include <fontconfig/fontconfig.h>

/// The union of the character sets of every installed font whose family names include `family`
/// (any of its names, localised ones too, compared as fontconfig does); NULL when none is
/// installed. The caller owns the result (FcCharSetDestroy).
static inline FcCharSet *tw_fc_family_charset(const char *family) {
    FcPattern *pattern = FcPatternCreate();
    if (pattern == NULL) return NULL;
    FcPatternAddString(pattern, FC_FAMILY, (const FcChar8 *)family);
    FcObjectSet *objects = FcObjectSetCreate();
    if (objects == NULL) { FcPatternDestroy(pattern); return NULL; }
    FcObjectSetAdd(objects, FC_CHARSET);
    FcFontSet *fonts = FcFontList(NULL, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    if (fonts == NULL) return NULL;
    FcCharSet *all = NULL;
    for (int i = 0; i < fonts->nfont; i++) {
        FcCharSet *set = NULL;
        if (FcPatternGetCharSet(fonts->fonts[i], FC_CHARSET, 0, &set) != FcResultMatch || set == NULL) continue;
        if (all == NULL) {
            all = FcCharSetCopy(set);
        } else {
            FcCharSet *both = FcCharSetUnion(all, set);
            FcCharSetDestroy(all);
            all = both;
        }
    }
    int installed = fonts->nfont > 0;
    FcFontSetDestroy(fonts);
    if (installed && all == NULL) all = FcCharSetCreate();
    return all;
}

/// The family fontconfig picks for the name `family` in language `lang` (what LibreOffice shows
/// when it substitutes a missing face), copied into `out`. Returns 0 when a match was found.
static inline int tw_fc_match(const char *family, const char *lang, char *out, size_t size) {
    if (size == 0) return -1;
    FcPattern *pattern = FcPatternCreate();
    if (pattern == NULL) return -1;
    FcPatternAddString(pattern, FC_FAMILY, (const FcChar8 *)family);
    if (lang != NULL && lang[0] != 0) FcPatternAddString(pattern, FC_LANG, (const FcChar8 *)lang);
    FcConfigSubstitute(NULL, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern *match = FcFontMatch(NULL, pattern, &result);
    FcPatternDestroy(pattern);
    if (match == NULL) return -1;
    FcChar8 *name = NULL;
    int rc = -1;
    if (FcPatternGetString(match, FC_FAMILY, 0, &name) == FcResultMatch && name != NULL) {
        strncpy(out, (const char *)name, size - 1);
        out[size - 1] = 0;
        rc = 0;
    }
    FcPatternDestroy(match);
    return rc;
}

/// The first family of an installed font with a glyph for `ucs4`, copied into `out`. Returns 0
/// when one was found.
static inline int tw_fc_family_with(FcChar32 ucs4, char *out, size_t size) {
    if (size == 0) return -1;
    FcPattern *pattern = FcPatternCreate();
    FcCharSet *set = FcCharSetCreate();
    if (pattern == NULL || set == NULL) {
        if (pattern) FcPatternDestroy(pattern);
        if (set) FcCharSetDestroy(set);
        return -1;
    }
    FcCharSetAddChar(set, ucs4);
    FcPatternAddCharSet(pattern, FC_CHARSET, set);
    FcCharSetDestroy(set);
    FcObjectSet *objects = FcObjectSetCreate();
    if (objects == NULL) { FcPatternDestroy(pattern); return -1; }
    FcObjectSetAdd(objects, FC_FAMILY);
    FcFontSet *fonts = FcFontList(NULL, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    if (fonts == NULL) return -1;
    int rc = -1;
    for (int i = 0; i < fonts->nfont && rc != 0; i++) {
        FcChar8 *name = NULL;
        if (FcPatternGetString(fonts->fonts[i], FC_FAMILY, 0, &name) == FcResultMatch && name != NULL) {
            strncpy(out, (const char *)name, size - 1);
            out[size - 1] = 0;
            rc = 0;
        }
    }
    FcFontSetDestroy(fonts);
    return rc;
}

#endif
