//! mistake: rounded distances with Python's `round(km, 1)`
//! offending: round
//! category: python-habit
struct Leg {
    from: &'static str,
    to: &'static str,
    km: f64,
}

fn main() {
    let legs = vec![
        Leg { from: "Lyon", to: "Dijon", km: 192.437 },
        Leg { from: "Dijon", to: "Paris", km: 313.912 },
    ];
    let mut summary = Vec::new();
    for l in &legs {
        summary.push((l.from, l.to, round(l.km, 1)));
    }
    println!("{summary:?}");
}
