//! mistake: took `.max()` of a lazy comprehension of `f64` temperatures (f64 is not `Ord`)
//! offending: max()
//! category: type

struct Obs {
    station: &'static str,
    temp_c: f64,
}

fn main() {
    let obs = vec![Obs { station: "A", temp_c: 31.4 }, Obs { station: "B", temp_c: 29.9 }];
    let record_high = obs.iter().filter(|o| !o.station.is_empty()).map(|o| o.temp_c).max();
    println!("{record_high:?}");
}
