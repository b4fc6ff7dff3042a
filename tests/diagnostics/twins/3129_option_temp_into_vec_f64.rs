//! mistake: collected optional temperatures into a `Vec<f64>` without unwrapping or filtering
//! offending: r.temp_c
//! category: type

struct Metar {
    icao: String,
    temp_c: Option<f64>,
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let metars = vec![
        Metar { icao: "LFPG".into(), temp_c: Some(9.0) },
        Metar { icao: "LFPO".into(), temp_c: None },
    ];
    let mut temps: Vec<f64> = Vec::new();
    for r in &metars {
        if !r.icao.is_empty() {
            temps.push(r.temp_c);
        }
    }
    println!("mean {:.1}", mean(&temps));
}
