//! mistake: used `?` on payload parsing inside `main`, which returns `()`
//! offending: ?
//! category: try
fn main() {
    let payloads = vec!["3.31", "3.29", "3.30"];
    let mut volts = Vec::new();
    for p in &payloads {
        volts.push(p.trim().parse::<f64>()?);
    }
    let avg = volts.iter().sum::<f64>() / volts.len() as f64;
    println!("avg supply voltage {avg:.3} V");
}
