// Kernel headers for sock_diag (headers only, no logic): the Linux socket backend uses their
// constants and structs, and tests check the decoders' byte offsets against them.
#ifndef PORTSCOPE_CNETLINK_H
#define PORTSCOPE_CNETLINK_H
#ifdef __linux__
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/inet_diag.h>

// setns(2) is declared by <sched.h> only under _GNU_SOURCE; glibc always provides it.
int setns(int fd, int nstype);
#define PORTSCOPE_CLONE_NEWNET 0x40000000
#endif
#endif
