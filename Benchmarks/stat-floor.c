/* The floor of a warm-cache check: list a directory with getdents64 (1 MB buffer) and
 * fstatat every entry relative to it, single-threaded, as a C program can at best.
 *   cc -O2 -o /tmp/stat-floor Benchmarks/stat-floor.c && /tmp/stat-floor DIR
 * See docs/benchmarks.md, "Warm cache". */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
int main(int c,char**v){
  double t0=now();
  int fd=open(v[1],O_RDONLY|O_DIRECTORY);
  char*buf=malloc(1<<20); char*names=malloc(16<<20); int*off=malloc(200000*4); int n=0,p=0;
  for(;;){ssize_t r=getdents64(fd,buf,1<<20); if(r<=0)break; for(ssize_t o=0;o<r;){struct dirent64*d=(void*)(buf+o);o+=d->d_reclen; if(d->d_name[0]=='.')continue; off[n++]=p; int l=strlen(d->d_name); memcpy(names+p,d->d_name,l+1); p+=l+1;}}
  double t1=now(); struct stat st; long s=0;
  for(int i=0;i<n;i++){fstatat(fd,names+off[i],&st,0); s+=st.st_size;}
  double t2=now();
  printf("%d entries: getdents %.1f ms, fstatat %.1f ms\n",n,t1-t0,t2-t1);
}
