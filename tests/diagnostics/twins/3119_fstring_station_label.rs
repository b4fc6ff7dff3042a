//! mistake: formatted station labels with a Python f-string
//! offending: f"{s.name}: {s.temp_c:.1}°C"
//! category: python-habit

struct Current {
    name: String,
    temp_c: f64,
}

fn main() {
    let current = vec![
        Current { name: "Oslo Blindern".into(), temp_c: -3.25 },
        Current { name: "Bergen Florida".into(), temp_c: 4.0 },
    ];
    let labels: Vec<String> = current.iter().map(|s| f"{s.name}: {s.temp_c:.1}°C").collect();
    for l in &labels {
        println!("{l}");
    }
}
