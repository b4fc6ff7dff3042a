//! mistake: indexed the hourly series with a `u32` hour instead of a `usize`
//! offending: hourly_temp[h]
//! category: type

struct Synop {
    hours: Vec<u32>,
}

fn main() {
    let hourly_temp: Vec<f64> = (0..24).map(|h| 10.0 + (h as f64 / 3.0).sin() * 4.0).collect();
    let synop = Synop { hours: vec![0, 6, 12, 18] };
    let at_synop: Vec<(u32, f64)> = synop.hours.iter().copied().map(|h| (h, hourly_temp[h])).collect();
    println!("{at_synop:?}");
}
