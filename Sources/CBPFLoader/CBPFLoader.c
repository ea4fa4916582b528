// See include/CBPFLoader.h. libbpf's API is declared here by hand, only the calls used, with
// its objects kept opaque: no libbpf header is needed to build portscope.
#ifdef __linux__
#include "CBPFLoader.h"
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct bpf_object;
struct bpf_program;
struct bpf_map;
struct bpf_link;

typedef int (*print_fn)(int level, const char *format, va_list args);

struct portscope_bpf {
    void *library;
    struct bpf_object *object;
    struct bpf_link *link;
    int wanted_fd;
    struct filter *filter;
    int (*link_fd)(const struct bpf_link *);
    int (*iter_create)(int);
    int (*map_update)(int, const void *, const void *, uint64_t);
    int (*link_destroy)(struct bpf_link *);
    void (*object_close)(struct bpf_object *);
};

// The filter's value, as the BPF source declares it: an on flag and a bitmap of 2^19 bits, in
// which inode N sets bit N mod 2^19.
#define WANTED_BITS 19
struct filter {
    uint32_t on;
    uint32_t reserved;
    uint64_t bits[1 << (WANTED_BITS - 6)];
};

static int quiet(int level, const char *format, va_list args) {
    (void)level; (void)format; (void)args;
    return 0;
}

static void say(char *reason, size_t size, const char *format, ...) {
    if (!reason || !size) return;
    va_list args;
    va_start(args, format);
    vsnprintf(reason, size, format, args);
    va_end(args);
}

portscope_bpf *portscope_bpf_load(const char *libbpf_path, const void *object, size_t size,
                                  char *reason, size_t reason_size) {
    void *library = dlopen(libbpf_path, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        say(reason, reason_size, "libbpf could not be opened (%s)", dlerror());
        return NULL;
    }
    void *(*set_print)(print_fn) = (void *(*)(print_fn))dlsym(library, "libbpf_set_print");
    struct bpf_object *(*open_mem)(const void *, size_t, const void *) =
        (struct bpf_object *(*)(const void *, size_t, const void *))dlsym(library, "bpf_object__open_mem");
    int (*load)(struct bpf_object *) = (int (*)(struct bpf_object *))dlsym(library, "bpf_object__load");
    struct bpf_program *(*find_program)(const struct bpf_object *, const char *) =
        (struct bpf_program *(*)(const struct bpf_object *, const char *))dlsym(library, "bpf_object__find_program_by_name");
    struct bpf_map *(*find_map)(const struct bpf_object *, const char *) =
        (struct bpf_map *(*)(const struct bpf_object *, const char *))dlsym(library, "bpf_object__find_map_by_name");
    int (*map_fd)(const struct bpf_map *) = (int (*)(const struct bpf_map *))dlsym(library, "bpf_map__fd");
    struct bpf_link *(*attach_iter)(const struct bpf_program *, const void *) =
        (struct bpf_link *(*)(const struct bpf_program *, const void *))dlsym(library, "bpf_program__attach_iter");
    portscope_bpf bpf = {
        .library = library,
        .link_fd = (int (*)(const struct bpf_link *))dlsym(library, "bpf_link__fd"),
        .iter_create = (int (*)(int))dlsym(library, "bpf_iter_create"),
        .map_update = (int (*)(int, const void *, const void *, uint64_t))dlsym(library, "bpf_map_update_elem"),
        .link_destroy = (int (*)(struct bpf_link *))dlsym(library, "bpf_link__destroy"),
        .object_close = (void (*)(struct bpf_object *))dlsym(library, "bpf_object__close"),
    };
    if (!set_print || !open_mem || !load || !find_program || !find_map || !map_fd || !attach_iter ||
        !bpf.link_fd || !bpf.iter_create || !bpf.map_update || !bpf.link_destroy || !bpf.object_close) {
        say(reason, reason_size, "%s lacks a function portscope needs (libbpf 0.7 or newer is)", libbpf_path);
        dlclose(library);
        return NULL;
    }
    set_print(quiet);
    bpf.object = open_mem(object, size, NULL);
    if (!bpf.object) {
        say(reason, reason_size, "libbpf could not open the program (%s)", strerror(errno));
        dlclose(library);
        return NULL;
    }
    int error = load(bpf.object);
    if (error) {
        int code = error < 0 ? -error : error;
        say(reason, reason_size, "the kernel did not load the program (%s)", strerror(code));
        bpf.object_close(bpf.object);
        dlclose(library);
        return NULL;
    }
    struct bpf_program *program = find_program(bpf.object, "socket_owners");
    struct bpf_map *wanted = find_map(bpf.object, "wanted");
    if (!program || !wanted) {
        say(reason, reason_size, "the BPF object lacks its program or maps");
        bpf.object_close(bpf.object);
        dlclose(library);
        return NULL;
    }
    bpf.wanted_fd = map_fd(wanted);
    bpf.link = attach_iter(program, NULL);
    if (!bpf.link) {
        say(reason, reason_size, "the iterator could not be attached (%s)", strerror(errno));
        bpf.object_close(bpf.object);
        dlclose(library);
        return NULL;
    }
    portscope_bpf *result = malloc(sizeof *result);
    bpf.filter = calloc(1, sizeof *bpf.filter);
    if (!result || !bpf.filter) {
        free(result);
        free(bpf.filter);
        bpf.link_destroy(bpf.link);
        bpf.object_close(bpf.object);
        dlclose(library);
        say(reason, reason_size, "out of memory");
        return NULL;
    }
    *result = bpf;
    return result;
}

int portscope_bpf_filter(portscope_bpf *bpf, const uint64_t *inodes, uint32_t count) {
    uint32_t zero = 0;
    struct filter *filter = bpf->filter;
    memset(filter, 0, sizeof *filter);
    filter->on = count > 0;
    for (uint32_t i = 0; i < count; i++) {
        uint64_t bit = inodes[i] & ((UINT64_C(1) << WANTED_BITS) - 1);
        filter->bits[bit >> 6] |= UINT64_C(1) << (bit & 63);
    }
    if (bpf->map_update(bpf->wanted_fd, &zero, filter, 0) == 0) return 0;
    // The filter could not be set: report every socket rather than a stale choice.
    int code = errno;
    memset(filter, 0, sizeof *filter);
    bpf->map_update(bpf->wanted_fd, &zero, filter, 0);
    return -code;
}

int portscope_bpf_walk(portscope_bpf *bpf) {
    int fd = bpf->iter_create(bpf->link_fd(bpf->link));
    return fd < 0 ? -errno : fd;
}

void portscope_bpf_unload(portscope_bpf *bpf) {
    if (!bpf) return;
    bpf->link_destroy(bpf->link);
    bpf->object_close(bpf->object);
    dlclose(bpf->library);
    free(bpf->filter);
    free(bpf);
}
#endif
