//! mistake: used `?` on an `Option` temperature inside a function returning `Result<_, MissingData>`
//! offending: r.temp_c?
//! category: try

#[derive(Debug)]
struct MissingData {
    station: String,
}

struct Reading {
    station: String,
    temp_c: Option<f64>,
}

fn to_fahrenheit(readings: &[Reading]) -> Result<Vec<f64>, MissingData> {
    if let Some(r) = readings.iter().find(|r| r.station.is_empty()) {
        return Err(MissingData { station: r.station.clone() });
    }
    let mut out = Vec::new();
    for r in readings {
        out.push(r.temp_c? * 1.8 + 32.0);
    }
    Ok(out)
}

fn main() {
    let rs = vec![Reading { station: "CYYZ".into(), temp_c: Some(-4.0) }];
    println!("{:?}", to_fahrenheit(&rs));
}
