package store

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestBadgerLoggerLevels(t *testing.T) {
	var buf bytes.Buffer
	l := badgerLogger{l: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	l.Infof("compaction %d done\n", 1)
	l.Debugf("detail")
	l.Warningf("value log %s is big", "000001.vlog")
	l.Errorf("cannot %s", "sync")
	out := buf.String()
	tests := []struct {
		text string
		want bool
	}{
		{"compaction 1 done", false},
		{"detail", false},
		{`level=WARN msg="value log 000001.vlog is big" component=badger`, true},
		{`level=ERROR msg="cannot sync" component=badger`, true},
	}
	for _, tc := range tests {
		if got := strings.Contains(out, tc.text); got != tc.want {
			t.Errorf("log has %q = %v, want %v; log:\n%s", tc.text, got, tc.want, out)
		}
	}
}

func TestOptionsToBadger(t *testing.T) {
	o := DefaultOptions("/tmp/x")
	bo := o.badger()
	if bo.Dir != "/tmp/x" || bo.InMemory || bo.MemTableSize != o.MemTableSize || bo.NumCompactors != 2 ||
		bo.BlockCacheSize != o.BlockCacheSize || bo.ValueLogFileSize != o.ValueLogFileSize ||
		bo.NumLevelZeroTables != 8 || bo.NumLevelZeroTablesStall != 16 {
		t.Errorf("badger options from defaults = %+v", bo)
	}
	mem := Options{InMemory: true}.badger()
	if !mem.InMemory || mem.Dir != "" || mem.MemTableSize != DefaultOptions("").MemTableSize {
		t.Errorf("zero options in memory should take the defaults: %+v", mem)
	}
}
