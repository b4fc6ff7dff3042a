//! mistake: compared an `f64` CPU reading with the integer literal `90`
//! offending: 90
//! category: type
use comprehensions::comp;

struct Sample {
    host: String,
    cpu: f64,
}

fn main() {
    let samples = vec![
        Sample { host: "db-1".into(), cpu: 97.5 },
        Sample { host: "db-2".into(), cpu: 12.0 },
    ];
    let hot: Vec<String> = comp![s.host.clone() for s in &samples if s.cpu > 90];
    println!("{hot:?}");
}
