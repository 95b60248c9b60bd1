package store

import "testing"

// TestBatchFitLearns walks the fit through commits and failures.
func TestBatchFitLearns(t *testing.T) {
	var f batchFit
	steps := []struct {
		cost    int64
		fits    bool
		wantFit int64
	}{
		{1000, false, 750}, // too big: three quarters
		{700, true, 750},   // below the fit: unchanged, no probing under a bound
		{900, true, 900},   // a bigger commit proves more fits
		{2000, false, 900}, // a failure above the fit keeps it
		{1000, false, 750}, // a failure near it lowers it
		{100, true, 750},   // small commits change nothing
		{10, false, 7},     // a tiny failure lowers it a lot...
		{10, true, 10},     // ...and commits raise it again
	}
	for i, s := range steps {
		f.learn(s.cost, s.fits)
		if f.fit != s.wantFit {
			t.Fatalf("step %d (%d, %v): fit %d, want %d", i, s.cost, s.fits, f.fit, s.wantFit)
		}
	}
	// With the bound forgotten, full commits probe upward by 1/32.
	for range boundLife {
		f.learn(f.fit, true)
	}
	before := f.fit
	f.learn(f.fit, true)
	if f.fit != before+before/32 {
		t.Fatalf("after %d commits, a full commit raised the fit from %d to %d, want +1/32", boundLife, before, f.fit)
	}
}
