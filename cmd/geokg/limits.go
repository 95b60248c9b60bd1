package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/store"
)

// writeLimits are the flags that bound writes: free disk space and the size of a document.
type writeLimits struct {
	minFree     uint64
	maxDocBytes sizeFlag
	maxFacts    int
}

// limitFlags registers --min-free, --max-doc-bytes and --max-facts on fs.
func limitFlags(fs *flag.FlagSet) *writeLimits {
	l := &writeLimits{minFree: store.DefaultMinFree, maxDocBytes: loader.DefaultMaxBytes}
	fs.Var((*sizeFlag)(&l.minFree), "min-free", "refuse writes when the data folder's disk has less free space (bytes, or with KiB/MiB/GiB); 0: no check")
	fs.Var(&l.maxDocBytes, "max-doc-bytes", "refuse a document whose text is larger (bytes, or with KiB/MiB/GiB)")
	fs.IntVar(&l.maxFacts, "max-facts", loader.DefaultMaxFacts, "refuse a document that states more facts (edge statements and events)")
	return l
}

// limits returns the document limits the flags set.
func (l *writeLimits) limits() loader.Limits {
	return loader.Limits{MaxBytes: int(l.maxDocBytes), MaxFacts: l.maxFacts}
}

// sizeFlag is a byte count written as 1048576, 512MiB, 2GiB or 64KiB (KB, MB, GB too, as powers of 1024).
type sizeFlag uint64

func (s *sizeFlag) String() string { return strconv.FormatUint(uint64(*s), 10) }

func (s *sizeFlag) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeFlag(n)
	return nil
}

// parseSize reads a byte count with an optional binary unit.
func parseSize(v string) (uint64, error) {
	t := strings.ToUpper(strings.TrimSpace(v))
	mult := uint64(1)
	for _, u := range []struct {
		suffix string
		mult   uint64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseUint(t, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a size (want bytes, or a number with KiB, MiB or GiB)", v)
	}
	return n * mult, nil
}
