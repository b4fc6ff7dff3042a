//! mistake: rounded distances with Python's `round(km, 1)`
//! offending: round
//! category: python-habit
use comprehensions::comp;

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
    let summary = comp![(l.from, l.to, round(l.km, 1)) for l in &legs];
    println!("{summary:?}");
}
