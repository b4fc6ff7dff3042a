//! mistake: summed a lazy comprehension of rainfall without saying the sum's type
//! offending: sum()
//! category: type

struct Gauge {
    id: u32,
    rain_mm: f64,
}

fn main() {
    let gauges = vec![Gauge { id: 1, rain_mm: 12.4 }, Gauge { id: 2, rain_mm: 0.6 }];
    let basin_total = gauges.iter().filter(|g| g.id != 0).map(|g| g.rain_mm).sum();
    println!("basin total: {basin_total} mm");
}
