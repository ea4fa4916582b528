// See btf.h.
#define _GNU_SOURCE  // memmem
#include "btf.h"
#include "loader_util.h"
#include <stdlib.h>
#include <string.h>

enum {
    KIND_INT = 1, KIND_PTR = 2, KIND_ARRAY = 3, KIND_STRUCT = 4, KIND_UNION = 5, KIND_ENUM = 6,
    KIND_FWD = 7, KIND_TYPEDEF = 8, KIND_VOLATILE = 9, KIND_CONST = 10, KIND_RESTRICT = 11,
    KIND_FUNC = 12, KIND_FUNC_PROTO = 13, KIND_VAR = 14, KIND_DATASEC = 15, KIND_FLOAT = 16,
    KIND_DECL_TAG = 17, KIND_TYPE_TAG = 18, KIND_ENUM64 = 19,
};

#define BTF_MAGIC 0xeB9F

uint32_t btf_kind(const btf_record *type) { return (type->info >> 24) & 0x1f; }
uint32_t btf_vlen(const btf_record *type) { return type->info & 0xffff; }

/// Bytes after a record's fixed part, -1 for a kind this reader does not know.
static int64_t trailing_size(const btf_record *type) {
    uint32_t vlen = btf_vlen(type);
    switch (btf_kind(type)) {
    case KIND_INT: case KIND_VAR: case KIND_DECL_TAG: return 4;
    case KIND_ARRAY: return 12;
    case KIND_STRUCT: case KIND_UNION: case KIND_DATASEC: case KIND_ENUM64: return (int64_t)vlen * 12;
    case KIND_ENUM: case KIND_FUNC_PROTO: return (int64_t)vlen * 8;
    case KIND_PTR: case KIND_FWD: case KIND_TYPEDEF: case KIND_VOLATILE: case KIND_CONST:
    case KIND_RESTRICT: case KIND_FUNC: case KIND_FLOAT: case KIND_TYPE_TAG: return 0;
    default: return -1;
    }
}

int btf_index_make(btf_index *btf, const void *data, size_t size, char *reason, size_t reason_size) {
    memset(btf, 0, sizeof *btf);
    const uint8_t *bytes = data;
    if (size < 24 || (uintptr_t)data % 4 != 0)
        return loader_fail(reason, reason_size, "BTF too short (%zu bytes)", size);
    uint16_t magic;
    memcpy(&magic, bytes, 2);
    uint32_t header = loader_read32(bytes + 4), type_off = loader_read32(bytes + 8), type_len = loader_read32(bytes + 12);
    uint32_t str_off = loader_read32(bytes + 16), str_len = loader_read32(bytes + 20);
    if (magic != BTF_MAGIC || bytes[2] != 1)
        return loader_fail(reason, reason_size, "not BTF version 1 (magic %#x, version %u)", magic, bytes[2]);
    if (header < 24 || (uint64_t)header + type_off + type_len > size ||
        (uint64_t)header + str_off + str_len > size || (header + type_off) % 4 != 0 || type_len % 4 != 0)
        return loader_fail(reason, reason_size, "BTF sections lie outside its %zu bytes", size);
    if (str_len == 0 || bytes[header + str_off + str_len - 1] != 0)
        return loader_fail(reason, reason_size, "BTF strings are not terminated");
    btf->types = bytes + header + type_off;
    btf->types_size = type_len;
    btf->strings = (const char *)bytes + header + str_off;
    btf->strings_size = str_len;
    // At most one record per 12 bytes; pages of the index are touched only as it fills.
    btf->offsets = malloc(((size_t)type_len / 12 + 2) * sizeof(uint32_t));
    if (!btf->offsets) return loader_fail(reason, reason_size, "out of memory");
    uint32_t count = 0;
    for (uint32_t at = 0; at < type_len;) {
        if (type_len - at < sizeof(btf_record)) {
            btf_index_free(btf);
            return loader_fail(reason, reason_size, "BTF type %u is cut short", count + 1);
        }
        const btf_record *type = (const btf_record *)(btf->types + at);
        int64_t extra = trailing_size(type);
        if (extra < 0 || (uint64_t)at + sizeof(btf_record) + (uint64_t)extra > type_len) {
            btf_index_free(btf);
            return loader_fail(reason, reason_size, "BTF type %u is of an unknown kind (%u) or cut short",
                        count + 1, btf_kind(type));
        }
        btf->offsets[++count] = at;
        at += sizeof(btf_record) + (uint32_t)extra;
    }
    btf->count = count;
    return 0;
}

void btf_index_free(btf_index *btf) {
    free(btf->offsets);
    btf->offsets = NULL;
    btf->count = 0;
}

const btf_record *btf_type(const btf_index *btf, uint32_t id) {
    if (id == 0 || id > btf->count) return NULL;
    return (const btf_record *)(btf->types + btf->offsets[id]);
}

const char *btf_name(const btf_index *btf, uint32_t offset) {
    // The section's last byte is a NUL (checked when indexing), so any offset inside it
    // starts a terminated string.
    return offset < btf->strings_size ? btf->strings + offset : NULL;
}

uint32_t btf_resolve(const btf_index *btf, uint32_t id) {
    for (int step = 0; step < 32; step++) {
        const btf_record *type = btf_type(btf, id);
        if (!type) return 0;
        switch (btf_kind(type)) {
        case KIND_TYPEDEF: case KIND_VOLATILE: case KIND_CONST: case KIND_RESTRICT: case KIND_TYPE_TAG:
            id = type->size_or_type;
            break;
        default:
            return id;
        }
    }
    return 0;
}

