package store

import (
	"fmt"

	"golang.org/x/sys/unix"
)

// FreeSpaceFunc returns the bytes free for an unprivileged writer on the
// file system that holds dir. DiskFree is the real one; tests inject others.
type FreeSpaceFunc func(dir string) (uint64, error)

// DefaultMinFree is the free space below which writes are refused (512 MiB):
// Badger memory-maps its files, and a write that finds the disk full
// kills the process with SIGBUS instead of returning an error.
const DefaultMinFree = 512 << 20

// DiskFree returns the bytes available to unprivileged users on the file
// system of dir (statfs f_bavail × f_bsize).
func DiskFree(dir string) (uint64, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return 0, fmt.Errorf("store: statfs %q: %w", dir, err)
	}
	return st.Bavail * uint64(st.Bsize), nil
}

// spaceGuard refuses writes while the data folder has less than min bytes free.
type spaceGuard struct {
	dir  string
	min  uint64
	free FreeSpaceFunc
}

// check returns an error wrapping ErrDiskFull when less than min bytes are
// free; a guard without a function or a folder checks nothing.
func (g spaceGuard) check() error {
	if g.free == nil || g.dir == "" || g.min == 0 {
		return nil
	}
	n, err := g.free(g.dir)
	if err != nil {
		return err
	}
	if n < g.min {
		return fmt.Errorf("%w: %s free in %s, below the %s minimum (--min-free); free some space and retry",
			ErrDiskFull, humanBytes(n), g.dir, humanBytes(g.min))
	}
	return nil
}

// SetMinFree makes every later write check the free space of the data folder
// first (with free, or DiskFree when free is nil) and fail with ErrDiskFull
// below min bytes; reads go on. min 0 turns the check off. A store in memory
// checks nothing.
func (db *DB) SetMinFree(min uint64, free FreeSpaceFunc) {
	if free == nil {
		free = DiskFree
	}
	db.space.Store(&spaceGuard{dir: db.dir, min: min, free: free})
}

// CheckSpace returns an error wrapping ErrDiskFull when a write would be
// refused for want of space, and nil otherwise.
func (db *DB) CheckSpace() error {
	if g := db.space.Load(); g != nil {
		return g.check()
	}
	return nil
}

// humanBytes formats n as MiB or GiB, for messages.
func humanBytes(n uint64) string {
	if n >= 1<<30 {
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}
