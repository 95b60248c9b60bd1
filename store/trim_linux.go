package store

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"
)

// pageOutTables asks the kernel to reclaim the resident pages of the
// store's mapped table files and memtable logs (madvise MADV_PAGEOUT) and
// returns how many mappings it advised. Badger maps every SSTable it
// writes or reads (shared, read-only once written); a bulk load writes and
// compacts hundreds of megabytes of tables whose pages then stay resident,
// counted in the process's RSS, though the data is on disk and in Badger's
// block cache. It maps each memtable's log (.mem) too, written as the
// memtable fills (up to twice the memtable's size) and read only to replay
// it after a crash: its pages are as idle once written. And it maps its
// value-log files (.vlog), which hold the values above the value threshold
// (document texts, sentences, fact lists, contribution blocks), written
// once and read back now and then. The advice is
// never destructive: a page reclaimed is read again on its next use, and a
// range that was unmapped meanwhile and reused (the maps are read first)
// is only reclaimed too, if it can be.
//
// dir is the store's folder as the kernel names it (see mappedDir).
func pageOutTables(dir string) int { return adviseTables(dir, unix.MADV_PAGEOUT) }

// unmapTables drops the store's mapped table files and logs from
// the process's resident pages (madvise MADV_DONTNEED) and returns how many
// mappings it advised. Unlike pageOutTables it leaves the pages in the
// page cache: a read faults them back without reading the disk. A server
// uses it, since it reads its tables again; MADV_PAGEOUT after a
// compaction made a server's queries read their blocks from disk (round
// 14). Dirty pages of a shared mapping stay dirty in the page cache.
func unmapTables(dir string) int { return adviseTables(dir, unix.MADV_DONTNEED) }

// residentFileBytes returns how many bytes of the process's resident
// memory are file-backed (or shared memory): the third field of
// /proc/self/statm, in pages. It returns 0 when it cannot tell.
func residentFileBytes() int64 {
	statm, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := bytes.Fields(statm)
	if len(f) < 3 {
		return 0
	}
	pages, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return 0
	}
	return pages * int64(os.Getpagesize())
}

// adviseTables gives advice to the mappings of the store's tables and logs.
func adviseTables(dir string, advice int) int {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0
	}
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(maps))
	for sc.Scan() {
		start, end, ok := tableMapping(sc.Bytes(), dir)
		if !ok {
			continue
		}
		if _, _, errno := unix.Syscall(unix.SYS_MADVISE, start, end-start, uintptr(advice)); errno == 0 {
			n++
		}
	}
	return n
}

// tableMapping parses a line of /proc/self/maps and returns the address
// range of a mapping of an SSTable, a memtable log or a value-log file of
// the store in dir.
func tableMapping(line []byte, dir string) (start, end uintptr, ok bool) {
	at := bytes.IndexByte(line, '/') // the path, which may hold spaces, comes last
	sp := bytes.IndexByte(line, ' ')
	if at < 0 || sp < 0 || sp > at {
		return 0, 0, false
	}
	path := string(line[at:])
	if ext := filepath.Ext(path); filepath.Dir(path) != dir || (ext != ".sst" && ext != ".mem" && ext != ".vlog") {
		return 0, 0, false
	}
	lo, hi, found := bytes.Cut(line[:sp], []byte("-"))
	if !found {
		return 0, 0, false
	}
	s, err1 := strconv.ParseUint(string(lo), 16, 64)
	e, err2 := strconv.ParseUint(string(hi), 16, 64)
	if err1 != nil || err2 != nil || e <= s {
		return 0, 0, false
	}
	return uintptr(s), uintptr(e), true
}

// mappedDir returns dir as /proc/self/maps names the files in it: absolute,
// symbolic links resolved.
func mappedDir(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}
