//! mistake: summed a lazy comprehension of rainfall without saying the sum's type
//! offending: sum()
//! category: type
use comprehensions::comp;

struct Gauge {
    id: u32,
    rain_mm: f64,
}

fn main() {
    let gauges = vec![Gauge { id: 1, rain_mm: 12.4 }, Gauge { id: 2, rain_mm: 0.6 }];
    let basin_total = comp!((g.rain_mm for g in &gauges if g.id != 0)).sum();
    println!("basin total: {basin_total} mm");
}
