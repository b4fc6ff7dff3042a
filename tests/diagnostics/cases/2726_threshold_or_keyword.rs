//! mistake: joined the high and low threshold checks with Python's `or`
//! offending: or
//! category: python-habit
use comprehensions::comp;

#[derive(Debug, Clone, Copy)]
struct Limits {
    low: f64,
    high: f64,
}

struct ColdChainReading {
    pallet: u32,
    celsius: f64,
}

fn main() {
    let limits = Limits { low: 2.0, high: 8.0 };
    let readings = vec![
        ColdChainReading { pallet: 11, celsius: 4.5 },
        ColdChainReading { pallet: 12, celsius: 9.1 },
        ColdChainReading { pallet: 13, celsius: 1.2 },
    ];
    let excursions = comp![(r.pallet, r.celsius) for r in &readings if r.celsius > limits.high or r.celsius < limits.low];
    println!("{excursions:?} outside {limits:?}");
}