int64_t btf_size(const btf_index *btf, uint32_t id) {
    int64_t multiplier = 1;
    for (int step = 0; step < 32; step++) {
        const btf_record *type = btf_type(btf, btf_resolve(btf, id));
        if (!type) return -1;
        switch (btf_kind(type)) {
        case KIND_INT: case KIND_ENUM: case KIND_ENUM64: case KIND_STRUCT: case KIND_UNION:
        case KIND_FLOAT: case KIND_DATASEC:
            return multiplier * type->size_or_type;
        case KIND_PTR:
            return multiplier * 8;
        case KIND_ARRAY: {
            const uint8_t *array = (const uint8_t *)(type + 1);
            uint32_t elements = loader_read32(array + 8);
            if (elements > 0 && multiplier > INT64_MAX / 8 / elements) return -1;
            multiplier *= elements;
            id = loader_read32(array);
            break;
        }
        default:
            return -1;
        }
    }
    return -1;
}

uint32_t btf_find(const btf_index *btf, uint32_t kind, const char *name, uint32_t after) {
    size_t length = strlen(name);
    for (uint32_t id = after + 1; id <= btf->count; id++) {
        const btf_record *type = (const btf_record *)(btf->types + btf->offsets[id]);
        if (btf_kind(type) != kind || type->name_off >= btf->strings_size) continue;
        const char *candidate = btf->strings + type->name_off;
        if (candidate[0] == name[0] && strncmp(candidate, name, length + 1) == 0) return id;
    }
    return 0;
}

void btf_find_each(const btf_index *btf, uint32_t count, const uint32_t *kinds, const char *const *names,
                   uint32_t *ids) {
    // First where each name is stored, so that a type's name is compared as a number: reading
    // the name of every function in the kernel's BTF (60,000, in 2 MB of strings) would cost
    // a cache miss each. A search of the strings takes about 0.3 ms.
    enum { most = 16 };
    uint32_t offsets[most];
    uint32_t missing = 0;
    for (uint32_t query = 0; query < count; query++) {
        ids[query] = 0;
        if (query >= most) {
            ids[query] = btf_find(btf, kinds[query], names[query], 0);
            continue;
        }
        offsets[query] = 0;
        size_t length = strlen(names[query]);
        char pattern[130];
        if (length == 0 || length + 2 > sizeof pattern) continue;
        pattern[0] = 0;  // Offset 0 holds the empty string, so every name follows a NUL.
        memcpy(pattern + 1, names[query], length + 1);
        const char *found = memmem(btf->strings, btf->strings_size, pattern, length + 2);
        if (!found) continue;  // No type has this name.
        offsets[query] = (uint32_t)(found - btf->strings) + 1;
        missing++;
    }
    uint32_t batch = count < most ? count : most;
    for (uint32_t id = 1; id <= btf->count && missing > 0; id++) {
        const btf_record *type = (const btf_record *)(btf->types + btf->offsets[id]);
        for (uint32_t query = 0; query < batch; query++) {
            if (type->name_off == offsets[query] && offsets[query] && !ids[query] && btf_kind(type) == kinds[query]) {
                ids[query] = id;
                missing--;
            }
        }
    }
    // BTF that was not deduplicated may store a name twice: compare those names as strings.
    for (uint32_t query = 0; query < batch; query++)
        if (!ids[query] && offsets[query]) ids[query] = btf_find(btf, kinds[query], names[query], 0);
}

static void member_at(const btf_record *type, uint32_t index, btf_member_place *place, uint32_t *name_off) {
    const uint8_t *member = (const uint8_t *)(type + 1) + (size_t)index * 12;
    uint32_t offset = loader_read32(member + 8);
    int bitfields = type->info >> 31;
    place->type = loader_read32(member + 4);
    place->bit_offset = bitfields ? offset & 0xffffff : offset;
    place->bitfield_size = bitfields ? offset >> 24 : 0;
    *name_off = loader_read32(member);
}

static int member_named(const btf_index *btf, uint32_t id, const char *name, btf_member_place *place, int depth) {
    const btf_record *type = btf_type(btf, btf_resolve(btf, id));
    if (!type || depth > 8 || (btf_kind(type) != KIND_STRUCT && btf_kind(type) != KIND_UNION)) return -1;
    for (uint32_t index = 0; index < btf_vlen(type); index++) {
        btf_member_place member;
        uint32_t name_off;
        member_at(type, index, &member, &name_off);
        const char *member_name = btf_name(btf, name_off);
        if (!member_name) continue;
        if (member_name[0] == 0) {
            // An anonymous struct or union: its members are the outer type's, as in C.
            btf_member_place inner;
            if (member_named(btf, member.type, name, &inner, depth + 1) == 0) {
                *place = inner;
                place->bit_offset += member.bit_offset;
                return 0;
            }
        } else if (strcmp(member_name, name) == 0) {
            *place = member;
            return 0;
        }
    }
    return -1;
}

int btf_member_named(const btf_index *btf, uint32_t id, const char *name, btf_member_place *place) {
    return member_named(btf, id, name, place, 0);
}

int btf_member_at(const btf_index *btf, uint32_t id, uint32_t index, btf_member_place *place,
                  const char **name) {
    const btf_record *type = btf_type(btf, btf_resolve(btf, id));
    if (!type || (btf_kind(type) != KIND_STRUCT && btf_kind(type) != KIND_UNION) || index >= btf_vlen(type))
        return -1;
    uint32_t name_off;
    member_at(type, index, place, &name_off);
    *name = btf_name(btf, name_off);
    return *name ? 0 : -1;
}
