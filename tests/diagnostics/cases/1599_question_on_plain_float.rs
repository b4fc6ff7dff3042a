//! mistake: `?` on a sensor value that is a plain `f64`, as if the column were nullable
//! offending: r.value?
//! category: try
use comprehensions::comp;

struct Reading {
    sensor: u32,
    value: f64,
}

fn values(rs: &[Reading]) -> Option<Vec<f64>> {
    comp![r.value? for r in rs]
}

fn main() {
    let rs = vec![Reading { sensor: 1, value: 0.5 }];
    println!("{} {:?}", rs[0].sensor, values(&rs));
}
