//! mistake: used `?` to skip unparsable quality values, as a `try/except: continue` would
//! offending: c.parse::<f64>()?
//! category: try
use comprehensions::comp;

fn mean_quality(cols: &[&str]) -> f64 {
    let quals: Vec<f64> = comp![c.parse::<f64>()? for c in cols];
    quals.iter().sum::<f64>() / quals.len() as f64
}

fn main() {
    println!("{}", mean_quality(&["60.0", ".", "99.5"]));
}
