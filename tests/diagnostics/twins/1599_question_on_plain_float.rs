//! mistake: `?` on a sensor value that is a plain `f64`, as if the column were nullable
//! offending: r.value?
//! category: try
struct Reading {
    sensor: u32,
    value: f64,
}

fn values(rs: &[Reading]) -> Option<Vec<f64>> {
    let mut out = Vec::new();
    for r in rs {
        out.push(r.value?);
    }
    Some(out)
}

fn main() {
    let rs = vec![Reading { sensor: 1, value: 0.5 }];
    println!("{} {:?}", rs[0].sensor, values(&rs));
}
