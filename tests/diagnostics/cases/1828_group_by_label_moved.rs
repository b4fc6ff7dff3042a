//! mistake: groups samples by moving the `String` label out of a borrowed sample as the key (Python: `{s.label: [...] for s in samples}`)
//! offending: s.label
//! category: ownership
use comprehensions::comp;

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
    let groups = comp!({s.label: comp![t.value for t in &samples if t.label == s.label] for s in &samples});
    println!("{groups:?}");
}
