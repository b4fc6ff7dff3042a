//! mistake: wrote Python's `not in` to skip excluded stations
//! offending: not in
//! category: python-habit

struct Reading {
    station: &'static str,
    temp_c: f64,
}

fn main() {
    let excluded = vec!["KSEA", "KPDX"];
    let readings = vec![
        Reading { station: "KSEA", temp_c: 12.5 },
        Reading { station: "KBOI", temp_c: 18.0 },
        Reading { station: "KPDX", temp_c: 14.1 },
    ];
    let kept: Vec<f64> = readings
        .iter()
        .filter(|r| r.station not in excluded)
        .map(|r| r.temp_c)
        .collect();
    println!("{kept:?}");
}
