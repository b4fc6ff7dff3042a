//! mistake: compared an `f64` CPU reading with the integer literal `90`
//! offending: 90
//! category: type

struct Sample {
    host: String,
    cpu: f64,
}

fn main() {
    let samples = vec![
        Sample { host: "db-1".into(), cpu: 97.5 },
        Sample { host: "db-2".into(), cpu: 12.0 },
    ];
    let hot: Vec<String> = samples.iter().filter(|s| s.cpu > 90).map(|s| s.host.clone()).collect();
    println!("{hot:?}");
}
