//! mistake: dropped unlabeled samples with Python's `is not None` test
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

#[derive(Debug)]
struct Sample {
    text: String,
    label: Option<u8>,
}

fn main() {
    let samples = vec![
        Sample { text: "great movie".into(), label: Some(1) },
        Sample { text: "meh".into(), label: None },
        Sample { text: "awful".into(), label: Some(0) },
    ];
    let labeled = comp![s for s in &samples if s.label is not None];
    println!("{labeled:?}");
}
