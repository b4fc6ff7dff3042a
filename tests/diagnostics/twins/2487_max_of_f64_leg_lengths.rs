//! mistake: took `.max()` of `f64` leg lengths per route
//! offending: max
//! category: type
struct Trip {
    driver: &'static str,
    legs_km: Vec<f64>,
}

fn main() {
    let trips = vec![
        Trip { driver: "Amina", legs_km: vec![12.4, 80.2, 3.3] },
        Trip { driver: "Jonas", legs_km: vec![55.0, 41.7] },
    ];
    let longest: Vec<_> = trips.iter().map(|t| (t.driver, t.legs_km.iter().copied().max())).collect();
    println!("{longest:?}");
}
