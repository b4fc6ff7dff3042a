//! mistake: groups samples by moving the `String` label out of a borrowed sample as the key (Python: `{s.label: [...] for s in samples}`)
//! offending: s.label
//! category: ownership
use std::collections::HashMap;

struct Sample {
    label: String,
    value: f64,
}

fn main() {
    let samples = vec![
        Sample { label: "a".to_string(), value: 1.0 },
        Sample { label: "b".to_string(), value: 2.0 },
        Sample { label: "a".to_string(), value: 3.0 },
    ];
    let groups = samples
        .iter()
        .map(|s| (s.label, samples.iter().filter(|t| t.label == s.label).map(|t| t.value).collect::<Vec<f64>>()))
        .collect::<HashMap<_, _>>();
    println!("{groups:?}");
}
