//! mistake: used `?` to skip unparsable quality values, as a `try/except: continue` would
//! offending: c.parse::<f64>()?
//! category: try
fn mean_quality(cols: &[&str]) -> f64 {
    let quals: Vec<f64> = cols.iter().map(|c| c.parse::<f64>()?).collect();
    quals.iter().sum::<f64>() / quals.len() as f64
}

fn main() {
    println!("{}", mean_quality(&["60.0", ".", "99.5"]));
}
