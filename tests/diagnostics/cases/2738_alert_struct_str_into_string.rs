//! mistake: built `Alert` structs whose `String` field gets a `&str` sensor id
//! offending: r.sensor_id
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Alert {
    sensor: String,
    message: String,
}

struct Reading<'a> {
    sensor_id: &'a str,
    dbm: i32,
}

fn main() {
    let readings = vec![Reading { sensor_id: "lora-17", dbm: -121 }, Reading { sensor_id: "lora-02", dbm: -88 }];
    let alerts = comp![Alert { sensor: r.sensor_id, message: format!("weak signal {} dBm", r.dbm) } for r in &readings if r.dbm < -115];
    println!("{alerts:?}");
}
