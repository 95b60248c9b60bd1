package loader

import "testing"

// TestNameBeforeAdverbialVerb checks that a name of no known given name is
// a person when a time phrase or an adverb stands between it and its verb
// ("X on Tuesday accused", "X, on Monday, accused"), and that a registry is
// a body.
func TestNameBeforeAdverbialVerb(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"time phrase", "Peruvian presidential runner-up Ezequiel Quispe Huaman on Tuesday accused the National Electoral Registry of fraud.",
			[]string{"Ezequiel Quispe Huaman -accused-> National Electoral Registry (asserted)"}},
		{"time phrase in commas", "The runner-up Ezequiel Quispe Huaman, on Monday, accused Chile of meddling.",
			[]string{"Ezequiel Quispe Huaman -accused-> Chile (asserted)"}},
		{"adverb", "The runner-up Ezequiel Quispe Huaman also accused Chile of meddling.",
			[]string{"Ezequiel Quispe Huaman -accused-> Chile (asserted)"}},
	})
}

// TestFirstSurname checks that the first of two surnames names the person
// ("Mendoza" after "Lucas Mendoza Varela"), over a place of the same name
// unless a locative preposition or a verb of travel stands before it.
func TestFirstSurname(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a city's name", "Chilean President Lucas Mendoza Varela won the vote. Peruvian President Andrea Rojas met Mendoza at the palace.",
			[]string{"Andrea Rojas -met-> Lucas Mendoza Varela (asserted)"}},
		{"travel to the city", "Chilean President Lucas Mendoza Varela won the vote. Peruvian President Andrea Rojas later travelled to Mendoza.",
			[]string{"Andrea Rojas -visited-> Mendoza (asserted)"}},
		{"a gazetteer place's name", "Marta Salcedo Ruiz won the runoff. Ecuadorian President Daniel Noboa met Salcedo on Tuesday.",
			[]string{"Daniel Noboa -met-> Marta Salcedo Ruiz (asserted)"}},
		{"in the place", "Marta Salcedo Ruiz won the runoff. Ecuadorian President Daniel Noboa arrived in Salcedo on Tuesday.",
			[]string{"Daniel Noboa -visited-> Salcedo (asserted)"}},
		{"no given name in the list", "Camilo Ortega Duque said the count was rigged. Brazil urged Ortega to accept the result.",
			[]string{"Brazil -urged-> Camilo Ortega Duque (asserted)"}},
	})
}
